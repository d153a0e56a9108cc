import { connect, type ChannelModel } from 'amqplib';
import { CURRENT_POLICY_VERSION, type EventContracts } from '@lz/policy';
import { pgTransactionRunner } from '@lz/persistence';
import { z } from 'zod';
import { waitForExactly } from '@lz/test-infra';
import { OutboxRelay, OutboxWriter } from './index';
import { messagingRig, type MessagingRig } from './test-support/messaging-rig';

jest.setTimeout(60_000);

const TYPE = 'batch.item.made.v1';
const contracts: EventContracts = {
  schemaFor: (type: string) => (type === TYPE ? z.strictObject({ n: z.int() }) : undefined),
  policyVersion: CURRENT_POLICY_VERSION,
};

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 40_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The relay's batches (one claim, one pipelined publish with one confirm wait, one mark per
 * transaction): a batch the broker accepts only in part settles each row on its own.
 */
describe(OutboxRelay.name, () => {
  let rig: MessagingRig;
  let raw: ChannelModel;

  beforeAll(async () => {
    rig = await messagingRig('relay_batch');
    raw = await connect(rig.vhost.url);
  });

  afterAll(async () => {
    await raw.close();
    await rig.dispose();
  });

  it('loses and doubles nothing when the broker nacks most of a batch', async () => {
    // A queue that holds at most 20 messages and makes the broker nack (reject-publish) the rest:
    // a batch of 100 is confirmed in part, nacked in part.
    const ch = await raw.createChannel();
    await ch.assertExchange('lz.events', 'topic', { durable: true });
    await ch.assertQueue('batch.small', {
      durable: true,
      arguments: { 'x-max-length': 20, 'x-overflow': 'reject-publish' },
    });
    await ch.bindQueue('batch.small', 'lz.events', TYPE);
    const runner = pgTransactionRunner(rig.pool);
    const writer = new OutboxWriter<Record<string, unknown>>(contracts, { source: 'batch' });
    const ids: string[] = [];
    await runner.transaction(async (tx) => {
      for (let n = 0; n < 300; n++) ids.push((await writer.add(tx, { type: TYPE, data: { n } })).id);
    });
    const relay = new OutboxRelay(runner, rig.publisher, {
      pollIntervalMs: 20,
      batchSize: 100,
      concurrency: 2,
      retryBaseMs: 50,
      retryMaxMs: 200,
    });
    const row = async () =>
      (
        await rig.pool.query<{ sent: number; nacked: number }>(
          `SELECT count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS sent,
                  count(*) FILTER (WHERE sent_at IS NULL AND last_error LIKE '%nack%')::int AS nacked
             FROM outbox_event`,
        )
      ).rows[0];
    relay.start();
    try {
      // Nothing consumes yet: the queue fills, the rest of each batch is nacked and pushed back.
      await waitFor('nacked rows', async () => (await row()).nacked > 0);
      const partial = await row();
      expect(partial.sent).toBeLessThanOrEqual(20);
      expect(partial.nacked).toBeGreaterThan(0);

      // Every delivery counted raw (not de-duplicated): each message id once, none missing.
      const seen = new Map<string, number>();
      await ch.consume(
        'batch.small',
        (m) => {
          if (!m) return;
          seen.set(m.properties.messageId, (seen.get(m.properties.messageId) ?? 0) + 1);
          ch.ack(m);
        },
        { noAck: false },
      );
      const delivered = () => [...seen.values()].reduce((a, b) => a + b, 0);
      await waitFor('every row sent', async () => (await row()).sent === 300);
      await waitForExactly('deliveries', delivered, 300);
      const { rows: attempts } = await rig.pool.query<{ retried: number }>(
        'SELECT count(*) FILTER (WHERE attempts > 0)::int AS retried FROM outbox_event',
      );
      console.log(
        `nacked batches: first pass sent=${partial.sent} nacked=${partial.nacked}; rows=300 delivered=${delivered()} distinct=${seen.size} retried=${attempts[0].retried}`,
      );
      expect(delivered()).toBe(300);
      expect(seen.size).toBe(300);
      expect([...seen.keys()].sort()).toEqual([...ids].sort());
      expect(attempts[0].retried).toBeGreaterThan(0);
      expect(relay.published).toBe(300);
    } finally {
      await relay.stop();
      await ch.close().catch(() => undefined);
    }
  });
});
