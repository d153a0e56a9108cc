import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, type INestMicroservice } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { connect, type ChannelModel } from 'amqplib';
import { Pool } from 'pg';
import { z } from 'zod';
import {
  createTestDatabase,
  createTestVhost,
  TcpProxy,
  testInfra,
  waitForExactly,
  type TestDatabase,
  type TestVhost,
} from '@lz/test-infra';
import {
  EventContext,
  EventErrorFilter,
  InvalidEventError,
  MessagingHealthIndicator,
  MessagingModule,
  OutboxRelay,
  OutboxWriter,
  Publisher,
  RabbitMqTransport,
  buildEnvelope,
  serviceQueues,
  type WireEnvelope,
} from './index';
import { CURRENT_POLICY_VERSION, type EventContracts } from '@lz/policy';
import { pgTransactionRunner, type TransactionRunner } from '@lz/persistence';

jest.setTimeout(45_000);

const PLATFORM_SQL = readFileSync(
  join(__dirname, '../../persistence/prisma/migrations/20261127000000_platform_tables/migration.sql'),
  'utf8',
);

const schemas: Record<string, z.ZodType> = {
  'chaos.item.made.v1': z.strictObject({ n: z.int() }),
  'crash.item.made.v1': z.strictObject({ n: z.int() }),
  'crash.item.followed.v1': z.strictObject({ n: z.int() }),
  'module.thing.done.v1': z.strictObject({ n: z.int() }),
  'dlq.item.made.v1': z.strictObject({ n: z.int() }),
  'dlq.poison.raised.v1': z.strictObject({ n: z.int() }),
  'dlq.orphan.left.v1': z.strictObject({ n: z.int() }),
  'lost.nobody.listens.v1': z.strictObject({ n: z.int() }),
  'lost.somebody.listens.v1': z.strictObject({ n: z.int() }),
  'pair.item.made.v1': z.strictObject({ n: z.int() }),
};
const contracts: EventContracts = {
  schemaFor: (type: string) => schemas[type],
  policyVersion: CURRENT_POLICY_VERSION,
};
/** This file's own event types (not the platform's catalogue): any data, checked at run time. */
type TestEvents = Record<string, unknown>;
type EventEnvelope<D = unknown> = WireEnvelope<string, D>;

interface Env {
  db: TestDatabase;
  pool: Pool;
  runner: TransactionRunner;
}

async function openDb(label: string): Promise<Env> {
  const db = await createTestDatabase(label);
  const pool = new Pool({ connectionString: db.url, max: 12 });
  // An idle client killed by the server (the final DROP … FORCE) must not crash the run.
  pool.on('error', (err) => console.warn(`pg pool (${label}): ${err.message}`));
  await pool.query(PLATFORM_SQL);
  await pool.query('CREATE TABLE effect (seq bigserial PRIMARY KEY, event_id uuid NOT NULL, n int NOT NULL)');
  return { db, pool, runner: pgTransactionRunner(pool) };
}

async function closeDb(env: Env): Promise<void> {
  await env.pool.end();
  await env.db.drop();
}

async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function effects(pool: Pool): Promise<{ rows: number; distinct: number }> {
  const { rows } = await pool.query<{ rows: number; distinct: number }>(
    'SELECT count(*)::int AS rows, count(DISTINCT event_id)::int AS distinct FROM effect',
  );
  return rows[0];
}

async function startConsumer(
  controller: new () => object,
  transport: RabbitMqTransport,
): Promise<INestMicroservice> {
  const moduleRef = await Test.createTestingModule({ controllers: [controller] }).compile();
  const app = moduleRef.createNestMicroservice({ strategy: transport, logger: ['fatal'] });
  app.useGlobalFilters(new EventErrorFilter());
  await app.listen();
  return app;
}

function insertEffect(ctx: EventContext, env: EventEnvelope<{ n: number }>): Promise<number> {
  return ctx.tx.$executeRawUnsafe(
    'INSERT INTO effect (event_id, n) VALUES ($1::uuid, $2)',
    env.id,
    env.data.n,
  );
}

@Controller()
class ChaosController {
  static calls = 0;
  @EventPattern<string>('chaos.item.made.v1')
  async made(@Payload() env: EventEnvelope<{ n: number }>, @Ctx() ctx: EventContext): Promise<void> {
    ChaosController.calls += 1;
    await insertEffect(ctx, env);
  }
}

@Controller()
class CrashController {
  static calls = 0;
  static readonly writer = new OutboxWriter<TestEvents>(contracts, { source: 'crash' });
  @EventPattern<string>('crash.item.made.v1')
  async made(@Payload() env: EventEnvelope<{ n: number }>, @Ctx() ctx: EventContext): Promise<void> {
    CrashController.calls += 1;
    await insertEffect(ctx, env);
    // correlation and causation come from the event being handled, without passing them
    await CrashController.writer.add(ctx.tx, { type: 'crash.item.followed.v1', data: { n: env.data.n } });
  }
}

@Controller()
class DlqController {
  static poisonCalls = 0;
  @EventPattern<string>('dlq.item.made.v1')
  made(@Payload() env: EventEnvelope<{ n: number }>, @Ctx() ctx: EventContext): Promise<number> {
    return insertEffect(ctx, env);
  }

  @EventPattern<string>('dlq.poison.raised.v1')
  poison(): never {
    DlqController.poisonCalls += 1;
    throw new Error('poison always fails');
  }
}

describe(RabbitMqTransport.name, () => {
  let vhost: TestVhost;
  const proxy = TcpProxy.for('rabbitmq', testInfra.amqpBase, 5672);

  beforeAll(async () => {
    vhost = await createTestVhost('messaging');
    await proxy.start();
  });

  afterAll(async () => {
    await proxy.cut();
    await vhost.drop();
  });

  it('delivers 1,000 outbox events exactly once through a broker outage mid-stream', async () => {
    const env = await openDb('msg_chaos');
    let duplicates = 0;
    const transport = new RabbitMqTransport({
      url: proxy.rewrite(vhost.url),
      service: 'chaos',
      contracts,
      transactionRunner: env.runner,
      retryDelaysMs: [50, 100, 200],
      reconnect: { initialDelayMs: 50, maxDelayMs: 300 },
      afterCommit: (_e, outcome) => {
        if (outcome === 'duplicate') duplicates += 1;
      },
    });
    const app = await startConsumer(ChaosController, transport);
    const publisher = new Publisher({
      url: proxy.rewrite(vhost.url),
      name: 'chaos-publisher',
      reconnect: { initialDelayMs: 50, maxDelayMs: 300 },
      confirmTimeoutMs: 3_000,
    });
    await publisher.start();
    const writer = new OutboxWriter<TestEvents>(contracts, { source: 'chaos' });
    const relay = new OutboxRelay(env.runner, publisher, {
      pollIntervalMs: 50,
      batchSize: 50,
      retryBaseMs: 50,
      retryMaxMs: 500,
    });
    writer.onWrite(() => relay.nudge());
    relay.start();
    try {
      const writing = (async () => {
        for (let batch = 0; batch < 100; batch++) {
          await env.runner.transaction(async (tx) => {
            for (let i = 0; i < 10; i++)
              await writer.add(tx, { type: 'chaos.item.made.v1', data: { n: batch * 10 + i } });
          });
        }
      })();
      await waitFor('some events to flow', () => relay.published >= 200);
      await proxy.cut();
      const publishedAtCut = relay.published;
      await new Promise((r) => setTimeout(r, 1_000));
      await proxy.restore();
      await writing;
      await waitFor('the outbox to drain', async () => (await relay.unsentReport()).unsent === 0);
      await waitForExactly('effects', async () => (await effects(env.pool)).rows, 1_000, {
        timeoutMs: 30_000,
      });
      const counted = await effects(env.pool);
      const inbox = await env.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM inbox_event');
      console.log(
        `published=1000 effects=${counted.rows} lost=${1_000 - counted.distinct} doubled=${counted.rows - counted.distinct} ` +
          `publishedAtCut=${publishedAtCut} redeliveriesSkippedByInbox=${duplicates} handlerCalls=${ChaosController.calls}`,
      );
      expect(counted).toEqual({ rows: 1_000, distinct: 1_000 });
      expect(inbox.rows[0].n).toBe(1_000);
    } finally {
      await relay.stop();
      await publisher.stop();
      await app.close();
      await closeDb(env);
    }
  });

  it('applies an event once when the consumer dies after commit and before ack', async () => {
    const env = await openDb('msg_crash');
    const outcomes: string[] = [];
    let killed = false;
    const transport: RabbitMqTransport = new RabbitMqTransport({
      url: vhost.url,
      service: 'crash',
      contracts,
      transactionRunner: env.runner,
      reconnect: { initialDelayMs: 50, maxDelayMs: 300 },
      afterCommit: async (_e, outcome) => {
        outcomes.push(outcome);
        if (!killed) {
          killed = true;
          await transport.unwrap<ChannelModel>().close(); // the ack below can no longer happen
        }
      },
    });
    const app = await startConsumer(CrashController, transport);
    const publisher = new Publisher({ url: vhost.url, name: 'crash-publisher' });
    await publisher.start();
    try {
      const event = buildEnvelope(contracts, {
        type: 'crash.item.made.v1',
        data: { n: 7 },
        source: 'test',
        policyVersion: CURRENT_POLICY_VERSION,
        correlationId: 'corr-crash',
      });
      await publisher.publish(event);
      await waitFor('the redelivery to be seen', () => outcomes.length >= 2);
      const counted = await effects(env.pool);
      console.log(
        `published=1 handlerCalls=${CrashController.calls} effects=${counted.rows} outcomes=${outcomes.join(',')}`,
      );
      expect(outcomes).toEqual(['processed', 'duplicate']);
      expect(counted).toEqual({ rows: 1, distinct: 1 });
      expect(CrashController.calls).toBe(1);
      const followUps = await env.pool.query<{ envelope: EventEnvelope }>(
        'SELECT envelope FROM outbox_event',
      );
      expect(followUps.rows.map((r) => r.envelope)).toEqual([
        expect.objectContaining({
          type: 'crash.item.followed.v1',
          correlationId: 'corr-crash',
          causationId: event.id,
        }),
      ]);
    } finally {
      await publisher.stop();
      await app.close();
      await closeDb(env);
    }
  });

  it('dead-letters invalid, unhandled and poison messages with a reason while valid ones keep flowing', async () => {
    const env = await openDb('msg_dlq');
    const transport = new RabbitMqTransport({
      url: vhost.url,
      service: 'dlq',
      bindings: ['dlq.item.made.v1', 'dlq.poison.raised.v1', 'dlq.orphan.left.v1'],
      contracts,
      transactionRunner: env.runner,
      retryDelaysMs: [50, 100],
    });
    const app = await startConsumer(DlqController, transport);
    const raw = await connect(vhost.url);
    const ch = await raw.createConfirmChannel();
    try {
      const send = async (key: string, body: string): Promise<void> => {
        ch.publish('lz.events', key, Buffer.from(body), { persistent: true, mandatory: true });
        await ch.waitForConfirms();
      };
      // a well-formed envelope whose data is replaced afterwards (possibly by data failing the contract)
      const make = (type: string, data: unknown): EventEnvelope => ({
        ...buildEnvelope(contracts, {
          type,
          data: { n: 0 },
          source: 'test',
          policyVersion: CURRENT_POLICY_VERSION,
        }),
        data,
      });
      const { id: _id, ...noId } = make('dlq.item.made.v1', { n: 1 });
      await send('dlq.item.made.v1', '{"id": "not json');
      await send('dlq.item.made.v1', JSON.stringify(noId));
      await send('dlq.item.made.v1', JSON.stringify(make('dlq.item.made.v1', { n: 'three' })));
      await send('dlq.poison.raised.v1', JSON.stringify(make('dlq.poison.raised.v1', { n: 4 })));
      await send('dlq.orphan.left.v1', JSON.stringify(make('dlq.orphan.left.v1', { n: 5 })));
      for (let i = 0; i < 50; i++)
        await send('dlq.item.made.v1', JSON.stringify(make('dlq.item.made.v1', { n: i })));

      const dlq = serviceQueues('dlq', [50, 100]).dlq;
      await waitFor('50 valid effects', async () => (await effects(env.pool)).rows >= 50);
      await waitFor('5 dead letters', async () => (await ch.checkQueue(dlq)).messageCount >= 5);
      const dead: Array<{ error: string; attempts: number }> = [];
      for (let m = await ch.get(dlq, { noAck: true }); m; m = await ch.get(dlq, { noAck: true })) {
        dead.push({
          error: String(m.properties.headers?.['x-lz-error']),
          attempts: Number(m.properties.headers?.['x-lz-attempts']),
        });
      }
      const counted = await effects(env.pool);
      console.log(
        `valid=50 effects=${counted.rows} deadLettered=${dead.length} poisonCalls=${DlqController.poisonCalls} reasons=${JSON.stringify(dead.map((d) => `${d.attempts}:${d.error.slice(0, 60)}`))}`,
      );
      expect(counted).toEqual({ rows: 50, distinct: 50 });
      expect(dead).toHaveLength(5);
      const reasons = dead.map((d) => d.error);
      expect(reasons).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^bad JSON/),
          expect.stringMatching(/^bad envelope/),
          expect.stringMatching(/dlq.item.made.v1 fails its contract/),
          expect.stringMatching(/^no handler for dlq.orphan.left.v1/),
          expect.stringMatching(/^handler failed 3 time\(s\): poison always fails/),
        ]),
      );
      expect(dead.find((d) => d.error.startsWith('handler failed'))?.attempts).toBe(3);
      expect(DlqController.poisonCalls).toBe(3);
    } finally {
      await raw.close();
      await app.close();
      await closeDb(env);
    }
  });

  it('keeps an unroutable event unsent with its error and reports it, while routable ones are sent', async () => {
    const env = await openDb('msg_lost');
    const publisher = new Publisher({ url: vhost.url, name: 'lost-publisher' });
    await publisher.start();
    const raw = await connect(vhost.url);
    const ch = await raw.createChannel();
    await ch.assertQueue('lost.listener', { durable: false, autoDelete: true });
    await ch.bindQueue('lost.listener', 'lz.events', 'lost.somebody.listens.v1');
    const writer = new OutboxWriter<TestEvents>(contracts, { source: 'lost' });
    const relay = new OutboxRelay(env.runner, publisher, {
      pollIntervalMs: 50,
      retryBaseMs: 200,
      retryMaxMs: 1_000,
    });
    relay.start();
    try {
      const [lost, heard] = await env.runner.transaction(async (tx) => [
        await writer.add(tx, { type: 'lost.nobody.listens.v1', data: { n: 1 } }),
        await writer.add(tx, { type: 'lost.somebody.listens.v1', data: { n: 2 } }),
      ]);
      relay.nudge();
      const row = async (id: string) =>
        (
          await env.pool.query<{ sent_at: Date | null; attempts: number; last_error: string | null }>(
            'SELECT sent_at, attempts, last_error FROM outbox_event WHERE id = $1',
            [id],
          )
        ).rows[0];
      await waitFor('the unroutable row to fail once', async () => (await row(lost.id)).attempts >= 1);
      await waitFor('the routable row to be sent', async () => (await row(heard.id)).sent_at !== null);
      const report = await relay.unsentReport();
      const lostRow = await row(lost.id);
      console.log(
        `unroutable: sent=${lostRow.sent_at !== null} attempts=${lostRow.attempts} report=${JSON.stringify({ ...report, lastErrors: report.lastErrors.length })}`,
      );
      expect(lostRow.sent_at).toBeNull();
      expect(lostRow.last_error).toMatch(/^unroutable: .*lost\.nobody\.listens\.v1/);
      expect(report).toMatchObject({ unsent: 1, failing: 1, unroutable: 1 });
      expect(report.lastErrors[0]).toMatchObject({ id: lost.id, type: 'lost.nobody.listens.v1' });
      expect((await ch.checkQueue('lost.listener')).messageCount).toBe(1);
    } finally {
      await relay.stop();
      await raw.close();
      await publisher.stop();
      await closeDb(env);
    }
  });

  it('publishes each outbox row exactly once with two relays on one outbox', async () => {
    const env = await openDb('msg_pair');
    const raw = await connect(vhost.url);
    const ch = await raw.createChannel();
    await ch.assertQueue('pair.counter', { durable: false, autoDelete: true });
    await ch.bindQueue('pair.counter', 'lz.events', 'pair.item.made.v1');
    const seen = new Map<string, number>();
    await ch.consume(
      'pair.counter',
      (m) => {
        if (m?.properties.messageId)
          seen.set(m.properties.messageId, (seen.get(m.properties.messageId) ?? 0) + 1);
      },
      { noAck: true },
    );
    const writer = new OutboxWriter<TestEvents>(contracts, { source: 'pair' });
    for (let batch = 0; batch < 10; batch++) {
      await env.runner.transaction(async (tx) => {
        for (let i = 0; i < 60; i++)
          await writer.add(tx, { type: 'pair.item.made.v1', data: { n: batch * 60 + i } });
      });
    }
    const publishers = [1, 2].map((i) => new Publisher({ url: vhost.url, name: `pair-publisher-${i}` }));
    await Promise.all(publishers.map((p) => p.start()));
    const relays = publishers.map(
      (p) => new OutboxRelay(env.runner, p, { pollIntervalMs: 20, batchSize: 25 }),
    );
    try {
      relays.forEach((r) => r.start());
      await waitFor('the outbox to drain', async () => (await relays[0].unsentReport()).unsent === 0);
      const delivered = () => [...seen.values()].reduce((a, b) => a + b, 0);
      await waitForExactly('deliveries', delivered, 600);
      const total = [...seen.values()].reduce((a, b) => a + b, 0);
      console.log(
        `rows=600 delivered=${total} distinct=${seen.size} doubled=${total - seen.size} byRelay=${relays.map((r) => r.published).join('+')}`,
      );
      expect(total).toBe(600);
      expect(seen.size).toBe(600);
      expect(relays[0].published + relays[1].published).toBe(600);
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
      await Promise.all(publishers.map((p) => p.stop()));
      await raw.close();
      await closeDb(env);
    }
  });

  it('wires writer, relay and health through MessagingModule.forRoot', async () => {
    const env = await openDb('msg_module');
    const raw = await connect(vhost.url);
    const ch = await raw.createChannel();
    await ch.assertExchange('lz.events', 'topic', { durable: true });
    await ch.assertQueue('module.listener', { durable: false, autoDelete: true });
    await ch.bindQueue('module.listener', 'lz.events', 'module.thing.done.v1');
    const moduleRef = await Test.createTestingModule({
      imports: [
        MessagingModule.forRoot({
          url: vhost.url,
          service: 'module',
          contracts,
          transactionRunner: env.runner,
          relay: { pollIntervalMs: 50 },
        }),
      ],
    }).compile();
    await moduleRef.init();
    try {
      const health = moduleRef.get(MessagingHealthIndicator);
      await waitFor('messaging to be healthy', async () => (await health.messagingHealth()).ok);
      const writer = moduleRef.get(OutboxWriter) as OutboxWriter<TestEvents>; // this module got the test contracts
      await env.runner.transaction((tx) => writer.add(tx, { type: 'module.thing.done.v1', data: { n: 1 } }));
      await waitFor(
        'the event to arrive',
        async () => (await ch.checkQueue('module.listener')).messageCount === 1,
      );
      // The message can arrive before the relay's transaction marking the row sent has committed.
      await waitFor('the row marked sent', async () => (await health.messagingHealth()).detail.unsent === 0);
      const status = await health.messagingHealth();
      console.log(`module: health=${JSON.stringify(status)}`);
      expect(status).toMatchObject({
        ok: true,
        detail: { publisherConnected: true, relayRunning: true, unsent: 0 },
      });
      await expect(
        env.runner.transaction((tx) => writer.add(tx, { type: 'module.thing.done.v1', data: { n: 'one' } })),
      ).rejects.toThrow(InvalidEventError);
    } finally {
      await moduleRef.close();
      await raw.close();
      await closeDb(env);
    }
  });
});
