import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { CURRENT_POLICY_VERSION, type EventContracts } from '@lz/policy';
import { sleep, waitUntil } from '@lz/test-infra';
import { buildEnvelope } from './index';
import { messagingRig, type MessagingRig } from './test-support/messaging-rig';
import { CRASH_LOOP_TYPE } from './test-support/crash-consumer';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../../..');
const SERVICE = 'subsidy';
const POISON = 5;
const EVENTS = 24;
const contracts: EventContracts = {
  schemaFor: (type: string) => (type === CRASH_LOOP_TYPE ? z.strictObject({ n: z.int() }) : undefined),
  policyVersion: CURRENT_POLICY_VERSION,
};

/**
 * ARCHITECTURE.md "Outages": one message of a batch delivered with prefetch 8 kills the consumer
 * process (SIGKILL) every time it is handled. A supervisor restarts the process, as a container
 * runtime would. Raw effects are rows of `effect`, one per handling.
 *
 * Checked to fail without the mechanism: the control below runs the same crash loop with crash
 * isolation off and finds innocent messages dead-lettered with the poison by the broker's delivery
 * limit (they are in flight each time it strikes).
 */
describe('event consumer in a crash loop', () => {
  let rig: MessagingRig;

  beforeEach(async () => {
    rig = await messagingRig('crashloop');
  });

  afterEach(() => rig?.dispose());

  const effects = async () =>
    (
      await rig.pool.query<{ rows: number; distinct: number; poison: number }>(
        `SELECT count(*)::int AS rows, count(DISTINCT event_id)::int AS distinct,
                count(*) FILTER (WHERE n = ${POISON})::int AS poison FROM effect`,
      )
    ).rows[0];

  /** Keeps one consumer process running, restarting it whenever it dies, until stopped. */
  async function supervise(
    isolation: boolean,
  ): Promise<{ restarts: () => number; stop: () => Promise<void> }> {
    let child: ChildProcess | null = null;
    let starts = 0;
    let stopped = false;
    let firstReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (firstReady = resolve));
    let restart: NodeJS.Timeout | undefined;
    const start = () => {
      if (stopped) return;
      starts += 1;
      child = spawn(
        process.execPath,
        ['-r', './tools/register.cjs', 'libs/messaging/src/test-support/crash-consumer.ts'],
        {
          cwd: ROOT,
          env: {
            ...process.env,
            AMQP_URL: rig.vhost.url,
            DATABASE_URL: rig.db.url,
            POISON_N: String(POISON),
            CRASH_ISOLATION: isolation ? 'on' : 'off',
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) firstReady();
      });
      child.on('exit', () => {
        child = null;
        if (!stopped) restart = setTimeout(start, 100);
      });
    };
    start();
    // The consumer declares the topology; nothing can be published before it exists.
    await ready;
    return {
      restarts: () => starts - 1,
      stop: async () => {
        // No restart after this, and no process left behind (an orphan would keep the run open).
        stopped = true;
        clearTimeout(restart);
        const c = child as ChildProcess | null;
        if (c) {
          const exited = new Promise((resolve) => c.once('exit', resolve));
          c.kill('SIGKILL');
          await exited;
        }
      },
    };
  }

  async function publishAll(): Promise<string[]> {
    const envelopes = Array.from({ length: EVENTS }, (_, n) =>
      buildEnvelope(contracts, {
        type: CRASH_LOOP_TYPE,
        source: 'test',
        data: { n },
        policyVersion: CURRENT_POLICY_VERSION,
      }),
    );
    for (const e of envelopes) await rig.publisher.publish(e);
    return envelopes.map((e) => e.id);
  }

  it('dead-letters only the message that kills the process; the others are handled exactly once', async () => {
    const consumer = await supervise(true);
    const ids = await publishAll();
    try {
      await waitUntil(async () => (await rig.dlq.depth(SERVICE)) === 1, 'the poison in the DLQ', 150_000);
      await waitUntil(async () => (await effects()).rows >= EVENTS - 1, 'the innocent effects', 60_000);
      await sleep(1_500); // a doubled effect would show up now
      const counted = await effects();
      const depth = await rig.dlq.depth(SERVICE);
      const [dead] = await rig.dlq.list(SERVICE);
      console.log(
        `crash loop with isolation: restarts=${consumer.restarts()} effects=${counted.rows} ` +
          `distinct=${counted.distinct} dlq=${depth}`,
      );
      expect(counted).toEqual({ rows: EVENTS - 1, distinct: EVENTS - 1, poison: 0 });
      expect(depth).toBe(1);
      expect(dead.id).toBe(ids[POISON]);
      expect(dead.error).toMatch(/without returning/);
      expect(consumer.restarts()).toBeGreaterThanOrEqual(3);
    } finally {
      await consumer.stop();
    }
  });

  it('control: without crash isolation the broker dead-letters innocent messages with it (the test can fail)', async () => {
    const consumer = await supervise(false);
    await publishAll();
    try {
      await waitUntil(
        async () => (await rig.dlq.depth(SERVICE)) > 1,
        'more than the poison in the DLQ',
        150_000,
      );
      const counted = await effects();
      console.log(
        `crash loop without isolation: restarts=${consumer.restarts()} effects=${counted.rows} dlq=${await rig.dlq.depth(SERVICE)}`,
      );
      expect(await rig.dlq.depth(SERVICE)).toBeGreaterThan(1);
    } finally {
      await consumer.stop();
    }
  });
});
