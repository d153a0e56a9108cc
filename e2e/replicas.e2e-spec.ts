import { Client } from 'pg';
import { pgSqlClient } from '@lz/persistence';
import { EventProbe, waitForAuditChain, waitForExactly } from '@lz/testing';
import { sleep } from '@lz/test-infra';
import { allPages } from '@lz/api-client';
import { runFilingYear, type FilingYearRecord } from '../tools/demo/filing-year';
import { E2eStack, SERVICE_NAMES, type ProcessName } from './harness';

/** The sequence of a filing number `泸创联备〔2026〕003号` (docs/SPEC.md §8). */
const sequenceOf = (filingNumber: string) => Number(/〔\d{4}〕(\d{3,})号$/.exec(filingNumber)?.[1]);

/**
 * Two processes of every service, as `npm start -- --replicas 2` runs them, through the demo's filing
 * year while one of them is SIGKILLed every 1.5–3.5 s (docs/ARCHITECTURE.md "Events", "Outages"). Both
 * replicas of a service run its relay, audit chainer, deadline reconciler and worker, and consume its
 * queue, so every kill lands on background work in flight; the story's HTTP calls go to replica 1 and
 * the chaos kills replica 2 of a random service (a killed replica 1 would fail the story's request,
 * which a client in a cluster would retry against the other one — not what is tested here).
 *
 * Counted, not de-duplicated: consecutive filing numbers (no gap, no repeat), 0 unchained audit rows in
 * every service once the chainers ran, every event id on the broker once, and each consumer's inbox
 * holding exactly the events it was sent. Checked to fail with the relay's row lock removed (its claim
 * without `FOR UPDATE SKIP LOCKED`, so both replicas' relays send the same rows): 34 events on the
 * broker for 29 ids.
 */
describe('two replicas of every service through the filing year, one SIGKILLed every few seconds', () => {
  let stack: E2eStack;
  let probe: EventProbe;
  let year: FilingYearRecord;
  const kills: ProcessName[] = [];

  /** A deterministic sequence (the run's victims and pauses can be replayed from the printed seed). */
  function random(seed: number): () => number {
    let x = seed >>> 0 || 1;
    return () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) / 2 ** 32;
    };
  }

  async function rows<R extends object>(service: string, sql: string): Promise<R[]> {
    const db = stack.databases.get(service as never)!;
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query<R>(sql)).rows;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_replicas', replicas: 2 });
    probe = await EventProbe.open(stack.amqpUrl, ['#']);
    const seed = Date.now() % 2 ** 31;
    const next = random(seed);
    let storyOver = false;
    // Every 1.5–3.5 s a replica 2 that is up is killed; it restarts in the background meanwhile.
    const restarting = new Map<ProcessName, Promise<void>>();
    const chaos = (async () => {
      // The first kill comes at once: on a fast machine the whole year takes only a few seconds.
      let first = true;
      while (!storyOver) {
        await sleep(first ? 300 : 1_500 + Math.floor(next() * 2_000));
        first = false;
        const up = SERVICE_NAMES.map((n) => `${n}#2` as ProcessName).filter((n) => !restarting.has(n));
        if (storyOver || up.length === 0) continue;
        const victim = up[Math.floor(next() * up.length)]!;
        await stack.kill(victim, 'SIGKILL');
        kills.push(victim);
        restarting.set(
          victim,
          stack.restart(victim).finally(() => restarting.delete(victim)),
        );
      }
      await Promise.all(restarting.values());
    })();
    try {
      year = await stack.step('the filing year under SIGKILL', () =>
        runFilingYear({
          urls: {
            intake: stack.baseUrl('intake'),
            review: stack.baseUrl('review'),
            publicity: stack.baseUrl('publicity'),
          },
          tag: stack.run,
          strict: true,
          waitMs: 90_000,
        }),
      );
    } finally {
      storyOver = true;
      await chaos;
    }
    console.log(`chaos seed ${seed}: ${kills.length} SIGKILLs (${kills.join(', ')})`);
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
  });

  it('killed a replica several times while the year ran', () => {
    // How many depends on how fast the year runs here (2 on a quiet machine, a dozen under load).
    expect(kills.length).toBeGreaterThanOrEqual(1);
    expect(stack.crashed()).toEqual([]);
  });

  it('files the three cleared consortia with consecutive filing numbers', async () => {
    const registry = await allPages((query) =>
      stack.api('review').GET('/api/v1/registry', { params: { query } }),
    );
    const sequences = registry.map((c) => sequenceOf(c.filingNumber)).sort((a, b) => a - b);
    console.log(`filing numbers: ${registry.map((c) => c.filingNumber).join(', ')}`);
    expect(sequences).toEqual([1, 2, 3]);
    for (const key of ['liquor', 'materials', 'equipment']) {
      expect(year.consortia[key]?.filingNumber).toBeDefined();
    }
  });

  it('publishes every event once, and each service’s inbox holds every event it consumes', async () => {
    await waitForExactly('events of the year', () => probe.received.length, probe.received.length);
    const ids = probe.received.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const report: string[] = [];
    for (const service of SERVICE_NAMES) {
      // Outbox rows: one per event, every one sent.
      const outbox = await rows<{ id: string; sent: boolean }>(
        service,
        `SELECT envelope->>'id' AS id, sent_at IS NOT NULL AS sent FROM outbox_event`,
      );
      expect({ service, unsent: outbox.filter((r) => !r.sent).length }).toEqual({ service, unsent: 0 });
      expect(new Set(outbox.map((r) => r.id)).size).toBe(outbox.length);
      // Inbox rows: for every type the service consumed, exactly the events of that type that crossed
      // the broker — none lost to a kill, none from elsewhere (an id is there once by the inbox's key).
      const inbox = await rows<{ id: string; type: string }>(
        service,
        `SELECT event_id::text AS id, type FROM inbox_event`,
      );
      const types = new Set(inbox.map((r) => r.type));
      const expected = probe.received.filter((e) => types.has(e.type)).map((e) => e.id);
      expect({ service, inbox: inbox.map((r) => r.id).sort() }).toEqual({ service, inbox: expected.sort() });
      report.push(`${service}: outbox ${outbox.length}, inbox ${inbox.length} (${[...types].join(' ')})`);
    }
    console.log(`raw effects after ${kills.length} SIGKILLs — ${report.join('; ')}`);
  });

  it('records each status change once on the timeline', async () => {
    // A handling repeated after a kill would add a second entry for the same event.
    // (One event may concern several applications: a notice lists each of its items.)
    const repeated = await rows<{ application_id: string; event_id: string; n: number }>(
      'intake',
      `SELECT application_id, event_id, count(*)::int AS n FROM timeline_entry
        WHERE event_id IS NOT NULL GROUP BY application_id, event_id HAVING count(*) > 1`,
    );
    const entries = await rows<{ n: number }>('intake', 'SELECT count(*)::int AS n FROM timeline_entry');
    console.log(`intake timeline: ${entries[0]?.n} entries, ${repeated.length} events recorded twice`);
    expect(repeated).toEqual([]);
  });

  it('chains every audit row of every service', async () => {
    for (const service of SERVICE_NAMES) {
      const client = new Client({ connectionString: stack.databases.get(service)!.url });
      await client.connect();
      try {
        const verdict = await waitForAuditChain(pgSqlClient(client), 60_000);
        expect({ service, ok: verdict.ok, unchained: verdict.unchained }).toEqual({
          service,
          ok: true,
          unchained: 0,
        });
      } finally {
        await client.end();
      }
    }
  });
});
