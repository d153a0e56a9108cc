import 'reflect-metadata';
import { Controller, type INestMicroservice, type LoggerService } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { Pool } from 'pg';
import { z } from 'zod';
import { CURRENT_POLICY_VERSION, type EventContracts } from '@lz/policy';
import { pgTransactionRunner } from '@lz/persistence';
import { sleep, TcpProxy, waitForExactly, waitUntil } from '@lz/test-infra';
import {
  buildEnvelope,
  EventErrorFilter,
  RabbitMqTransport,
  type EventContext,
  type WireEnvelope,
} from './index';
import { messagingRig, type MessagingRig } from './test-support/messaging-rig';

jest.setTimeout(240_000);

const TYPE = 'outage.item.made.v1';
const contracts: EventContracts = {
  schemaFor: (type: string) => (type === TYPE ? z.strictObject({ n: z.int() }) : undefined),
  policyVersion: CURRENT_POLICY_VERSION,
};
// Named like a real service so that DeadLetterQueues (which knows the five) reads its DLQ; the vhost
// is this run's own.
const SERVICE = 'subsidy';
/** The consumer's whole retry budget is 0.3 s; the outage lasts 120 s (issue 10), 400 times as long. */
const RETRY_DELAYS_MS = [100, 200];
const OUTAGE_MS = 120_000;
/** The control needs only to show dead letters appear: a short outage does. */
const CONTROL_OUTAGE_MS = 6_000;

@Controller()
class EffectController {
  static calls = 0;
  @EventPattern<string>(TYPE)
  async made(@Payload() e: WireEnvelope<string, { n: number }>, @Ctx() ctx: EventContext): Promise<void> {
    EffectController.calls += 1;
    await ctx.tx.$executeRawUnsafe(
      'INSERT INTO effect (event_id, n, attempt) VALUES ($1::uuid, $2, $3)',
      e.id,
      e.data.n,
      ctx.attempt,
    );
    // Long enough that the cut below finds deliveries in the middle of their transactions.
    await sleep(20);
  }
}

/**
 * ARCHITECTURE.md "Outages": the consumer's database goes away (a TCP proxy in front of PostgreSQL
 * is cut — the shared server itself keeps running for other test runs) for 120 s, 400× the retry budget, while
 * events keep arriving and others are in flight. Raw effects are rows of `effect`, one per handling.
 *
 * Checked to fail without the mechanism: the second test runs the very same outage with the
 * distinction switched off (`isInfrastructureFailure: () => false`, i.e. what the consumer did before)
 * and finds events in the DLQ and effects missing; with the put-back replaced by a broker requeue
 * the quorum queue's delivery limit dead-letters them as well.
 */
/** Keeps the consumer's "failed attempt" warnings, printed when an attempt was spent (which error it was). */
const spentAttempts: string[] = [];
const attemptLog: LoggerService = {
  log: () => undefined,
  error: () => undefined,
  warn: (message: unknown) => {
    if (typeof message === 'string' && message.includes('failed attempt')) spentAttempts.push(message);
  },
};

describe('event consumer through a database outage', () => {
  let rig: MessagingRig;

  beforeAll(async () => {
    rig = await messagingRig('dbout', 'attempt int NOT NULL');
  });

  afterAll(() => rig?.dispose());

  const effects = () => rig.effects();

  async function consumer(
    proxy: TcpProxy,
    isInfrastructureFailure?: (err: unknown) => boolean,
  ): Promise<{ app: INestMicroservice; transport: RabbitMqTransport; pool: Pool }> {
    const pool = new Pool({
      connectionString: proxy.rewrite(rig.db.url),
      max: 8,
      connectionTimeoutMillis: 1_000,
    });
    pool.on('error', () => undefined); // idle clients cut by the proxy
    const transport = new RabbitMqTransport({
      url: rig.vhost.url,
      service: SERVICE,
      contracts,
      transactionRunner: pgTransactionRunner(pool),
      prefetch: 8,
      retryDelaysMs: RETRY_DELAYS_MS,
      probeBackoffMs: { first: 100, max: 1_000 },
      reconnect: { initialDelayMs: 50, maxDelayMs: 300 },
      ...(isInfrastructureFailure ? { isInfrastructureFailure } : {}),
    });
    const moduleRef = await Test.createTestingModule({ controllers: [EffectController] }).compile();
    const app = moduleRef.createNestMicroservice({ strategy: transport, logger: attemptLog });
    app.useGlobalFilters(new EventErrorFilter());
    await app.listen();
    return { app, transport, pool };
  }

  /** 100 events: 60 before the cut (some in flight when it comes), 40 during the outage. */
  async function runOutage(
    proxy: TcpProxy,
    transport: RabbitMqTransport,
    outageMs: number,
  ): Promise<{ pausedSeen: boolean }> {
    const publish = (from: number, count: number) =>
      Promise.all(
        Array.from({ length: count }, (_, i) =>
          rig.publisher.publish(
            buildEnvelope(contracts, {
              type: TYPE,
              source: 'test',
              data: { n: from + i },
              policyVersion: CURRENT_POLICY_VERSION,
            }),
          ),
        ),
      );
    await publish(0, 60);
    await waitUntil(async () => (await effects()).rows >= 10, 'the first effects', 30_000);
    await proxy.cut();
    await publish(60, 40);
    let pausedSeen = false;
    const until = Date.now() + outageMs;
    while (Date.now() < until) {
      pausedSeen ||= transport.state === 'paused';
      await sleep(100);
    }
    await proxy.restore();
    return { pausedSeen };
  }

  it('loses, doubles and dead-letters nothing, spends no attempt, and pauses until the database answers', async () => {
    const proxy = await TcpProxy.for('postgres', rig.db.url, 5432).start();
    const { app, transport, pool } = await consumer(proxy);
    try {
      const { pausedSeen } = await runOutage(proxy, transport, OUTAGE_MS);
      await waitForExactly('effects', async () => (await effects()).rows, 100, { timeoutMs: 60_000 });
      const counted = await effects();
      const dead = await rig.dlq.depth(SERVICE);
      console.log(
        `outage ${OUTAGE_MS} ms vs retry budget ${RETRY_DELAYS_MS.reduce((a, b) => a + b)} ms: ` +
          `effects=${counted.rows} distinct=${counted.distinct} dlq=${dead} handlerCalls=${EffectController.calls}`,
      );
      if (spentAttempts.length > 0) console.log(`attempts spent:\n${spentAttempts.join('\n')}`);
      expect(spentAttempts).toEqual([]);
      expect(pausedSeen).toBe(true);
      expect(counted).toEqual({ rows: 100, distinct: 100 });
      expect(dead).toBe(0);
      // Every event was handled at its first attempt: the outage spent none.
      const attempts = await rig.pool.query<{ max: number }>('SELECT max(attempt)::int AS max FROM effect');
      expect(attempts.rows[0].max).toBe(1);
      expect(transport.state).toBe('consuming');
      // No redelivered message was left half-tracked.
      const tracked = await rig.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM delivery_attempt');
      expect(tracked.rows[0].n).toBe(0);
    } finally {
      await app.close();
      await pool.end().catch(() => undefined);
      await proxy.close();
    }
  });

  it('control: the same outage with the distinction switched off dead-letters events (the test can fail)', async () => {
    await rig.pool.query('TRUNCATE effect');
    await rig.pool.query('TRUNCATE inbox_event');
    const proxy = await TcpProxy.for('postgres', rig.db.url, 5432).start();
    const { app, transport, pool } = await consumer(proxy, () => false);
    try {
      await runOutage(proxy, transport, CONTROL_OUTAGE_MS);
      await waitUntil(async () => (await rig.dlq.depth(SERVICE)) > 0, 'dead letters', 30_000);
      await sleep(2_000);
      const counted = await effects();
      const dead = await rig.dlq.depth(SERVICE);
      console.log(`without the distinction: effects=${counted.rows} dlq=${dead}`);
      expect(dead).toBeGreaterThan(0);
      expect(counted.distinct).toBeLessThan(100);
    } finally {
      await app.close();
      await pool.end().catch(() => undefined);
      await proxy.close();
    }
  });
});
