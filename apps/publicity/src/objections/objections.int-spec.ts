import { expectListEndpoint } from '@lz/testing';
import { OBJECTION_RATE_LIMIT } from './objections.service';
import { ObjectionsController } from './objections.controller';
import { readReceiptNumber, RECEIPT_ALPHABET } from './receipt-number';
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
    expect(res).toMatchObject({
      status: 201,
      body: {
        status: 'PENDING',
        applicationId: ids[0],
        noticeId,
        receiptNo: expect.stringMatching(/^YY2026-/),
      },
    });
    const { id, receiptNo } = res.body as { id: string; receiptNo: string };
    expect(readReceiptNumber(receiptNo)).toEqual({ ok: true, receiptNo });
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
      items: [{ id, receiptNo, itemName: '联合体 1', contact: { name: '李四', phone: '15912345678' } }],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    expect((await h.svc.request('GET', `/api/v1/notices/${noticeId}/objections`)).status).toBe(401);

    // The objector looks the receipt up, without login, in any case: the status and nothing personal.
    const lookup = await h.svc.request('GET', `/api/v1/objections/receipts/${receiptNo.toLowerCase()}`);
    expect(lookup).toMatchObject({ status: 200, body: { receiptNo, status: 'PENDING', resolution: null } });
    expect(Object.keys(lookup.body as object).sort()).toEqual(['receiptNo', 'resolution', 'status']);
  });

  it('keeps the receipt number when a retried filing replays its answer (Idempotency-Key)', async () => {
    const headers = { 'idempotency-key': `objection-${Date.now()}` };
    const first = await h.svc.request('POST', `/api/v1/notices/${noticeId}/objections`, {
      body: valid(),
      headers,
    });
    const again = await h.svc.request('POST', `/api/v1/notices/${noticeId}/objections`, {
      body: valid(),
      headers,
    });
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 201, body: first.body as object });
    const { rows } = await h.db.query('SELECT count(*)::int AS n FROM objection WHERE receipt_no = $1', [
      (first.body as { receiptNo: string }).receiptNo,
    ]);
    expect(rows[0]).toEqual({ n: 1 });
  });

  it('answers a receipt lookup with the decision and its public reason once resolved', async () => {
    const filed = (await object({ ...valid(), applicationId: ids[1] })).body as {
      id: string;
      receiptNo: string;
    };
    const reason = '经核实,合作协议真实有效,异议不成立。';
    await h.svc.request('POST', `/api/v1/objections/${filed.id}/resolution`, {
      token: h.officer,
      body: { outcome: 'DISMISSED', reason },
    });
    const lookup = await h.svc.request('GET', `/api/v1/objections/receipts/${filed.receiptNo}`);
    expect(lookup).toMatchObject({
      status: 200,
      body: { status: 'DISMISSED', resolution: { reason, resolvedAt: expect.stringMatching(/\+08:00$/) } },
    });
    expect(JSON.stringify(lookup.body)).not.toMatch(/15912345678|李四/);
  });

  it('tells a mistyped receipt number (400, format or check character) from an unknown one (404)', async () => {
    h.clock.jumpTo(new Date('2026-05-11T09:30:00+08:00')); // a fresh rate-limit window
    const filed = (await object(valid())).body as { receiptNo: string };
    const r = filed.receiptNo;
    const last = r.at(-1) === '2' ? '3' : '2';
    const typo = await h.svc.request('GET', `/api/v1/objections/receipts/${r.slice(0, -1)}${last}`);
    expect(typo).toMatchObject({
      status: 400,
      body: {
        errors: [
          {
            rule: 'input.receipt_no',
            path: 'params.receiptNo',
            messageZh: expect.stringContaining('校验位'),
          },
        ],
      },
    });
    const garbage = await h.svc.request('GET', '/api/v1/objections/receipts/12345');
    expect(garbage).toMatchObject({ status: 400, body: { errors: [{ rule: 'input.receipt_no' }] } });
    // A well-formed number with a valid check character that nobody was given.
    let unknown = '';
    for (const c of RECEIPT_ALPHABET) {
      const candidate = `YY2025-AAAA-AAA${c}`;
      if (readReceiptNumber(candidate).ok) unknown = candidate;
    }
    expect(unknown).not.toBe('');
    expect((await h.svc.request('GET', `/api/v1/objections/receipts/${unknown}`)).status).toBe(404);
  });

  it("lists every notice's objections for officers only, by the list convention, with filters", async () => {
    h.clock.jumpTo(new Date('2026-05-11T09:40:00+08:00'));
    const [other] = await seedCandidates(h, 1);
    const second = await h.svc.request('POST', '/api/v1/notices', {
      token: h.officer,
      body: { title: '第二次公示', applicationIds: [other] },
    });
    const secondId = (second.body as { id: string }).id;
    const mine = (
      await object({ ...valid(), applicationId: other, reason: '牵头单位注册地不在本市' }, secondId)
    ).body as { id: string; receiptNo: string };

    const page = await expectListEndpoint(h.svc, '/api/v1/objections', h.officer);
    expect(page.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: mine.id, itemName: '联合体 1' })]),
    );
    await expectListEndpoint(h.svc, `/api/v1/notices/${noticeId}/objections`, h.officer);

    const all = (await h.svc.request('GET', '/api/v1/objections?pageSize=100', { token: h.officer }))
      .body as {
      items: Array<{
        id: string;
        filedAt: string;
        noticeId: string;
        status: string;
        contact: { phone: string };
      }>;
      total: number;
    };
    expect(all.items).toHaveLength(all.total);
    expect(all.items.every((o) => o.contact.phone === '15912345678')).toBe(true);
    const filed = all.items.map((o) => Date.parse(o.filedAt));
    expect(filed).toEqual([...filed].sort((x, y) => x - y)); // oldest first by default

    const byNotice = await h.svc.request('GET', `/api/v1/objections?noticeId=${secondId}`, {
      token: h.officer,
    });
    expect(byNotice.body).toMatchObject({ total: 1, items: [{ id: mine.id, noticeId: secondId }] });
    const byItem = await h.svc.request('GET', `/api/v1/objections?applicationId=${ids[1]}&status=DISMISSED`, {
      token: h.officer,
    });
    expect((byItem.body as { items: Array<{ applicationId: string; status: string }> }).items).toEqual(
      expect.arrayContaining([expect.objectContaining({ applicationId: ids[1], status: 'DISMISSED' })]),
    );
    expect(
      (byItem.body as { items: Array<{ applicationId: string; status: string }> }).items.every(
        (o) => o.applicationId === ids[1] && o.status === 'DISMISSED',
      ),
    ).toBe(true);
    const byReceipt = await h.svc.request('GET', `/api/v1/objections?q=${mine.receiptNo.slice(7)}`, {
      token: h.officer,
    });
    expect(byReceipt.body).toMatchObject({ total: 1, items: [{ id: mine.id }] });
    const byReason = await h.svc.request('GET', `/api/v1/objections?q=${encodeURIComponent('注册地')}`, {
      token: h.officer,
    });
    expect(byReason.body).toMatchObject({ total: 1, items: [{ id: mine.id }] });

    const applicant = await h.svc.token({ role: 'applicant', uscc: '91110000600037341L' });
    expect((await h.svc.request('GET', '/api/v1/objections', { token: applicant })).status).toBe(403);
    expect((await h.svc.request('GET', '/api/v1/objections')).status).toBe(401);
    const missing = await h.svc.request(
      'GET',
      '/api/v1/notices/0b5a4a1e-2a4d-4d0e-8b1e-1d1a0e5b7c11/objections',
      {
        token: h.officer,
      },
    );
    expect(missing.status).toBe(404);
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
