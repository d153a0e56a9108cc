import { Client } from 'pg';
import type { EventType } from '@lz/policy';
import { EventProbe, makeEnvelope, publishTestEvent } from '@lz/testing';
import {
  applicant,
  bootIntake,
  completeDraft,
  openCall,
  submit,
  type Draft,
  type IntakeHarness,
} from '../test-support/intake-harness';
import { ProcedureOutcomesConsumer } from './procedure-outcomes.consumer';

describe(ProcedureOutcomesConsumer.name, () => {
  let h: IntakeHarness;
  let callId: string;
  let db: Client;
  let probe: EventProbe;
  let reviewer: string;
  beforeAll(async () => {
    h = await bootIntake();
    callId = await openCall(h);
    db = new Client({ connectionString: h.svc.db.url });
    await db.connect();
    probe = await EventProbe.open(h.svc.config.AMQP_URL, ['intake.#']);
    reviewer = await h.svc.token({ role: 'reviewer', jurisdiction: '510502', sub: 'reviewer-1' });
  }, 60_000);
  afterAll(async () => {
    await probe?.close();
    await db?.end();
    await h?.close();
  }, 30_000);

  /** Publishes an event as review/publicity would and waits until intake's inbox has processed it. */
  async function deliver<T extends EventType>(
    type: T,
    data: Parameters<typeof makeEnvelope<T>>[1],
    id?: string,
  ) {
    const envelope = makeEnvelope(type, data, {
      ...(id ? { id } : {}),
      occurredAt: new Date().toISOString(),
    });
    await publishTestEvent(h.svc.config.AMQP_URL, envelope as unknown as Record<string, unknown>);
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      const r = await db.query('SELECT 1 FROM inbox_event WHERE event_id = $1', [envelope.id]);
      if (r.rowCount) return envelope;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${type} ${envelope.id} was not processed`);
  }

  const now = () => new Date().toISOString();
  const status = async (d: Draft) =>
    (
      (await h.svc.request('GET', `/api/v1/applications/${d.id}`, { token: d.who.token })).body as {
        status: string;
      }
    ).status;
  const timeline = async (d: Draft) =>
    (
      (
        await h.svc.request('GET', `/api/v1/applications/${d.id}/timeline?pageSize=100`, {
          token: d.who.token,
        })
      ).body as {
        items: Array<{ status: string; source: string; eventId: string | null; note: string | null }>;
      }
    ).items;

  async function submitted(seed: string): Promise<Draft> {
    const d = await completeDraft(h, callId, await applicant(h, seed));
    expect((await submit(h, d.who.token, d.id, `${seed}-1`)).status).toBe(200);
    return d;
  }

  it('returns an application for revision, takes the edited resubmission as revision 2, and keeps both', async () => {
    const d = await submitted('returned');
    const ret = await deliver('review.preliminary.decided.v1', {
      applicationId: d.id,
      revision: 1,
      jurisdictionCode: '510502',
      decision: 'RETURN',
      opinion: '请补充组建协议签章页',
      decidedAt: now(),
    });
    expect(await status(d)).toBe('RETURNED');
    expect((await timeline(d)).at(-1)).toMatchObject({
      status: 'RETURNED',
      source: 'review',
      eventId: ret.id,
      note: '请补充组建协议签章页',
    });

    const edited = { ...d.doc, name: '白酒固态发酵智能化创新联合体(修改稿)' };
    expect(
      (await h.svc.request('PUT', `/api/v1/applications/${d.id}`, { token: d.who.token, body: edited }))
        .status,
    ).toBe(200);
    const again = await submit(h, d.who.token, d.id, 'returned-2');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'SUBMITTED', revision: 2 });
    const events = await probe.waitFor(
      (e) =>
        e.type === 'intake.application.submitted.v1' &&
        (e.data as { applicationId: string }).applicationId === d.id,
      { count: 2 },
    );
    expect(events.map((e) => (e.data as { revision: number }).revision).sort()).toEqual([1, 2]);

    const revisions = await h.svc.request('GET', `/api/v1/applications/${d.id}/revisions`, {
      token: reviewer,
    });
    expect(revisions.body).toMatchObject({
      total: 2,
      items: [
        expect.objectContaining({ revision: 1, document: expect.objectContaining({ name: d.doc.name }) }),
        expect.objectContaining({ revision: 2, document: expect.objectContaining({ name: edited.name }) }),
      ],
    });

    // A decision about revision 1 arriving now is stale: nothing changes, nothing is added.
    const before = await timeline(d);
    await deliver('review.preliminary.decided.v1', {
      applicationId: d.id,
      revision: 1,
      jurisdictionCode: '510502',
      decision: 'NOT_RECOMMEND',
      opinion: '',
      decidedAt: now(),
    });
    expect(await status(d)).toBe('SUBMITTED');
    expect(await timeline(d)).toEqual(before);
  });

  it('follows review and publicity to FILED, ignores duplicates and backward moves, and shows the timeline oldest first', async () => {
    const d = await submitted('filed');
    const recommend = await deliver('review.preliminary.decided.v1', {
      applicationId: d.id,
      revision: 1,
      jurisdictionCode: '510502',
      decision: 'RECOMMEND',
      opinion: '同意推荐',
      decidedAt: now(),
    });
    // The same envelope again (redelivery) and another RECOMMEND (not a forward move): no change.
    await publishTestEvent(h.svc.config.AMQP_URL, recommend);
    await deliver('review.preliminary.decided.v1', {
      applicationId: d.id,
      revision: 1,
      jurisdictionCode: '510502',
      decision: 'RETURN',
      opinion: 'late',
      decidedAt: now(),
    });
    expect(await status(d)).toBe('PRELIM_RECOMMENDED');
    await deliver('review.city.decided.v1', {
      applicationId: d.id,
      revision: 1,
      decision: 'TO_BE_FILED',
      opinion: '拟备案',
      decidedAt: now(),
    });
    await deliver('publicity.notice.published.v1', {
      noticeId: 'notice-7',
      publishedAt: now(),
      items: [{ applicationId: d.id, name: d.doc.name, leadUscc: d.who.uscc, leadName: d.doc.lead.name }],
    });
    expect(await status(d)).toBe('IN_PUBLICITY');
    await deliver('publicity.item.cleared.v1', {
      noticeId: 'notice-7',
      applicationId: d.id,
      clearedAt: now(),
    });
    await deliver('review.consortium.registered.v1', {
      applicationId: d.id,
      filingNumber: '泸创联备〔2026〕001号',
      filedAt: now(),
    });
    expect(await status(d)).toBe('FILED');
    // An event about an application intake does not hold (another id scheme) is processed and ignored.
    await deliver('publicity.item.cleared.v1', {
      noticeId: 'notice-7',
      applicationId: 'app-elsewhere',
      clearedAt: now(),
    });
    const entries = await timeline(d);
    expect(entries.map((e) => e.status)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'PRELIM_RECOMMENDED',
      'CITY_TO_BE_FILED',
      'IN_PUBLICITY',
      'CLEARED',
      'FILED',
    ]);
    expect(entries.map((e) => e.source)).toEqual([
      'intake',
      'intake',
      'review',
      'review',
      'publicity',
      'publicity',
      'review',
    ]);
    expect(entries.at(-1)?.note).toBe('泸创联备〔2026〕001号');
  });

  it('records CLEARED that arrives before its notice, and notes an objection without changing the status', async () => {
    const d = await submitted('early');
    await deliver('review.preliminary.decided.v1', {
      applicationId: d.id,
      revision: 1,
      jurisdictionCode: '510502',
      decision: 'RECOMMEND',
      opinion: '同意推荐',
      decidedAt: now(),
    });
    await deliver('review.city.decided.v1', {
      applicationId: d.id,
      revision: 1,
      decision: 'TO_BE_FILED',
      opinion: '拟备案',
      decidedAt: now(),
    });
    // item.cleared first: intake must not drop it (it is redelivered until the notice arrives).
    const cleared = makeEnvelope('publicity.item.cleared.v1', {
      noticeId: 'notice-early',
      applicationId: d.id,
      clearedAt: now(),
    });
    await publishTestEvent(h.svc.config.AMQP_URL, cleared as unknown as Record<string, unknown>);
    await new Promise((r) => setTimeout(r, 150));
    expect(await status(d)).toBe('CITY_TO_BE_FILED');
    await deliver('publicity.notice.published.v1', {
      noticeId: 'notice-early',
      publishedAt: now(),
      items: [{ applicationId: d.id, name: d.doc.name, leadUscc: d.who.uscc, leadName: d.doc.lead.name }],
    });
    await deliver('publicity.objection.filed.v1', {
      noticeId: 'notice-early',
      applicationId: d.id,
      reason: '合作协议签署日期存疑',
      filedAt: now(),
    });
    const until = Date.now() + 10_000;
    while ((await status(d)) !== 'CLEARED' && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));
    expect(await status(d)).toBe('CLEARED');
    const entries = await timeline(d);
    const objection = entries.filter((e) => e.note?.includes('合作协议签署日期存疑'));
    expect(objection).toHaveLength(1);
    expect(entries.filter((e) => !objection.includes(e)).map((e) => e.status)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'PRELIM_RECOMMENDED',
      'CITY_TO_BE_FILED',
      'IN_PUBLICITY',
      'CLEARED',
    ]);
    expect(entries.filter((e) => e.eventId === cleared.id)).toHaveLength(1);
  });

  it('ends an application on NOT_RECOMMEND, a city rejection or an upheld objection, freeing the lead for a new application', async () => {
    const rejected = await submitted('rejected');
    await deliver('review.preliminary.decided.v1', {
      applicationId: rejected.id,
      revision: 1,
      jurisdictionCode: '510502',
      decision: 'NOT_RECOMMEND',
      opinion: '不符合条件',
      decidedAt: now(),
    });
    expect(await status(rejected)).toBe('PRELIM_REJECTED');
    const anew = await h.svc.request('POST', '/api/v1/applications', {
      token: rejected.who.token,
      body: rejected.doc,
    });
    expect(anew.status).toBe(201);

    const city = await submitted('city');
    await deliver('review.preliminary.decided.v1', {
      applicationId: city.id,
      revision: 1,
      decision: 'RECOMMEND',
      decidedAt: now(),
    });
    await deliver('review.city.decided.v1', {
      applicationId: city.id,
      revision: 1,
      decision: 'REJECT',
      decidedAt: now(),
    });
    expect(await status(city)).toBe('CITY_REJECTED');

    const contested = await submitted('contested');
    await deliver('review.preliminary.decided.v1', {
      applicationId: contested.id,
      revision: 1,
      decision: 'RECOMMEND',
      decidedAt: now(),
    });
    await deliver('review.city.decided.v1', {
      applicationId: contested.id,
      revision: 1,
      decision: 'TO_BE_FILED',
      decidedAt: now(),
    });
    await deliver('publicity.notice.published.v1', {
      noticeId: 'notice-8',
      publishedAt: now(),
      items: [
        {
          applicationId: contested.id,
          name: contested.doc.name,
          leadUscc: contested.who.uscc,
          leadName: 'x',
        },
      ],
    });
    await deliver('publicity.item.contested.v1', {
      noticeId: 'notice-8',
      applicationId: contested.id,
      reason: '成员单位资质材料不实',
      decidedAt: now(),
    });
    expect(await status(contested)).toBe('CONTESTED');
    expect((await timeline(contested)).at(-1)).toMatchObject({
      status: 'CONTESTED',
      note: '成员单位资质材料不实',
    });
  });
});
