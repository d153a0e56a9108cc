import { Client } from 'pg';
import { Redis } from 'ioredis';
import { issueDevToken } from '@lz/auth';
import { connect } from 'amqplib';
import { DUPLICATE_GRACE_MS, sleep, waitUntil } from '@lz/test-infra';
import { EventProbe, testInfra } from '@lz/testing';
import { pastPublication } from '../tools/demo/filing-year';
import { allPages, ok } from '@lz/api-client';
import {
  E2eStack,
  eventually,
  openCall,
  pool,
  prepareDraft,
  preliminaryQueue,
  publishNotice,
  SERVICE_NAMES,
  submitUntilAccepted,
  toBeFiled,
  waitInPreliminaryQueue,
  type Draft,
} from './harness';

/**
 * Parts of the system die; nothing is lost and nothing happens twice (docs/ARCHITECTURE.md "Events",
 * "Deadlines"). One stack for the file: five processes, RabbitMQ and Postgres each behind a TCP proxy
 * the test can cut. Every test prints what it counted, and leaves every server reachable and every
 * service running when it ends — also when it fails (see `finally`).
 */
describe('faults end to end', () => {
  let stack: E2eStack;
  let probe: EventProbe;
  let officer: string;
  let callId: string;
  const submitted: Draft[] = [];

  const distinctSubmittedEvents = (id: string) =>
    new Set(
      probe
        .of('intake.application.submitted.v1')
        .filter((e) => (e.data as { applicationId: string }).applicationId === id)
        .map((e) => e.id),
    ).size;

  /** Rows of a statement run in a service's own database (not through its API). */
  async function query<R extends object>(
    service: 'intake' | 'review',
    sql: string,
    params: unknown[],
  ): Promise<{ rows: R[]; rowCount: number }> {
    const client = new Client({ connectionString: stack.databases.get(service)!.url });
    await client.connect();
    try {
      const res = await client.query<R>(sql, params);
      return { rows: res.rows, rowCount: res.rowCount ?? 0 };
    } finally {
      await client.end();
    }
  }

  /**
   * Raw effects of submissions, read in the services' own databases (not through de-duplicating
   * APIs): intake's outbox rows of `intake.application.submitted.v1`, review's inbox rows of it and
   * review's `preliminary.queued` audit rows, each per application. The queue's case is an upsert, so
   * the API would hide a doubled handling; the audit row is not. Two layers keep a redelivery from
   * doubling it: the consumer's inbox, and review refusing a revision it already holds
   * (`acceptsSubmission`). Checked: with either one removed these tests pass; with both removed the
   * SIGKILL test counted 3 applications with two `preliminary.queued` rows and the second-delivery
   * test 120 of 120. (The inbox alone, against a handler that would double, is checked in
   * libs/messaging/src/messaging.int-spec.ts by counting the handler's calls.)
   */
  async function rawEffects(
    ids: readonly string[],
  ): Promise<{ outbox: number[]; inbox: number[]; audit: number[] }> {
    const { rows: events } = await query<{ event: string; app: string }>(
      'intake',
      `SELECT envelope->>'id' AS event, envelope->'data'->>'applicationId' AS app FROM outbox_event
        WHERE type = 'intake.application.submitted.v1' AND envelope->'data'->>'applicationId' = ANY($1)`,
      [ids],
    );
    const { rows: handled } = await query<{ event: string }>(
      'review',
      `SELECT event_id::text AS event FROM inbox_event
        WHERE consumer = 'review' AND event_id::text = ANY($1)`,
      [events.map((e) => e.event)],
    );
    const { rows: queued } = await query<{ app: string }>(
      'review',
      `SELECT object_id AS app FROM audit_log WHERE action = 'preliminary.queued' AND object_id = ANY($1)`,
      [ids],
    );
    const appOf = new Map(events.map((e) => [e.event, e.app]));
    const per = (apps: string[]) => ids.map((id) => apps.filter((a) => a === id).length);
    return {
      outbox: per(events.map((e) => e.app)),
      inbox: per(handled.map((h) => appOf.get(h.event) ?? '')),
      audit: per(queued.map((q) => q.app)),
    };
  }

  /** Prints the raw effects of the submissions and expects exactly one of each per application. */
  async function expectEachHandledOnce(ids: readonly string[]): Promise<void> {
    const raw = await rawEffects(ids);
    const off = (counts: number[]) => counts.filter((n) => n !== 1).length;
    console.log(
      `raw effects per application: outbox≠1 ${off(raw.outbox)}, review inbox≠1 ${off(raw.inbox)}, ` +
        `preliminary.queued audit≠1 ${off(raw.audit)}`,
    );
    expect({ outbox: off(raw.outbox), inbox: off(raw.inbox), audit: off(raw.audit) }).toEqual({
      outbox: 0,
      inbox: 0,
      audit: 0,
    });
  }

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_faults', proxyAmqp: true, proxyPostgres: true });
    probe = await EventProbe.open(stack.amqpUrl, ['intake.#', 'publicity.#']);
    officer = await issueDevToken({ role: 'officer', sub: 'officer-e2e' });
    callId = await stack.step('opening a call', () => openCall(stack, officer));
  });

  afterAll(async () => {
    await stack?.amqpProxy?.restore();
    await stack?.pgProxy?.restore();
    await probe?.close();
    await stack?.stop();
  });

  it('delivers all 500 submissions to review exactly once across a 20 s RabbitMQ outage', async () => {
    const drafts = await stack.step('preparing 500 drafts', () =>
      pool(
        Array.from({ length: 500 }, (_, i) => `burst-${i}`),
        8,
        (seed) => prepareDraft(stack, callId, seed),
      ),
    );
    let accepted = 0;
    let acceptedDuringCut = 0;
    let attempts = 0;
    let cutAt = 0;
    let restoredAt = 0;
    const outage = (async () => {
      await eventually('100 submissions before the cut', async () => (accepted >= 100 ? true : undefined), {
        everyMs: 20,
      });
      await stack.amqpProxy!.cut();
      cutAt = Date.now();
      await new Promise((r) => setTimeout(r, 20_000));
      await stack.amqpProxy!.restore();
      restoredAt = Date.now();
    })();
    try {
      await stack.step('the burst', () =>
        pool(drafts, 16, async (d) => {
          const o = await submitUntilAccepted(stack, d);
          attempts += o.attempts;
          accepted += 1;
          if (stack.amqpProxy!.isCut) acceptedDuringCut += 1;
        }),
      );
    } finally {
      await outage.catch(() => undefined);
      await stack.amqpProxy!.restore();
    }
    submitted.push(...drafts);
    const queue = await stack.step('waiting for review', () =>
      waitInPreliminaryQueue(
        stack,
        drafts.map((d) => d.id),
        120_000,
      ),
    );
    const inQueue = drafts.filter((d) => queue.get(d.id) === 1).length;
    const doubled = drafts.filter((d) => (queue.get(d.id) ?? 0) > 1).length;
    const events = drafts.map((d) => distinctSubmittedEvents(d.id));
    console.log(
      `rabbitmq cut ${Math.round((restoredAt - cutAt) / 1000)} s during 500 submissions: accepted=${accepted} ` +
        `(during the cut=${acceptedDuringCut}, http attempts=${attempts}) inPreliminaryQueue=${inQueue} ` +
        `lost=${drafts.length - inQueue - doubled} doubled=${doubled} submittedEvents=${events.reduce((a, b) => a + b, 0)} ` +
        `(apps with ≠1 distinct event: ${events.filter((n) => n !== 1).length})`,
    );
    await expectEachHandledOnce(drafts.map((d) => d.id));
    expect(accepted).toBe(500);
    expect(acceptedDuringCut).toBeGreaterThan(0);
    expect(inQueue).toBe(500);
    expect(doubled).toBe(0);
    expect(events.every((n) => n === 1)).toBe(true);
  });

  it('loses and doubles nothing when intake and review are killed with SIGKILL mid-stream and restarted', async () => {
    const drafts = await stack.step('preparing 120 drafts', () =>
      pool(
        Array.from({ length: 120 }, (_, i) => `kill-${i}`),
        8,
        (seed) => prepareDraft(stack, callId, seed),
      ),
    );
    let accepted = 0;
    let attempts = 0;
    let newKeys = 0;
    const killer = (async () => {
      await eventually('40 submissions before the kill', async () => (accepted >= 40 ? true : undefined), {
        everyMs: 10,
      });
      await stack.kill('intake', 'SIGKILL');
      await stack.restart('intake');
      // review dies while intake's relay is pushing the backlog to it
      await stack.kill('review', 'SIGKILL');
      await stack.restart('review');
    })();
    try {
      await stack.step('the burst with kills', async () => {
        await pool(drafts, 12, async (d) => {
          const o = await submitUntilAccepted(stack, d, 120_000);
          attempts += o.attempts;
          newKeys += o.newKeys;
          accepted += 1;
        });
        await killer;
      });
    } finally {
      await killer.catch(() => undefined);
      for (const name of ['intake', 'review'] as const) if (!stack.isRunning(name)) await stack.restart(name);
    }
    submitted.push(...drafts);
    const queue = await stack.step('waiting for review', () =>
      waitInPreliminaryQueue(
        stack,
        drafts.map((d) => d.id),
        120_000,
      ),
    );
    const all = await preliminaryQueue(stack);
    const inQueue = drafts.filter((d) => queue.get(d.id) === 1).length;
    const doubledAnywhere = [...all.values()].filter((n) => n > 1).length;
    const statuses = await pool(
      drafts,
      16,
      async (d) =>
        (
          await ok(
            stack.api('intake', d.token).GET('/api/v1/applications/{id}', { params: { path: { id: d.id } } }),
          )
        ).status,
    );
    const events = drafts.map((d) => distinctSubmittedEvents(d.id));
    console.log(
      `SIGKILL intake mid-burst + SIGKILL review mid-stream: accepted=${accepted}/120 (http attempts=${attempts}, keys replaced after the kill=${newKeys}) ` +
        `inPreliminaryQueue=${inQueue} lost=${120 - inQueue} doubled=${doubledAnywhere} ` +
        `queueTotal=${all.size} (expected ${submitted.length}) submittedEvents=${events.reduce((a, b) => a + b, 0)}`,
    );
    await expectEachHandledOnce(drafts.map((d) => d.id));
    expect(accepted).toBe(120);
    expect(attempts).toBeGreaterThan(120); // some submissions met the dead intake and were retried
    expect(inQueue).toBe(120);
    expect(doubledAnywhere).toBe(0);
    expect(all.size).toBe(submitted.length);
    expect(statuses.every((s) => s === 'SUBMITTED')).toBe(true);
    expect(events.every((n) => n === 1)).toBe(true);
    expect(stack.crashed()).toEqual([]);
  });

  it('handles a second delivery of every submission as the first: intake’s relay sent them all again', async () => {
    // A SIGKILL rarely lands between review's commit and its ack, so the test above seldom sees a
    // redelivery of a handled event. Here every one is delivered twice on purpose: the outbox rows of
    // the 120 submissions above are made unsent again — as after a relay that died between the
    // broker's confirm and marking its rows sent — and the relay publishes each a second time, with its
    // event id. The raw effects must not move (see rawEffects for what was checked to fail).
    const again = submitted.slice(-120);
    const ids = again.map((d) => d.id);
    const copies = (id: string) =>
      probe
        .of('intake.application.submitted.v1')
        .filter((e) => (e.data as { applicationId: string }).applicationId === id).length;
    const { rowCount } = await query(
      'intake',
      `UPDATE outbox_event SET sent_at = NULL
        WHERE type = 'intake.application.submitted.v1' AND envelope->'data'->>'applicationId' = ANY($1)`,
      [ids],
    );
    expect(rowCount).toBe(120);
    await stack.step('the relay sends every submission again', () =>
      waitUntil(async () => ids.every((id) => copies(id) >= 2), 'a second copy of every submission', 60_000),
    );
    const broker = await connect(stack.amqpUrl);
    try {
      const channel = await broker.createChannel();
      await stack.step('review takes every copy', () =>
        waitUntil(
          async () => (await channel.checkQueue('review.events')).messageCount === 0,
          'review.events drained',
          60_000,
        ),
      );
    } finally {
      await broker.close();
    }
    await sleep(DUPLICATE_GRACE_MS); // what review still held unacknowledged is handled by now
    console.log(
      `every submission delivered again: copies on the broker ${ids.reduce((n, id) => n + copies(id), 0)} for ${ids.length} applications`,
    );
    await expectEachHandledOnce(ids);
    expect(stack.crashed()).toEqual([]);
  });

  it('clears a notice exactly once, and not early, although Redis lost every key while it was open', async () => {
    const [openOne, endedOne] = submitted.slice(0, 2);
    await stack.step('to CITY_TO_BE_FILED', () => toBeFiled(stack, officer, [openOne!, endedOne!]));
    const redis = new Redis(testInfra.redisUrl);
    const pg = new Client({ connectionString: stack.databases.get('publicity')!.url });
    await pg.connect();
    try {
      const jobKeys = async (noticeId: string) =>
        (await stack.redisKeys()).filter((k) => k.includes(`publicity.notice.expiry__${noticeId}@`));
      const deadlineRow = async (noticeId: string) =>
        (
          await pg.query<{ status: string; due_at: Date; fired_at: Date | null }>(
            'SELECT status, due_at, fired_at FROM deadline WHERE id = $1',
            [`publicity.notice.expiry:${noticeId}`],
          )
        ).rows[0];

      // 1. A notice open for days: Redis loses its job; the reconciler re-creates it for the same instant.
      const open = await stack.step('open notice', () =>
        publishNotice(stack, officer, '公示(Redis 丢失测试)', [openOne!.id]),
      );
      const endsAtMs = Date.parse(open.endsAt);
      await eventually('the expiry job in Redis', async () =>
        (await jobKeys(open.id)).length > 0 ? true : undefined,
      );
      // For this run's services this IS a FLUSHALL: every key of the run's prefix is deleted (the
      // shared server's other keys belong to other test runs and stay).
      const flushedOpen = await stack.flushRedis();
      expect(await jobKeys(open.id)).toEqual([]);
      const recreated = await eventually('the job re-created by the reconciler', async () => {
        const keys = await jobKeys(open.id);
        return keys.length > 0 ? keys : undefined;
      });
      const jobId = recreated[0]!.slice(recreated[0]!.indexOf('publicity.notice.expiry__'));
      const delayedScore = await redis.zscore(`${stack.redisPrefix}:publicity.deadlines:delayed`, jobId);
      await new Promise((r) => setTimeout(r, 2_000));
      const openView = await ok(
        stack.api('publicity').GET('/api/v1/notices/{id}', { params: { path: { id: open.id } } }),
      );
      const openRow = await deadlineRow(open.id);

      // 2. A notice already over when published: Redis is flushed three times while it fires.
      const past = pastPublication(new Date());
      const ended = await stack.step('ended notice', () =>
        publishNotice(stack, officer, '公示(已届满, Redis 丢失测试)', [endedOne!.id], past.publishedAt),
      );
      let flushedEnded = 0;
      for (let i = 0; i < 3; i++) {
        flushedEnded += await stack.flushRedis();
        await new Promise((r) => setTimeout(r, 150));
      }
      await stack.step('the ended notice clears', () =>
        eventually('item CLEARED', async () => {
          const v = await ok(
            stack.api('publicity').GET('/api/v1/notices/{id}', { params: { path: { id: ended.id } } }),
          );
          return v.items[0].status === 'CLEARED' ? v : undefined;
        }),
      );
      await new Promise((r) => setTimeout(r, 3_000)); // anything doubled would show by now
      const endedRow = await deadlineRow(ended.id);
      const cleared = probe
        .of('publicity.item.cleared.v1')
        .filter((e) => (e.data as { applicationId: string }).applicationId === endedOne!.id);
      const clearedOpen = probe
        .of('publicity.item.cleared.v1')
        .filter((e) => (e.data as { applicationId: string }).applicationId === openOne!.id);
      const timeline = await allPages((query) =>
        stack
          .api('intake', endedOne!.token)
          .GET('/api/v1/applications/{id}/timeline', { params: { path: { id: endedOne!.id }, query } }),
      );
      const clearedInTimeline = timeline.filter((e) => e.status === 'CLEARED').length;
      console.log(
        `redis flushed (open notice: ${flushedOpen} keys; ended notice: ${flushedEnded} keys over 3 flushes): ` +
          `open notice job re-created for endsAt=${open.endsAt} (due in ${Math.round((endsAtMs - Date.now()) / 3_600_000)} h), ` +
          `row=${openRow?.status}, item=${openView.items[0].status}, cleared events=${clearedOpen.length}; ` +
          `ended notice row=${endedRow?.status} firedLate=${endedRow?.fired_at ? endedRow.fired_at.getTime() - endedRow.due_at.getTime() : 'n/a'} ms, ` +
          `cleared events=${new Set(cleared.map((e) => e.id)).size}, intake timeline CLEARED=${clearedInTimeline}`,
      );
      expect(jobId).toContain(`@${endsAtMs}`);
      expect(delayedScore).not.toBeNull();
      expect(openRow).toMatchObject({ status: 'PENDING' });
      expect(openRow!.due_at.getTime()).toBe(endsAtMs);
      expect(openView).toMatchObject({
        status: 'OPEN',
        items: [expect.objectContaining({ status: 'IN_PUBLICITY' })],
      });
      expect(clearedOpen).toEqual([]);
      expect(endedRow).toMatchObject({ status: 'FIRED' });
      expect(endedRow!.fired_at!.getTime()).toBeGreaterThanOrEqual(endedRow!.due_at.getTime());
      expect(new Set(cleared.map((e) => e.id)).size).toBe(1);
      expect(clearedInTimeline).toBe(1);
    } finally {
      redis.disconnect();
      await pg.end();
    }
  });

  it('answers again without a restart after Postgres was unreachable', async () => {
    const startsBefore = SERVICE_NAMES.map((n) => stack.services.get(n)!.starts);
    const notReady = new Set<string>();
    const cutAt = Date.now();
    await stack.pgProxy!.cut();
    try {
      await eventually(
        'every service to report Postgres down',
        async () => {
          for (const n of SERVICE_NAMES) {
            const res = await fetch(`${stack.baseUrl(n)}/health/ready`, {
              signal: AbortSignal.timeout(5_000),
            }).catch(() => null);
            if (res && res.status === 503) notReady.add(n);
          }
          return notReady.size === SERVICE_NAMES.length ? true : undefined;
        },
        { timeoutMs: 15_000, everyMs: 250 },
      ).catch(() => undefined);
      const refused = (await stack.api('publicity').GET('/api/v1/notices')).response;
      await new Promise((r) => setTimeout(r, Math.max(0, 5_000 - (Date.now() - cutAt))));
      expect(refused.status).toBeGreaterThanOrEqual(500);
    } finally {
      await stack.pgProxy!.restore();
    }
    const restoredAt = Date.now();
    await stack.step('recovery', () => Promise.all(SERVICE_NAMES.map((n) => stack.waitReady(n, 60_000))));
    const recoveredMs = Date.now() - restoredAt;
    const d = await stack.step('a new submission after recovery', async () => {
      const draft = await prepareDraft(stack, callId, 'after-postgres');
      await submitUntilAccepted(stack, draft);
      await waitInPreliminaryQueue(stack, [draft.id], 60_000);
      return draft;
    });
    const startsAfter = SERVICE_NAMES.map((n) => stack.services.get(n)!.starts);
    console.log(
      `postgres unreachable ${Math.round((restoredAt - cutAt) / 1000)} s: services reporting not ready=${notReady.size}/${SERVICE_NAMES.length}, ` +
        `ready again ${recoveredMs} ms after it came back, restarts=${startsAfter.reduce((a, b, i) => a + b - startsBefore[i]!, 0)}, ` +
        `crashed=${stack.crashed().length}, new submission reached review=${d.id ? 'yes' : 'no'}`,
    );
    expect(notReady.size).toBe(SERVICE_NAMES.length);
    expect(startsAfter).toEqual(startsBefore);
    expect(stack.crashed()).toEqual([]);
  });
});
