import { expectListEndpoint } from '@lz/testing';
import { NoticesController } from './notices.controller';
import { seedCandidates, startPublicity, type PublicityHarness } from '../test-support/publicity-harness';

interface NoticeBody {
  id: string;
  endsAt: string;
  lastWorkingDay: string;
  provisional: boolean;
  items: { applicationId: string; status: string; objections: Record<string, number> }[];
  [k: string]: unknown;
}

describe(NoticesController.name, () => {
  let h: PublicityHarness;
  beforeAll(async () => {
    h = await startPublicity();
  });
  afterAll(() => h.close());

  const publish = (body: unknown, token = h.officer) =>
    h.svc.request('POST', '/api/v1/notices', { token, body });

  it.each([
    ['2026-02-12T10:00:00+08:00', '2026-02-26', '2026-02-27T00:00:00+08:00'],
    ['2025-09-30T10:00:00+08:00', '2025-10-14', '2025-10-15T00:00:00+08:00'],
    ['2026-09-30T10:00:00+08:00', '2026-10-13', '2026-10-14T00:00:00+08:00'],
  ])(
    'answers the docs/SPEC.md §7 worked example published %s → last working day %s, over HTTP',
    async (from, last, ends) => {
      const deadline = await h.svc.request(
        'GET',
        `/api/v1/calendar/deadline?from=${encodeURIComponent(from)}&workingDays=5`,
      );
      expect(deadline).toMatchObject({
        status: 200,
        body: {
          lastWorkingDay: last,
          endsAt: ends,
          provisional: false,
          countingRule: 'NEXT_DAY',
          closingTime: '24:00',
        },
      });

      const [applicationId] = await seedCandidates(h, 1);
      const res = await publish({
        title: `公示 ${from}`,
        applicationIds: [applicationId],
        publishedAt: from,
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        lastWorkingDay: last,
        endsAt: ends,
        provisional: false,
        workingDays: 5,
      });
    },
  );

  it('answers the deadline at a closing time given in the query', async () => {
    const res = await h.svc.request(
      'GET',
      `/api/v1/calendar/deadline?from=${encodeURIComponent('2026-02-12T10:00:00+08:00')}&workingDays=5&closingTime=18:00`,
    );
    expect(res.body).toMatchObject({ endsAt: '2026-02-26T18:00:00+08:00', closingTime: '18:00' });
  });

  it('shows a notice to the public without login: the period, the counting rule, the items and how to object', async () => {
    const ids = await seedCandidates(h, 2);
    const published = await publish({ title: '2026年度拟备案名单公示', applicationIds: ids });
    expect(published.status).toBe(201);
    const id = (published.body as NoticeBody).id;

    const res = await h.svc.request('GET', `/api/v1/notices/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id,
      status: 'OPEN',
      acceptingObjections: true,
      workingDays: 5,
      countingRule: 'NEXT_DAY',
      closingTime: '24:00',
      period: { text: expect.stringContaining('next day'), textZh: expect.stringContaining('次日') },
      howToObject: { path: `/api/v1/notices/${id}/objections`, textZh: expect.stringContaining('异议') },
      items: ids.map((applicationId) => ({
        applicationId,
        status: 'IN_PUBLICITY',
        leadName: expect.any(String),
      })),
    });
    const list = await h.svc.request('GET', '/api/v1/notices?pageSize=100');
    expect((list.body as { items: NoticeBody[] }).items.map((n) => n.id)).toContain(id);

    const event = await h.probe.waitFor(
      (e) => e.type === 'publicity.notice.published.v1' && (e.data as { noticeId: string }).noticeId === id,
    );
    expect(event[0].data).toMatchObject({
      items: ids.map((applicationId) => ({ applicationId })),
      provisional: false,
    });
  });

  it('lists notices by the list convention: pages that never repeat or skip one, in any documented order', async () => {
    // Seven notices published at one instant: only the id tiebreak orders them within a sort key.
    const at = new Date(Date.now() - 3_600_000).toISOString(); // open for days yet
    const titles = ['乙批 50%', '甲批', '乙批', '甲批', '丙批', '乙批', '甲批'];
    const mine: string[] = [];
    for (const title of titles) {
      const [a] = await seedCandidates(h, 1);
      const res = await publish({ title, applicationIds: [a], publishedAt: at });
      mine.push((res.body as NoticeBody).id);
    }
    await expectListEndpoint(h.svc, '/api/v1/notices');

    for (const sort of ['-publishedAt', 'title', '-title,publishedAt', 'endsAt']) {
      const all = await h.svc.request('GET', `/api/v1/notices?pageSize=100&sort=${sort}`);
      const { items, total } = all.body as { items: NoticeBody[]; total: number };
      const seen: string[] = [];
      for (let page = 1; page <= Math.ceil(total / 3); page += 1) {
        const res = await h.svc.request('GET', `/api/v1/notices?pageSize=3&page=${page}&sort=${sort}`);
        expect(res.body).toMatchObject({ page, pageSize: 3, total });
        seen.push(...(res.body as { items: NoticeBody[] }).items.map((n) => n.id));
      }
      expect({ sort, seen }).toEqual({ sort, seen: items.map((n) => n.id) });
      expect(new Set(seen).size).toBe(total);
      expect(seen).toEqual(expect.arrayContaining(mine));
    }

    // The default order is the newest publication first.
    const byDefault = (await h.svc.request('GET', '/api/v1/notices?pageSize=100')).body as {
      items: Array<NoticeBody & { publishedAt: string }>;
    };
    const instants = byDefault.items.map((n) => Date.parse(n.publishedAt));
    expect(instants).toEqual([...instants].sort((x, y) => y - x));

    // q searches the title, wildcards literal; status filters.
    const found = await h.svc.request('GET', `/api/v1/notices?q=${encodeURIComponent(' 50% ')}`);
    expect((found.body as { items: NoticeBody[] }).items.map((n) => n.id)).toEqual([mine[0]]);
    const percent = await h.svc.request('GET', `/api/v1/notices?q=${encodeURIComponent('%')}`);
    expect((percent.body as { total: number }).total).toBe(1);
    const jia = await h.svc.request('GET', `/api/v1/notices?q=${encodeURIComponent('甲批')}&status=OPEN`);
    expect((jia.body as { total: number }).total).toBe(3);
    const expired = await h.svc.request('GET', '/api/v1/notices?status=EXPIRED&pageSize=100');
    const expiredIds = (expired.body as { items: NoticeBody[] }).items.map((n) => n.id);
    expect(expiredIds.filter((id) => mine.includes(id))).toEqual([]);

    const bad = await h.svc.request('GET', '/api/v1/notices?sort=title,-contactPhone');
    expect(bad).toMatchObject({
      status: 400,
      body: {
        errors: [
          {
            rule: 'list.sort',
            path: 'query.sort',
            message: "sort cannot use 'contactPhone'; allowed: publishedAt, endsAt, title",
            messageZh: expect.stringContaining('sort 不支持字段“contactPhone”'),
          },
        ],
      },
    });
  });

  it('documents the page answer and the list parameters in its OpenAPI document', async () => {
    const doc = (await h.svc.request('GET', '/docs-json')).body as {
      paths: Record<
        string,
        Record<string, { parameters: Array<Record<string, unknown>>; responses: object }>
      >;
    };
    const list = doc.paths['/api/v1/notices'].get;
    expect(list.responses).toMatchObject({
      200: {
        content: {
          'application/json': {
            schema: {
              required: ['items', 'total', 'page', 'pageSize'],
              properties: { items: { type: 'array', items: { properties: { endsAt: {} } } } },
            },
          },
        },
      },
    });
    expect(list.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'page',
          in: 'query',
          schema: expect.objectContaining({ type: 'integer', default: 1 }),
        }),
        expect.objectContaining({
          name: 'pageSize',
          schema: expect.objectContaining({ maximum: 100, default: 20 }),
        }),
        expect.objectContaining({
          name: 'sort',
          schema: expect.objectContaining({ default: '-publishedAt' }),
        }),
        expect.objectContaining({ name: 'q' }),
        expect.objectContaining({ name: 'status' }),
      ]),
    );
  });

  it('refuses to publish an application the city rejected, naming rule 3.5', async () => {
    const [rejected] = await seedCandidates(h, 1, 'REJECT');
    const res = await publish({ title: '公示', applicationIds: [rejected] });
    expect(res).toMatchObject({
      status: 409,
      body: { errors: [{ rule: '3.5', path: 'applicationIds[0]' }] },
    });
  });

  it('refuses to publish an application it never heard of from the city review', async () => {
    const res = await publish({ title: '公示', applicationIds: ['never-decided'] });
    expect(res).toMatchObject({ status: 409, body: { errors: [{ rule: '3.5' }] } });
  });

  it('refuses to put an application on a second notice and publishes nothing of that request', async () => {
    const [a, b] = await seedCandidates(h, 2);
    expect((await publish({ title: '第一批', applicationIds: [a] })).status).toBe(201);
    const res = await publish({ title: '第二批', applicationIds: [b, a] });
    expect(res).toMatchObject({
      status: 409,
      body: { errors: [{ rule: '3.5', path: 'applicationIds[1]' }] },
    });
    // b was rolled back with the refused notice: it can still be published.
    expect((await publish({ title: '第二批', applicationIds: [b] })).status).toBe(201);
  });

  it('refuses a publication instant in the future', async () => {
    const [a] = await seedCandidates(h, 1);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const res = await publish({ title: '公示', applicationIds: [a], publishedAt: future });
    expect(res).toMatchObject({ status: 400, body: { errors: [{ path: 'publishedAt' }] } });
  });

  it('lets only officers publish', async () => {
    const [a] = await seedCandidates(h, 1);
    const applicant = await h.svc.token({ role: 'applicant', uscc: '91110000600037341L' });
    expect((await publish({ title: '公示', applicationIds: [a] }, applicant)).status).toBe(403);
    expect(
      (await h.svc.request('POST', '/api/v1/notices', { body: { title: 't', applicationIds: [a] } })).status,
    ).toBe(401);
  });

  it('lists for officers the applications to be filed that are on no notice yet, by the list convention', async () => {
    const [a, b, c] = await seedCandidates(h, 3);
    const [rejected] = await seedCandidates(h, 1, 'REJECT');
    expect((await publish({ title: '候选之外', applicationIds: [b] })).status).toBe(201);
    await expectListEndpoint(h.svc, '/api/v1/notices/candidates', h.officer);
    const all = await h.svc.request('GET', '/api/v1/notices/candidates?pageSize=100', { token: h.officer });
    expect(all.status).toBe(200);
    const ids = (all.body as { items: { applicationId: string }[] }).items.map((i) => i.applicationId);
    expect(ids).toEqual(expect.arrayContaining([a, c]));
    expect(ids).not.toContain(b); // already on a notice
    expect(ids).not.toContain(rejected); // the city rejected it
    // Oldest decision first, every page in the same total order.
    const pages: string[] = [];
    const total = (all.body as { total: number }).total;
    for (let page = 1; (page - 1) * 2 < total; page++) {
      const res = await h.svc.request('GET', `/api/v1/notices/candidates?pageSize=2&page=${page}&sort=name`, {
        token: h.officer,
      });
      pages.push(...(res.body as { items: { applicationId: string }[] }).items.map((i) => i.applicationId));
    }
    expect(new Set(pages).size).toBe(total);
    const named = await h.svc.request('GET', '/api/v1/notices/candidates?q=%E8%81%94%E5%90%88%E4%BD%93%203', {
      token: h.officer,
    });
    expect(
      (named.body as { items: { name: string }[] }).items.every((i) => i.name.includes('联合体 3')),
    ).toBe(true);
    // Officers only: the list names applicants before anything is public.
    const applicant = await h.svc.token({ role: 'applicant', uscc: '91110000600037341L' });
    expect((await h.svc.request('GET', '/api/v1/notices/candidates', { token: applicant })).status).toBe(403);
    expect((await h.svc.request('GET', '/api/v1/notices/candidates')).status).toBe(401);
  });

  it('answers 404 problem+json for a notice that does not exist', async () => {
    const res = await h.svc.request('GET', '/api/v1/notices/7b0e2d7e-6a4f-4f55-9a47-2c1a1c7d9f00');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
