import type { Queue } from 'bullmq';
import { deadlineJobId } from '@lz/deadlines';
import { openDeadlineQueue } from '@lz/testing';
import { waitUntil } from '@lz/test-infra';
import type { AnyEventEnvelope } from '@lz/policy';
import { NoticeExpiryProcessor } from './notice-expiry.processor';
import {
  deadlineRow,
  flushRunPrefix,
  seedCandidates,
  sleep,
  startPublicity,
  type PublicityHarness,
} from '../test-support/publicity-harness';

interface Notice {
  id: string;
  endsAt: string;
  items: { applicationId: string; status: string }[];
}

const clearedOf = (e: AnyEventEnvelope, ids: readonly string[]) =>
  e.type === 'publicity.item.cleared.v1' && ids.includes((e.data as { applicationId: string }).applicationId);
const contestedOf = (e: AnyEventEnvelope, ids: readonly string[]) =>
  e.type === 'publicity.item.contested.v1' &&
  ids.includes((e.data as { applicationId: string }).applicationId);

// Each test waits for a real delayed job (the clock jumps to 2 s before the end; reconcile period 1 s).
jest.setTimeout(40_000);

describe(NoticeExpiryProcessor.name, () => {
  let h: PublicityHarness;
  let queue: Queue;
  beforeAll(async () => {
    h = await startPublicity();
    queue = openDeadlineQueue(h.svc, 'publicity');
  });
  afterAll(async () => {
    await queue.close();
    await h.close();
  });

  /** Publishes a notice "now" by the service clock, after moving the clock to `at`. */
  async function publishAt(
    at: string,
    count: number,
  ): Promise<{ notice: Notice; ids: string[]; endsAt: Date }> {
    h.clock.jumpTo(new Date(at));
    const ids = await seedCandidates(h, count);
    const res = await h.svc.request('POST', '/api/v1/notices', {
      token: h.officer,
      body: { title: `公示 ${at}`, applicationIds: ids },
    });
    expect(res.status).toBe(201);
    const notice = res.body as Notice;
    return { notice, ids, endsAt: new Date(notice.endsAt) };
  }

  const object = (noticeId: string, applicationId: string) =>
    h.svc.request('POST', `/api/v1/notices/${noticeId}/objections`, {
      body: { applicationId, reason: '牵头单位资质存疑', contact: { name: '张三', phone: '13800138000' } },
    });
  const resolve = (objectionId: string, outcome: 'UPHELD' | 'DISMISSED') =>
    h.svc.request('POST', `/api/v1/objections/${objectionId}/resolution`, {
      token: h.officer,
      body: { outcome, reason: outcome === 'UPHELD' ? '经核实,异议成立。' : '经核实,异议不成立。' },
    });

  /** Asserts every cleared event of these items was decided at or after the end, by the clock. */
  function expectNeverEarly(events: AnyEventEnvelope[], endsAt: Date) {
    for (const e of events) {
      expect(new Date((e.data as { clearedAt: string }).clearedAt).getTime()).toBeGreaterThanOrEqual(
        endsAt.getTime(),
      );
    }
  }

  it('clears every item through a real BullMQ delayed job at the end of the period, never before', async () => {
    const { notice, ids, endsAt } = await publishAt('2026-03-02T10:00:00+08:00', 3);
    expect(notice.endsAt).toBe('2026-03-10T00:00:00+08:00');
    const job = await queue.getJob(deadlineJobId(`publicity.notice.expiry:${notice.id}`, endsAt));
    expect(await job?.getState()).toBe('delayed');

    await sleep(1_500); // a reconcile period passes: still nothing may clear
    expect(h.probe.received.filter((e) => clearedOf(e, ids))).toHaveLength(0);

    h.clock.jumpTo(new Date(endsAt.getTime() - 2_000));
    const cleared = await h.probe.waitFor((e) => clearedOf(e, ids), { count: 3, timeoutMs: 15_000 });
    expectNeverEarly(cleared, endsAt);
    // The items' events leave at the commit of the job's transaction, a moment before BullMQ marks the
    // job completed (when the processor returns): wait for that mark rather than read it at once.
    await waitUntil(async () => (await job?.getState()) === 'completed', 'the expiry job completed', 10_000);
    const row = await deadlineRow(h, notice.id);
    expect(row.status).toBe('FIRED');
    expect(row.fired_at!.getTime()).toBeGreaterThanOrEqual(row.due_at.getTime());

    const view = await h.svc.request('GET', `/api/v1/notices/${notice.id}`);
    expect(view.body).toMatchObject({ status: 'EXPIRED', acceptingObjections: false });
    expect((view.body as Notice).items.map((i) => i.status)).toEqual(['CLEARED', 'CLEARED', 'CLEARED']);
  });

  it('clears every item exactly once and never early when Redis loses everything between publication and expiry', async () => {
    const { notice, ids, endsAt } = await publishAt('2026-03-16T10:00:00+08:00', 5);
    expect(await queue.getJob(deadlineJobId(`publicity.notice.expiry:${notice.id}`, endsAt))).toBeDefined();
    // FLUSHALL for this run: every key of this run's prefix goes (the server is shared with other runs).
    expect(await flushRunPrefix(h)).toBeGreaterThan(0);

    await sleep(1_500);
    expect(h.probe.received.filter((e) => clearedOf(e, ids))).toHaveLength(0);
    h.clock.jumpTo(new Date(endsAt.getTime() - 2_000));
    const cleared = await h.probe.expectExactly((e) => clearedOf(e, ids), 5, { timeoutMs: 20_000 });
    expectNeverEarly(cleared, endsAt);
    const perItem = ids.map((id) => h.probe.received.filter((e) => clearedOf(e, [id])).length);
    expect(perItem).toEqual([1, 1, 1, 1, 1]);
  });

  // Notices ending at the same instant expire in one batch (libs/deadlines "Batches"): the item
  // events written with one addMany, the audit rows with one recordAuditMany. Counted raw: each
  // item's event once, one audit row per notice naming exactly its items. Checked to fail without
  // the mechanism (2026-12-05): with the expiry's recordAuditMany call removed the audit rows are 0.
  it('expires notices ending at the same instant: each item event once, one audit row per notice', async () => {
    const published = [];
    for (let i = 0; i < 3; i++) published.push(await publishAt('2026-03-23T10:00:00+08:00', 4));
    const endsAt = published[0].endsAt;
    expect(published.every((p) => p.endsAt.getTime() === endsAt.getTime())).toBe(true);
    const ids = published.flatMap((p) => p.ids);

    h.clock.jumpTo(new Date(endsAt.getTime() - 2_000));
    const cleared = await h.probe.expectExactly((e) => clearedOf(e, ids), 12, { timeoutMs: 20_000 });
    expectNeverEarly(cleared, endsAt);
    const perItem = ids.map((id) => h.probe.received.filter((e) => clearedOf(e, [id])).length);
    expect(perItem).toEqual(Array(12).fill(1));
    const { rows } = await h.db.query<{ object_id: string; detail: { cleared: string[] } }>(
      `SELECT object_id, detail FROM audit_log WHERE action = 'notice.expired' AND object_id = ANY($1::text[])`,
      [published.map((p) => p.notice.id)],
    );
    console.log(
      `3 notices ending together: item events=${cleared.length} audit rows=${rows.length} (${rows.map((r) => r.detail.cleared.length).join(',')} items)`,
    );
    expect(rows).toHaveLength(3);
    for (const p of published) {
      const row = rows.find((r) => r.object_id === p.notice.id);
      expect([...(row?.detail.cleared ?? [])].sort()).toEqual([...p.ids].sort());
    }
  });

  it('refuses an objection one second after the end with 409 naming rule 3.5, and accepts one just before it', async () => {
    const { notice, ids, endsAt } = await publishAt('2026-03-30T10:00:00+08:00', 1);
    expect(notice.endsAt).toBe('2026-04-08T00:00:00+08:00'); // 清明 4/4–4/6 off

    h.clock.jumpTo(new Date(endsAt.getTime() - 1_000));
    const inTime = await object(notice.id, ids[0]);
    expect(inTime.status).toBe(201);
    h.clock.jumpTo(new Date(endsAt.getTime() + 1_000));
    const late = await object(notice.id, ids[0]);
    expect(late).toMatchObject({ status: 409, body: { errors: [{ rule: '3.5' }] } });
    expect(late.headers.get('content-type')).toContain('application/problem+json');
  });

  it('contests an item whose objection is upheld and never clears it, while the other items clear at the end', async () => {
    const { notice, ids, endsAt } = await publishAt('2026-04-13T10:00:00+08:00', 2);
    const filed = await object(notice.id, ids[0]);
    const upheld = await resolve((filed.body as { id: string }).id, 'UPHELD');
    expect(upheld).toMatchObject({ status: 200, body: { status: 'UPHELD', itemStatus: 'CONTESTED' } });
    const contested = await h.probe.waitFor((e) => contestedOf(e, ids));
    expect(contested[0].data).toMatchObject({
      applicationId: ids[0],
      outcome: 'UPHELD',
      decidedBy: 'officer-1',
    });

    h.clock.jumpTo(new Date(endsAt.getTime() - 2_000));
    const cleared = await h.probe.waitFor((e) => clearedOf(e, ids), { timeoutMs: 15_000 });
    expect(cleared.map((e) => (e.data as { applicationId: string }).applicationId)).toEqual([ids[1]]);
    await sleep(1_500);
    expect(h.probe.received.filter((e) => clearedOf(e, [ids[0]]))).toHaveLength(0);
    expect(h.probe.received.filter((e) => contestedOf(e, ids))).toHaveLength(1);
  });

  it('lets an item with a pending objection wait past the end, then clears or contests it on resolution', async () => {
    const { notice, ids, endsAt } = await publishAt('2026-04-27T10:00:00+08:00', 3);
    const [waitsThenDismissed, waitsThenUpheld, free] = ids;
    const o1 = (await object(notice.id, waitsThenDismissed)).body as { id: string };
    const o2 = (await object(notice.id, waitsThenUpheld)).body as { id: string };

    h.clock.jumpTo(new Date(endsAt.getTime() - 2_000));
    await h.probe.waitFor((e) => clearedOf(e, [free]), { timeoutMs: 15_000 });
    await sleep(1_500);
    expect(h.probe.received.filter((e) => clearedOf(e, [waitsThenDismissed, waitsThenUpheld]))).toHaveLength(
      0,
    );
    const view = (await h.svc.request('GET', `/api/v1/notices/${notice.id}`)).body as Notice;
    expect(view.items.map((i) => i.status)).toEqual([
      'AWAITING_RESOLUTION',
      'AWAITING_RESOLUTION',
      'CLEARED',
    ]);

    expect((await resolve(o1.id, 'DISMISSED')).body).toMatchObject({ itemStatus: 'CLEARED' });
    const cleared = await h.probe.waitFor((e) => clearedOf(e, [waitsThenDismissed]));
    expect(cleared[0].data).toMatchObject({ dismissedObjections: 1 });
    expectNeverEarly(cleared, endsAt);

    expect((await resolve(o2.id, 'UPHELD')).body).toMatchObject({ itemStatus: 'CONTESTED' });
    await h.probe.waitFor((e) => contestedOf(e, [waitsThenUpheld]));
    expect(await resolve(o2.id, 'DISMISSED')).toMatchObject({ status: 409 });
    await sleep(500);
    expect(h.probe.received.filter((e) => clearedOf(e, ids))).toHaveLength(2);
    expect(h.probe.received.filter((e) => contestedOf(e, ids))).toHaveLength(1);
  });
});
