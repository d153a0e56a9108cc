import 'reflect-metadata';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Controller, type INestMicroservice } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { Pool } from 'pg';
import { z } from 'zod';
import { CURRENT_POLICY_VERSION, type EventContracts } from '@lz/policy';
import { applyMigrations, PLATFORM_MIGRATIONS_DIR, pgTransactionRunner } from '@lz/persistence';
import {
  createTestDatabase,
  createTestVhost,
  waitUntil,
  type TestDatabase,
  type TestVhost,
} from '@lz/test-infra';
import {
  buildEnvelope,
  DEAD_LETTER_EXCHANGE,
  DeadLetterQueues,
  EventErrorFilter,
  Publisher,
  RabbitMqTransport,
  serviceQueues,
  type EventContext,
  type WireEnvelope,
} from './index';

jest.setTimeout(90_000);

const TYPE = 'redrive.item.made.v1';
type EventEnvelope<D = unknown> = WireEnvelope<string, D>;

const contracts: EventContracts = {
  schemaFor: (type: string) => (type === TYPE ? z.strictObject({ n: z.int() }) : undefined),
  policyVersion: CURRENT_POLICY_VERSION,
};
// The consumer is named like a real service so that the operator's tool (which knows the five
// services) reads its DLQ; the vhost is this run's own, so nothing else is touched.
const SERVICE = 'review';
const ROOT = path.resolve(__dirname, '../../..');

@Controller()
class FlakyController {
  static broken = true;
  static attemptsSeen: number[] = [];
  @EventPattern<string>(TYPE)
  async made(@Payload() e: EventEnvelope<{ n: number }>, @Ctx() ctx: EventContext): Promise<void> {
    if (FlakyController.broken) throw new Error(`genuine fault: item ${e.data.n} cannot be handled yet`);
    FlakyController.attemptsSeen.push(ctx.attempt);
    await ctx.tx.$executeRawUnsafe('INSERT INTO effect (event_id, n) VALUES ($1::uuid, $2)', e.id, e.data.n);
  }
}

/** `npm run dlq -- …` against this run's vhost. */
async function dlqCli(vhostUrl: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(ROOT, 'tools/dlq.mjs'), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, AMQP_URL: vhostUrl },
    },
  );
  return stdout;
}

describe(DeadLetterQueues.name, () => {
  let vhost: TestVhost;
  let db: TestDatabase;
  let pool: Pool;
  let app: INestMicroservice;
  let publisher: Publisher;
  let dlq: DeadLetterQueues;

  const effects = async () =>
    (
      await pool.query<{ rows: number; distinct: number }>(
        'SELECT count(*)::int AS rows, count(DISTINCT event_id)::int AS distinct FROM effect',
      )
    ).rows[0];

  beforeAll(async () => {
    vhost = await createTestVhost('dlq');
    db = await createTestDatabase('dlq');
    await applyMigrations({
      databaseUrl: db.url,
      migrationsDir: PLATFORM_MIGRATIONS_DIR,
      log: () => undefined,
    });
    pool = new Pool({ connectionString: db.url, max: 6 });
    pool.on('error', () => undefined);
    await pool.query(
      'CREATE TABLE effect (seq bigserial PRIMARY KEY, event_id uuid NOT NULL, n int NOT NULL)',
    );
    const transport = new RabbitMqTransport({
      url: vhost.url,
      service: SERVICE,
      contracts,
      transactionRunner: pgTransactionRunner(pool),
      retryDelaysMs: [50],
      reconnect: { initialDelayMs: 50, maxDelayMs: 300 },
    });
    const moduleRef = await Test.createTestingModule({ controllers: [FlakyController] }).compile();
    app = moduleRef.createNestMicroservice({ strategy: transport, logger: ['fatal'] });
    app.useGlobalFilters(new EventErrorFilter());
    await app.listen();
    publisher = new Publisher({ url: vhost.url, name: 'dlq-test-publisher' });
    await publisher.start();
    dlq = new DeadLetterQueues(vhost.url, 'dlq-test');
  });

  afterAll(async () => {
    await app?.close();
    await publisher?.stop();
    await dlq?.close();
    await pool?.end();
    await db?.drop();
    await vhost?.drop();
  });

  // Raw effects: rows of `effect`, one per handling. Checked to fail when the inbox is removed (the
  // transport going on when its inbox insert finds the row): the redriven copy of an event already
  // handled inserts a second row (rows=13, distinct=12).
  it('redrives dead letters once their handler is fixed: every effect exactly once, attempts reset', async () => {
    const envelopes = Array.from({ length: 12 }, (_, n) =>
      buildEnvelope(contracts, {
        type: TYPE,
        source: 'test',
        data: { n },
        policyVersion: CURRENT_POLICY_VERSION,
      }),
    );
    for (const e of envelopes) await publisher.publish(e);

    await waitUntil(async () => (await dlq.depth(SERVICE)) === 12, '12 dead letters', 60_000);
    const listed = await dlq.list(SERVICE);
    const beforeFix = await effects();
    const listing = await dlqCli(vhost.url, 'list', '--service', SERVICE);

    FlakyController.broken = false;
    const redrive = await dlqCli(vhost.url, 'redrive', '--service', SERVICE);
    await waitUntil(async () => (await effects()).rows >= 12, '12 effects', 30_000);

    // A copy of a handled event reaches the DLQ again (e.g. a redrive raced a late ack) and is redriven.
    const handled = envelopes[0];
    await publishToDlq(vhost.url, handled);
    await waitUntil(async () => (await dlq.depth(SERVICE)) === 1, 'the copy in the DLQ', 30_000);
    const again = await dlq.redrive(SERVICE);
    await waitUntil(async () => (await dlq.depth(SERVICE)) === 0, 'the DLQ empty again', 30_000);
    await new Promise((r) => setTimeout(r, 1_500)); // a doubled effect would show by now
    const after = await effects();
    const inbox = (
      await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM inbox_event WHERE consumer = $1', [
        SERVICE,
      ])
    ).rows[0].n;
    console.log(
      `dead-lettered=${listed.length} (attempts ${[...new Set(listed.map((l) => l.attempts))].join(',')}) ` +
        `effects before the fix=${beforeFix.rows}; cli: ${redrive.trim().split('\n').pop()}; ` +
        `effects after redrive rows=${after.rows} distinct=${after.distinct} inbox=${inbox} ` +
        `attempts seen=${[...new Set(FlakyController.attemptsSeen)].join(',')} duplicate redrive=${again.redriven}`,
    );
    expect(listed).toHaveLength(12);
    expect(listed.every((l) => l.attempts === 2 && /genuine fault/.test(l.error))).toBe(true);
    expect(listing).toContain(`${SERVICE}.events.dlq: 12 dead letter(s)`);
    expect(listing).toContain('genuine fault');
    expect(beforeFix.rows).toBe(0);
    expect(redrive).toContain('redriven: 12');
    expect(again.redriven).toBe(1);
    expect(after).toEqual({ rows: 12, distinct: 12 });
    expect(inbox).toBe(12);
    expect(FlakyController.attemptsSeen).toEqual(Array(12).fill(1));
    expect(await dlq.depth(SERVICE)).toBe(0);
  });

  it('redrives only the ids asked for and leaves the others waiting', async () => {
    FlakyController.broken = true;
    const envelopes = Array.from({ length: 3 }, (_, n) =>
      buildEnvelope(contracts, {
        type: TYPE,
        source: 'test',
        data: { n: 100 + n },
        policyVersion: CURRENT_POLICY_VERSION,
      }),
    );
    for (const e of envelopes) await publisher.publish(e);
    await waitUntil(async () => (await dlq.depth(SERVICE)) === 3, '3 dead letters', 60_000);
    FlakyController.broken = false;
    const shown = await dlqCli(vhost.url, 'show', envelopes[1].id);
    const out = await dlqCli(vhost.url, 'redrive', '--service', SERVICE, '--id', envelopes[1].id);
    await waitUntil(async () => (await effects()).rows === 13, 'the one effect', 30_000);
    const left = await dlq.list(SERVICE);
    console.log(`redrive --id: ${out.trim().split('\n').pop()}; left in the DLQ=${left.length}`);
    expect(JSON.parse(shown)).toMatchObject({ id: envelopes[1].id, type: TYPE, attempts: 2 });
    expect(left.map((l) => l.id).sort()).toEqual([envelopes[0].id, envelopes[2].id].sort());
    await dlq.redrive(SERVICE);
    await waitUntil(async () => (await effects()).rows === 15, 'all effects', 30_000);
  });
});

/** Puts a copy of `envelope` into the service's DLQ the way the consumer dead-letters. */
async function publishToDlq(url: string, envelope: EventEnvelope): Promise<void> {
  const { connect } = await import('amqplib');
  const model = await connect(url);
  try {
    const ch = await model.createConfirmChannel();
    ch.publish(DEAD_LETTER_EXCHANGE, serviceQueues(SERVICE).dlq, Buffer.from(JSON.stringify(envelope)), {
      persistent: true,
      contentType: 'application/json',
      messageId: envelope.id,
      type: envelope.type,
      headers: { 'x-lz-error': 'a copy', 'x-lz-attempts': 4 },
    });
    await ch.waitForConfirms();
  } finally {
    await model.close();
  }
}
