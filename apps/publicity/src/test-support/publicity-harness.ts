// Test support for the publicity integration specs (not exported, not a spec): boots the service on
// the real servers with a controllable clock, plays the review service, reads the database.
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { OffsetClock } from '@lz/deadlines';
import {
  makeEnvelope,
  makeUuid,
  publishTestEvent,
  startTestService,
  EventProbe,
  type TestService,
} from '@lz/testing';
import { AppModule } from '../app.module';
import { PUBLICITY } from '../publicity.definition';

export interface PublicityHarness {
  svc: TestService;
  clock: OffsetClock;
  probe: EventProbe;
  db: Client;
  officer: string;
  close(): Promise<void>;
}

export async function startPublicity(): Promise<PublicityHarness> {
  const clock = new OffsetClock();
  const svc = await startTestService(PUBLICITY, (c, r) => AppModule.forRoot(c, r), { runtime: { clock } });
  const probe = await EventProbe.open(svc.config.AMQP_URL, ['publicity.#']);
  const db = new Client({ connectionString: svc.db.url });
  await db.connect();
  const officer = await svc.token({ role: 'officer', sub: 'officer-1' });
  return {
    svc,
    clock,
    probe,
    db,
    officer,
    async close() {
      await probe.close();
      await db.end();
      await svc.close();
    },
  };
}

/** Plays the review service: `review.city.decided.v1` for fresh applications; waits until stored. */
export async function seedCandidates(
  h: PublicityHarness,
  count: number,
  decision: 'TO_BE_FILED' | 'REJECT' = 'TO_BE_FILED',
): Promise<string[]> {
  const ids = Array.from({ length: count }, () => makeUuid());
  for (const [i, applicationId] of ids.entries()) {
    await publishTestEvent(
      h.svc.config.AMQP_URL,
      makeEnvelope('review.city.decided.v1', { applicationId, decision, name: `联合体 ${i + 1}` }),
    );
  }
  await waitUntil(async () => {
    const { rows } = await h.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM candidate WHERE application_id = ANY($1::text[])',
      [ids],
    );
    return rows[0].n === count;
  }, `${count} candidates stored`);
  return ids;
}

/** Polls `check` every 100 ms until it holds (default 15 s). */
export async function waitUntil(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for: ${what}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * "FLUSHALL" for this run: deletes every Redis key under this service's prefix (SCAN + DEL). The
 * Redis server is shared with other test runs, so only this run's keys go.
 */
export async function flushRunPrefix(h: PublicityHarness): Promise<number> {
  const redis = new Redis(h.svc.config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 3 });
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${h.svc.config.REDIS_PREFIX}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/** The deadline row of a notice. */
export async function deadlineRow(h: PublicityHarness, noticeId: string) {
  const { rows } = await h.db.query<{
    due_at: Date;
    fired_at: Date | null;
    status: string;
    provisional: boolean;
  }>(`SELECT due_at, fired_at, status, provisional FROM deadline WHERE id = $1`, [
    `publicity.notice.expiry:${noticeId}`,
  ]);
  return rows[0];
}
