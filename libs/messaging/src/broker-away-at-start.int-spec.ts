import 'reflect-metadata';
import { connect } from 'amqplib';
import { Controller, type INestMicroservice } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { Pool } from 'pg';
import { z } from 'zod';
import { CURRENT_POLICY_VERSION, type EventContracts } from '@lz/policy';
import { pgTransactionRunner } from '@lz/persistence';
import { TcpProxy, waitForExactly, waitUntil } from '@lz/test-infra';
import {
  buildEnvelope,
  EventErrorFilter,
  RabbitMqTransport,
  type EventContext,
  type WireEnvelope,
} from './index';
import { messagingRig, type MessagingRig } from './test-support/messaging-rig';

jest.setTimeout(120_000);

const TYPE = 'boot.item.made.v1';
const contracts: EventContracts = {
  schemaFor: (type: string) => (type === TYPE ? z.strictObject({ n: z.int() }) : undefined),
  policyVersion: CURRENT_POLICY_VERSION,
};

@Controller()
class EffectController {
  @EventPattern<string>(TYPE)
  async made(@Payload() e: WireEnvelope<string, { n: number }>, @Ctx() ctx: EventContext): Promise<void> {
    await ctx.tx.$executeRawUnsafe('INSERT INTO effect (event_id, n) VALUES ($1::uuid, $2)', e.id, e.data.n);
  }
}

/**
 * A service started while RabbitMQ is away (docs/ARCHITECTURE.md "Outages"): start-up waits for the
 * broker only a bounded time, then goes on — the HTTP side listens and its outbox takes events — and
 * the consumer subscribes when the broker answers. Checked to fail with the bound removed (start-up
 * waiting for the first connection as before): `app.listen()` did not return while the broker was cut.
 */
describe('event consumer started while the broker is away', () => {
  let rig: MessagingRig;
  let proxy: TcpProxy;
  let app: INestMicroservice | undefined;
  let pool: Pool;

  beforeAll(async () => {
    rig = await messagingRig('bootaway');
    proxy = await TcpProxy.for('rabbitmq', rig.vhost.url, 5672).start();
    pool = new Pool({ connectionString: rig.db.url, max: 4 });
  });

  afterAll(async () => {
    await app?.close();
    await proxy?.restore();
    await proxy?.close();
    await pool?.end();
    await rig?.dispose();
  });

  it('lets the service start without the broker, then subscribes and handles once it answers', async () => {
    await proxy.cut();
    const transport = new RabbitMqTransport({
      url: proxy.rewrite(rig.vhost.url),
      service: 'subsidy',
      contracts,
      transactionRunner: pgTransactionRunner(pool),
      reconnect: { initialDelayMs: 50, maxDelayMs: 300 },
      firstConnectWaitMs: 1_000,
    });
    const moduleRef = await Test.createTestingModule({ controllers: [EffectController] }).compile();
    app = moduleRef.createNestMicroservice({ strategy: transport, logger: ['fatal'] });
    app.useGlobalFilters(new EventErrorFilter());
    const started = Date.now();
    const listening = app.listen();
    const outcome = await Promise.race([
      listening.then(() => 'started' as const),
      new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 15_000)),
    ]);
    console.log(`start-up with the broker cut: ${outcome} after ${Date.now() - started} ms`);
    expect(outcome).toBe('started');

    await proxy.restore();
    // Subscribed once the broker answers: its queue exists and has a consumer.
    const consumers = async (): Promise<number> => {
      const conn = await connect(rig.vhost.url);
      try {
        const channel = await conn.createChannel();
        channel.on('error', () => undefined); // a queue not declared yet closes the channel
        return (await channel.checkQueue('subsidy.events')).consumerCount;
      } catch {
        return 0;
      } finally {
        await conn.close().catch(() => undefined);
      }
    };
    await waitUntil(
      async () => (await consumers()) > 0,
      'the consumer subscribed after the broker came back',
      30_000,
    );
    await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        rig.publisher.publish(
          buildEnvelope(contracts, {
            type: TYPE,
            source: 'test',
            data: { n },
            policyVersion: CURRENT_POLICY_VERSION,
          }),
        ),
      ),
    );
    await waitForExactly('effects', async () => (await rig.effects()).rows, 10);
  });
});
