import { OBJECTION_RATE_LIMIT } from './objections.service';
import { ObjectionsController } from './objections.controller';
import { seedCandidates, startPublicity, type PublicityHarness } from '../test-support/publicity-harness';

describe(ObjectionsController.name, () => {
  let h: PublicityHarness;
  let noticeId: string;
  let ids: string[];
  beforeAll(async () => {
    h = await startPublicity();
    h.clock.jumpTo(new Date('2026-05-11T09:00:00+08:00'));
    ids = await seedCandidates(h, 2);
    const res = await h.svc.request('POST', '/api/v1/notices', {
      token: h.officer,
      body: { title: '公示', applicationIds: ids },
    });
    noticeId = (res.body as { id: string }).id;
  });
  afterAll(() => h.close());

  const object = (body: unknown, notice = noticeId) =>
    h.svc.request('POST', `/api/v1/notices/${notice}/objections`, { body });
  const valid = () => ({
    applicationId: ids[0],
    reason: '合作协议为伪造',
    contact: { name: '李四', phone: '15912345678' },
  });

  it('takes an objection from anyone without login, announces it without the contact, and never shows the contact publicly', async () => {
    const res = await object(valid());
    expect(res).toMatchObject({ status: 201, body: { status: 'PENDING', applicationId: ids[0], noticeId } });
    const id = (res.body as { id: string }).id;
    const [event] = await h.probe.waitFor(
      (e) =>
        e.type === 'publicity.objection.filed.v1' && (e.data as { objectionId: string }).objectionId === id,
    );
    expect(JSON.stringify(event)).not.toContain('15912345678');

    const notice = await h.svc.request('GET', `/api/v1/notices/${noticeId}`);
    expect(JSON.stringify(notice.body)).not.toContain('15912345678');
    expect(JSON.stringify(notice.body)).not.toContain('李四');
    expect(notice.body).toMatchObject({
      items: [{ objections: { pending: 1 } }, { objections: { pending: 0 } }],
    });

    const forOfficers = await h.svc.request('GET', `/api/v1/notices/${noticeId}/objections`, {
      token: h.officer,
    });
    expect(forOfficers.body).toMatchObject({
      objections: [{ id, contact: { name: '李四', phone: '15912345678' } }],
    });
    expect((await h.svc.request('GET', `/api/v1/notices/${noticeId}/objections`)).status).toBe(401);
  });

  it.each(['12345678901', '1381234567', '138123456789', '+8613812345678', '23812345678'])(
    'refuses the contact phone %s, which is not a mainland mobile number',
    async (phone) => {
      const res = await object({ ...valid(), contact: { name: '李四', phone } });
      expect(res).toMatchObject({ status: 400, body: { errors: [{ path: 'contact.phone' }] } });
    },
  );

  it('refuses an objection on an application that is not an item of the notice', async () => {
    const res = await object({ ...valid(), applicationId: 'not-on-this-notice' });
    expect(res).toMatchObject({ status: 400, body: { errors: [{ rule: '3.5', path: 'applicationId' }] } });
    const missing = await object(valid(), '0b5a4a1e-2a4d-4d0e-8b1e-1d1a0e5b7c11');
    expect(missing.status).toBe(404);
  });

  it('lets only officers resolve an objection, and only a pending one', async () => {
    const filed = (await object({ ...valid(), applicationId: ids[1] })).body as { id: string };
    const applicant = await h.svc.token({ role: 'applicant', uscc: '91110000600037341L' });
    const body = { outcome: 'DISMISSED', reason: '经核实,异议不成立。' };
    const path = `/api/v1/objections/${filed.id}/resolution`;
    expect((await h.svc.request('POST', path, { token: applicant, body })).status).toBe(403);
    expect((await h.svc.request('POST', path, { body })).status).toBe(401);
    const ok = await h.svc.request('POST', path, { token: h.officer, body });
    // The period still runs: a dismissed objection leaves the item in publicity.
    expect(ok).toMatchObject({ status: 200, body: { status: 'DISMISSED', itemStatus: 'IN_PUBLICITY' } });
    expect(await h.svc.request('POST', path, { token: h.officer, body })).toMatchObject({
      status: 409,
      body: { errors: [{ rule: '3.5' }] },
    });
  });

  it(`rate-limits objections to ${OBJECTION_RATE_LIMIT.requests} a minute per client with a 429 problem`, async () => {
    h.clock.jumpTo(new Date('2026-05-12T10:00:00+08:00')); // the start of a fresh minute window
    const statuses: number[] = [];
    for (let i = 0; i < OBJECTION_RATE_LIMIT.requests; i += 1) statuses.push((await object(valid())).status);
    expect(statuses.every((s) => s === 201)).toBe(true);
    const refused = await object(valid());
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
  });
});
