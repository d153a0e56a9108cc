import { expectListEndpoint } from '@lz/testing';
import {
  handled,
  makeEnvelope,
  makeUscc,
  makeUuid,
  publish,
  startNotifications,
  submitted,
  type NotificationsHarness,
} from '../test-support/notifications-harness';
import { InboxController } from './inbox.controller';

interface Item {
  id: string;
  kind: string;
  title: string;
  read: boolean;
  addressedTo: string;
  link: string;
}
interface Page {
  items: Item[];
  total: number;
}

describe(InboxController.name, () => {
  let h: NotificationsHarness;
  const lead = makeUscc();
  let colleague: string;
  let me: string;
  let stranger: string;
  let applicationId: string;
  beforeAll(async () => {
    h = await startNotifications();
    me = await h.svc.token({ role: 'applicant', uscc: lead, sub: 'ent-a-1' });
    colleague = await h.svc.token({ role: 'applicant', uscc: lead, sub: 'ent-a-2' });
    stranger = await h.svc.token({ role: 'applicant', uscc: makeUscc(), sub: 'ent-b-1' });
    const sub = submitted({ leadUscc: lead, jurisdictionCode: '510524' });
    applicationId = sub.data.applicationId;
    const events = [
      makeEnvelope('review.preliminary.decided.v1', {
        applicationId,
        decision: 'RETURN',
        opinion: '补充材料',
      }),
      makeEnvelope('review.city.decided.v1', { applicationId, leadUscc: lead, decision: 'TO_BE_FILED' }),
      makeEnvelope('publicity.objection.filed.v1', {
        applicationId,
        noticeId: makeUuid(),
        objectionId: makeUuid(),
      }),
    ];
    await publish(h, sub);
    await handled(h, sub.id);
    for (const e of events) await publish(h, e);
    for (const e of events) await handled(h, e.id);
  });
  afterAll(() => h.close());

  const list = async (token: string, query = '') =>
    (await h.svc.request('GET', `/api/v1/notifications${query}`, { token })).body as Page;
  const unread = async (token: string) =>
    ((await h.svc.request('GET', '/api/v1/notifications/unread-count', { token })).body as { unread: number })
      .unread;

  it("lists the unit's messages to each of its logins, newest first, by the list convention", async () => {
    const page = await expectListEndpoint(h.svc, '/api/v1/notifications', me);
    expect((page as Page).items.map((i) => i.kind)).toEqual([
      'objection.received',
      'city.to_be_filed',
      'application.returned',
    ]);
    expect((page as Page).items.every((i) => i.addressedTo === 'UNIT' && !i.read)).toBe(true);
    expect((await list(colleague)).total).toBe(3);
    expect((await list(me, '?kind=application.returned')).items.map((i) => i.link)).toEqual([
      `/workspace/applications/${applicationId}`,
    ]);
    expect((await list(me, `?q=${encodeURIComponent('收到异议')}`)).total).toBe(1);
  });

  it('keeps read marks per login: one colleague reading leaves the message unread for the other', async () => {
    const [first] = (await list(me, '?unread=true')).items;
    const before = await unread(me);
    const res = await h.svc.request('POST', `/api/v1/notifications/${first.id}/read`, { token: me });
    expect(res).toMatchObject({
      status: 200,
      body: { id: first.id, read: true, readAt: expect.any(String) },
    });
    // Reading again changes nothing.
    const again = await h.svc.request('POST', `/api/v1/notifications/${first.id}/read`, { token: me });
    expect((again.body as { readAt: string }).readAt).toBe((res.body as { readAt: string }).readAt);
    expect(await unread(me)).toBe(before - 1);
    expect((await list(me, '?unread=true')).items.map((i) => i.id)).not.toContain(first.id);
    expect((await list(me, '?unread=false')).items.map((i) => i.id)).toEqual([first.id]);
    expect(await unread(colleague)).toBe(3);
  });

  it("answers 404 for another unit's message and shows it nothing of them", async () => {
    const [mine] = (await list(me)).items;
    expect((await list(stranger)).total).toBe(0);
    expect(await unread(stranger)).toBe(0);
    const res = await h.svc.request('POST', `/api/v1/notifications/${mine.id}/read`, { token: stranger });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const missing = await h.svc.request('POST', `/api/v1/notifications/${makeUuid()}/read`, { token: me });
    expect(missing.status).toBe(404);
  });

  it('shows a reviewer the queue of its own jurisdiction only, and the officers their role messages', async () => {
    const here = await h.svc.token({ role: 'reviewer', jurisdiction: '510524', sub: 'rev-xy' });
    const there = await h.svc.token({ role: 'reviewer', jurisdiction: '510525', sub: 'rev-gl' });
    const [queued] = (await list(here)).items;
    expect(queued).toMatchObject({ kind: 'application.submitted', addressedTo: 'ROLE' });
    expect((await list(there)).total).toBe(0);
    expect(
      (await h.svc.request('POST', `/api/v1/notifications/${queued.id}/read`, { token: there })).status,
    ).toBe(404);
    expect((await list(h.officer)).items.map((i) => i.kind)).toEqual(['objection.filed']);
    // The applicant's unit does not see the Bureau's message about the objection.
    expect((await list(me)).items.map((i) => i.kind)).not.toContain('objection.filed');
  });

  it("shows an evaluator institution's task to its own evaluators only — not to other evaluators, nor to a unit with its USCC", async () => {
    const institution = makeUscc();
    const replaced = makeUscc();
    const assigned = makeEnvelope('evaluation.evaluator.assigned.v1', {
      evaluationId: makeUuid(),
      consortiumId: makeUuid(),
      evaluatorOrgUscc: institution,
      previousEvaluatorOrgUscc: replaced,
    });
    await publish(h, assigned);
    await handled(h, assigned.id);
    const ours = await h.svc.token({ role: 'evaluator', org: institution, sub: 'eva-1' });
    const colleague = await h.svc.token({ role: 'evaluator', org: institution, sub: 'eva-2' });
    const before = await h.svc.token({ role: 'evaluator', org: replaced, sub: 'eva-old' });
    const other = await h.svc.token({ role: 'evaluator', org: makeUscc(), sub: 'eva-x' });
    const sameUscc = await h.svc.token({ role: 'applicant', uscc: institution, sub: 'ent-same' });
    for (const token of [ours, colleague]) {
      expect((await list(token)).items).toEqual([
        expect.objectContaining({
          kind: 'evaluation.assigned',
          addressedTo: 'ORG',
          link: `/workspace/evaluations/${assigned.data.evaluationId}`,
        }),
      ]);
    }
    expect((await list(before)).items.map((i) => [i.kind, i.addressedTo])).toEqual([
      ['evaluation.unassigned', 'ORG'],
    ]);
    expect((await list(other)).total).toBe(0);
    expect((await list(sameUscc)).total).toBe(0);
    const [task] = (await list(ours)).items;
    expect(
      (await h.svc.request('POST', `/api/v1/notifications/${task.id}/read`, { token: other })).status,
    ).toBe(404);
    await expectListEndpoint(h.svc, '/api/v1/notifications', ours);
  });

  it('marks the whole inbox read for the caller only', async () => {
    const res = await h.svc.request('POST', '/api/v1/notifications/read-all', { token: colleague });
    expect(res).toMatchObject({ status: 200, body: { marked: 3 } });
    expect(await unread(colleague)).toBe(0);
    expect(await unread(me)).toBe(2);
  });

  it('refuses a bad filter, a bad id and a caller without a token by problem+json', async () => {
    const bad = await h.svc.request('GET', '/api/v1/notifications?unread=yes', { token: me });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: Array<{ path: string }> }).errors[0].path).toBe('query.unread');
    const id = await h.svc.request('POST', '/api/v1/notifications/not-a-uuid/read', { token: me });
    expect(id.status).toBe(400);
    expect((await h.svc.request('GET', '/api/v1/notifications')).status).toBe(401);
  });
});

describe('notification preferences', () => {
  let h: NotificationsHarness;
  beforeAll(async () => {
    h = await startNotifications();
  });
  afterAll(() => h.close());

  const put = (token: string, body: unknown) =>
    h.svc.request('PUT', '/api/v1/notifications/preferences', { token, body });

  it('shows the defaults until saved, then what was saved', async () => {
    const token = await h.svc.token({ role: 'applicant', uscc: makeUscc(), sub: 'ent-pref' });
    const first = await h.svc.request('GET', '/api/v1/notifications/preferences', { token });
    expect(first.body).toEqual({
      inApp: true,
      email: { enabled: true, address: null, available: false },
      sms: { enabled: false, phone: null, available: false },
      saved: false,
      updatedAt: null,
    });
    const saved = await put(token, {
      email: { enabled: false, address: 'me@unit.example.test' },
      sms: { enabled: false, phone: null },
    });
    expect(saved).toMatchObject({
      status: 200,
      body: { email: { enabled: false, address: 'me@unit.example.test' }, saved: true },
    });
    const again = await h.svc.request('GET', '/api/v1/notifications/preferences', { token });
    expect(again.body).toEqual(saved.body);
  });

  it('refuses SMS (no provider), e-mail without an address for a non-applicant and a bad address, naming field and rule', async () => {
    const officer = h.officer;
    const cases: Array<[unknown, string, string]> = [
      [
        { email: { enabled: false, address: null }, sms: { enabled: true, phone: '13800138000' } },
        'sms.enabled',
        'notifications.sms_unavailable',
      ],
      [
        { email: { enabled: true, address: null }, sms: { enabled: false, phone: null } },
        'email.address',
        'notifications.email_address',
      ],
      [
        { email: { enabled: true, address: 'not-an-address' }, sms: { enabled: false, phone: null } },
        'email.address',
        expect.any(String) as unknown as string,
      ],
      [
        { email: { enabled: true, address: 'a@b.cn' }, sms: { enabled: false, phone: null }, extra: 1 },
        '',
        expect.any(String) as unknown as string,
      ],
    ];
    for (const [body, path, rule] of cases) {
      const res = await put(officer, body);
      expect({ status: res.status, type: res.headers.get('content-type') }).toEqual({
        status: 400,
        type: expect.stringContaining('application/problem+json'),
      });
      const errors = (res.body as { errors: Array<{ path: string; rule: string; messageZh: string }> })
        .errors;
      if (path) expect(errors[0]).toMatchObject({ path, rule, messageZh: expect.any(String) });
    }
    const row = await h.db.query("SELECT 1 FROM preference WHERE sub = 'officer-1'");
    expect(row.rowCount).toBe(0);
  });
});
