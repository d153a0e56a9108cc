import { connect, type ChannelModel } from 'amqplib';
import { CURRENT_POLICY_VERSION, type EventContracts } from '@lz/policy';
import { pgTransactionRunner, type SqlClient } from '@lz/persistence';
import { z } from 'zod';
import { waitForExactly, waitUntil } from '@lz/test-infra';
import { ADD_MANY_CHUNK, OutboxRelay, OutboxWriter } from './index';
import { messagingRig, type MessagingRig } from './test-support/messaging-rig';

jest.setTimeout(60_000);

const MADE = 'many.item.made.v1';
const GONE = 'many.item.gone.v1';
type Events = { [MADE]: { n: number; note: string }; [GONE]: { n: number } };
const contracts: EventContracts = {
  schemaFor: (type: string) =>
    type === MADE
      ? z.strictObject({ n: z.int(), note: z.string() })
      : type === GONE
        ? z.strictObject({ n: z.int() })
        : undefined,
  policyVersion: CURRENT_POLICY_VERSION,
};

/** Counts the statements run on `tx` (the same object: afterCommit keys on it). */
function countStatements(tx: SqlClient): () => number {
  let n = 0;
  const execute = tx.$executeRawUnsafe.bind(tx);
  tx.$executeRawUnsafe = (query: string, ...values: unknown[]) => {
    n += 1;
    return execute(query, ...values);
  };
  return () => n;
}

/**
 * `OutboxWriter.addMany`: many events of one transaction in one INSERT, with `add`'s guarantees —
 * written with the transaction or not at all, each row once, each delivered once by the relay, the
 * stored and published bytes those of the returned envelope, as `add`'s are. Raw counts throughout.
 */
describe(`${OutboxWriter.name}.addMany`, () => {
  let rig: MessagingRig;
  let raw: ChannelModel;

  beforeAll(async () => {
    rig = await messagingRig('outbox_many');
    raw = await connect(rig.vhost.url);
  });

  afterAll(async () => {
    await raw.close();
    await rig.dispose();
  });

  // Checked to fail without the mechanism (2026-12-05): with addMany as a loop of `add` the first
  // transaction runs 1 + 1,200 statements, not 1 + 2; with the INSERT casting to jsonb (as `add` did
  // before) the stored text is jsonb's re-ordered form and 1,200 rows' bytes differ; with the INSERT
  // left out the statements are 1, not 3 (and the rows 1, not 1,201).
  it('writes 1,200 events in 2 statements, each row once, delivered once each, bytes as built', async () => {
    const ch = await raw.createChannel();
    await ch.assertExchange('lz.events', 'topic', { durable: true });
    await ch.assertQueue('many.all', { durable: true });
    await ch.bindQueue('many.all', 'lz.events', 'many.item.#');
    const runner = pgTransactionRunner(rig.pool);
    const writer = new OutboxWriter<Events>(contracts, { source: 'many' });
    let nudges = 0;
    writer.onWrite(() => (nudges += 1));
    const n = ADD_MANY_CHUNK + 200; // two statements' worth
    // Text that JSON.stringify and jsonb write differently (key order, escapes, spacing).
    const note = 'a "quoted" \\ note, 中文, {"z":1,"a":2}';

    const { one, many, statements } = await runner.transaction(async (tx) => {
      const counted = countStatements(tx);
      const first = await writer.add(tx, { type: GONE, data: { n: -1 }, correlationId: 'corr-many' });
      const rest = await writer.addMany(
        tx,
        Array.from({ length: n }, (_, i) =>
          i % 3 === 0
            ? { type: GONE, data: { n: i }, correlationId: 'corr-many' }
            : { type: MADE, data: { n: i, note }, correlationId: 'corr-many' },
        ),
      );
      return { one: first, many: rest, statements: counted() };
    });
    expect(statements).toBe(1 + Math.ceil(n / ADD_MANY_CHUNK));
    expect(nudges).toBe(1);

    // A transaction that rolls back leaves none of its rows; an invalid event writes nothing.
    await expect(
      runner.transaction(async (tx) => {
        await writer.addMany(
          tx,
          Array.from({ length: 50 }, (_, i) => ({ type: GONE, data: { n: 10_000 + i } })),
        );
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await expect(
      runner.transaction((tx) =>
        writer.addMany(tx, [
          { type: GONE, data: { n: 1 } },
          { type: GONE, data: { n: 'two' } as unknown as { n: number } },
        ]),
      ),
    ).rejects.toThrow();
    expect(nudges).toBe(1);
    expect(await runner.transaction((tx) => writer.addMany(tx, []))).toEqual([]);

    const written = [one, ...many];
    const stored = await rig.pool.query<{ id: string; type: string; text: string }>(
      'SELECT id::text AS id, type, envelope::text AS text FROM outbox_event',
    );
    const storedById = new Map(stored.rows.map((r) => [r.id, r]));
    const bytesDiffer = written.filter((e) => storedById.get(e.id)?.text !== JSON.stringify(e)).length;
    console.log(
      `addMany: events=${written.length} statements=${statements} rows=${stored.rows.length} distinct=${storedById.size} bytesDiffering=${bytesDiffer}`,
    );
    expect(stored.rows).toHaveLength(n + 1);
    expect(storedById.size).toBe(n + 1);
    expect(bytesDiffer).toBe(0);
    expect(written.every((e) => e.correlationId === 'corr-many' && e.source === 'many')).toBe(true);
    expect(many.map((e) => (e.data as { n: number }).n)).toEqual(Array.from({ length: n }, (_, i) => i));

    // Every row delivered once (raw deliveries, not de-duplicated), its body the stored bytes.
    const relay = new OutboxRelay(runner, rig.publisher, { pollIntervalMs: 20, batchSize: 500 });
    const seen = new Map<string, number>();
    const bodies = new Map<string, string>();
    await ch.consume(
      'many.all',
      (m) => {
        if (!m) return;
        seen.set(m.properties.messageId, (seen.get(m.properties.messageId) ?? 0) + 1);
        bodies.set(m.properties.messageId, m.content.toString('utf8'));
        ch.ack(m);
      },
      { noAck: false },
    );
    relay.start();
    try {
      const delivered = () => [...seen.values()].reduce((a, b) => a + b, 0);
      await waitUntil(
        async () =>
          (
            await rig.pool.query<{ n: number }>(
              'SELECT count(*)::int AS n FROM outbox_event WHERE sent_at IS NOT NULL',
            )
          ).rows[0].n ===
          n + 1,
        'every row sent',
        40_000,
      );
      await waitForExactly('deliveries', delivered, n + 1);
      expect(seen.size).toBe(n + 1);
      expect([...seen.keys()].sort()).toEqual(written.map((e) => e.id).sort());
      expect(written.filter((e) => bodies.get(e.id) !== JSON.stringify(e))).toEqual([]);
    } finally {
      await relay.stop();
      await ch.close().catch(() => undefined);
    }
  });
});
