import {
  waitForAuditChain,
  EventProbe,
  expectListEndpoint,
  makeUscc,
  makeUuid,
  type TestService,
  startServiceHarness,
  type ServiceHarness,
} from '@lz/testing';
import { AppModule } from '../app.module';
import {
  auditRows,
  decideCity,
  drawPanel,
  expertToken,
  fullMarks,
  officerToken,
  prismaOf,
  recommend,
  registerExpert,
  registerExperts,
  scoreAll,
  submit,
  type CityReviewBody,
} from '../test-support/review-harness';
import { REVIEW } from '../review.definition';
import { CityReviewController } from './city-review.controller';

jest.setTimeout(60_000);

describe(CityReviewController.name, () => {
  let svc: TestService;
  let probe: EventProbe;

  let harness: ServiceHarness;

  beforeAll(async () => {
    harness = await startServiceHarness(REVIEW, (config, runtime) => AppModule.forRoot(config, runtime));
    ({ svc, probe } = harness);
  });
  afterAll(() => harness.close());

  const freshField = () => `领域-${makeUuid().slice(0, 8)}`;
  const view = async (applicationId: string, token?: string) =>
    svc.request('GET', `/api/v1/city-reviews/${applicationId}`, {
      token: token ?? (await officerToken(svc)),
    });

  it('registers experts and lists the pool for officers only', async () => {
    const field = freshField();
    const e = await registerExpert(svc, { name: '李四', fields: [field, field] });
    expect(e).toMatchObject({ name: '李四', fields: [field] });
    const list = await svc.request('GET', `/api/v1/experts?field=${encodeURIComponent(field)}`, {
      token: await officerToken(svc),
    });
    expect(list.body).toEqual({
      items: [expect.objectContaining({ id: e.id })],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    const officer = await officerToken(svc);
    await expectListEndpoint(svc, '/api/v1/experts', officer);
    const second = await registerExpert(svc, { name: '王五', fields: [field] });
    const named = await svc.request(
      'GET',
      `/api/v1/experts?q=${encodeURIComponent('王五')}&field=${encodeURIComponent(field)}`,
      {
        token: officer,
      },
    );
    expect(named.body).toMatchObject({ total: 1, items: [{ id: second.id }] });
    const byOrg = await svc.request('GET', `/api/v1/experts?q=${second.orgUscc.toLowerCase()}`, {
      token: officer,
    });
    expect((byOrg.body as { items: Array<{ id: string }> }).items.map((x) => x.id)).toContain(second.id);
    const pages = await Promise.all(
      [1, 2].map(async (page) =>
        (
          (
            await svc.request(
              'GET',
              `/api/v1/experts?field=${encodeURIComponent(field)}&pageSize=1&page=${page}&sort=-name`,
              {
                token: officer,
              },
            )
          ).body as { items: Array<{ id: string }> }
        ).items.map((x) => x.id),
      ),
    );
    expect(pages.flat()).toHaveLength(2);
    expect(new Set(pages.flat())).toEqual(new Set([e.id, second.id]));
    const bad = await svc.request('POST', '/api/v1/experts', {
      token: await officerToken(svc),
      body: { name: 'x', orgUscc: '91110000600037341X', fields: [field] },
    });
    expect(bad.status).toBe(400);
    const asReviewer = await svc.request('GET', '/api/v1/experts', {
      token: await svc.token({ role: 'reviewer', jurisdiction: '510502' }),
    });
    expect(asReviewer.status).toBe(403);
    expect(await auditRows(svc, e.id, 'expert.registered')).toHaveLength(1);
  });

  it('draws a panel only after a recommendation (409, 3.4)', async () => {
    const { applicationId } = await submit(svc, { field: freshField() });
    const res = await drawPanel(svc, applicationId, 1);
    expect(res).toMatchObject({ status: 409, body: { errors: [{ rule: '3.4' }] } });
    expect((await drawPanel(svc, 'no-such-application', 1)).status).toBe(404);
  });

  it('answers 409 saying how many experts are missing when the field has too few eligible experts', async () => {
    const field = freshField();
    const lead = makeUscc();
    const { applicationId } = await submit(svc, { field, leadUscc: lead });
    await recommend(svc, applicationId);
    await registerExperts(svc, field, 2);
    await registerExpert(svc, { orgUscc: lead, fields: [field] }); // 回避: the lead's own expert
    const res = await drawPanel(svc, applicationId, 4);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ errors: [{ rule: '3.4', path: 'size' }] });
    expect((res.body as { detail: string }).detail).toMatch(/2 are eligible \(1 excluded.*\); 2 missing/);
    expect((await view(applicationId)).body).toMatchObject({ draw: null, panel: [] });
  });

  it('runs a city review: draw, assigned experts only, scores against the rubric, decision and its event', async () => {
    const field = freshField();
    const { applicationId, doc } = await submit(svc, { field });
    await recommend(svc, applicationId);
    const experts = await registerExperts(svc, field, 4);
    const conflicted = await registerExpert(svc, { orgUscc: doc.members[0].uscc, fields: [field] });

    const drawn = await drawPanel(svc, applicationId, 3);
    expect(drawn.status).toBe(201);
    const body = drawn.body as CityReviewBody;
    expect(body.draw).toMatchObject({ size: 3, excluded: [conflicted.id] });
    expect(body.draw!.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(body.panel.map((p) => p.expertId)).toEqual(body.draw!.panel);
    expect(body.panel.map((p) => p.expertId)).not.toContain(conflicted.id);
    expect((await drawPanel(svc, applicationId, 3)).status).toBe(409);

    const byId = new Map([...experts, conflicted].map((e) => [e.id, e]));
    const [first, second, third] = body.panel.map((p) => byId.get(p.expertId)!);
    const outsider = experts.find((e) => !body.draw!.panel.includes(e.id))!;

    // Not assigned (the reserve expert, the conflicted one, a stranger): cannot read or score — 404.
    for (const who of [outsider, conflicted]) {
      const token = await expertToken(svc, who);
      expect((await view(applicationId, token)).status).toBe(404);
      const s = await svc.request('POST', `/api/v1/city-reviews/${applicationId}/scores`, {
        token,
        body: { items: fullMarks(), comment: '' },
      });
      expect(s.status).toBe(404);
    }
    // An assigned expert id with another organisation in the token is not that expert.
    const impostor = await svc.token({ role: 'expert', sub: first.id, org: makeUscc() });
    expect((await view(applicationId, impostor)).status).toBe(404);

    // Lists: the officer sees the open review, an expert only its own assignments.
    const ids = async (token: string, query = '?pageSize=100') =>
      (
        (await svc.request('GET', `/api/v1/city-reviews${query}`, { token })).body as {
          items: Array<{ applicationId: string }>;
        }
      ).items.map((i) => i.applicationId);
    expect(await ids(await officerToken(svc))).toContain(applicationId);
    expect(await ids(await expertToken(svc, first))).toEqual([applicationId]);
    expect(await ids(await expertToken(svc, outsider))).toEqual([]);
    await expectListEndpoint(svc, '/api/v1/city-reviews', await officerToken(svc));
    await expectListEndpoint(svc, '/api/v1/city-reviews', await expertToken(svc, first));
    expect(await ids(await officerToken(svc), `?field=${encodeURIComponent(field)}`)).toEqual([
      applicationId,
    ]);
    expect(await ids(await expertToken(svc, first), '?status=FILED')).toEqual([]);

    // The assigned expert reads the review (own scores only, no aggregate).
    const asFirst = await view(applicationId, await expertToken(svc, first));
    expect(asFirst).toMatchObject({ status: 200, body: { aggregate: null, scores: [] } });

    // Scores are checked against the rubric of the policy.
    const bad = await svc.request('POST', `/api/v1/city-reviews/${applicationId}/scores`, {
      token: await expertToken(svc, first),
      body: { items: [{ criterion: 'TECHNOLOGY', score: 99 }], comment: '' },
    });
    expect(bad.status).toBe(422);
    expect((bad.body as { errors: Array<{ rule: string; path: string }> }).errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: '3.4', path: 'items[0].score' })]),
    );

    for (const [e, delta] of [
      [first, 10],
      [second, 0],
    ] as const) {
      const ok = await svc.request('POST', `/api/v1/city-reviews/${applicationId}/scores`, {
        token: await expertToken(svc, e),
        body: { items: fullMarks(delta), comment: '同意' },
      });
      expect(ok).toMatchObject({ status: 200, body: { total: 100 - delta } });
    }
    // Not every expert has scored yet.
    const early = await decideCity(svc, applicationId);
    expect(early).toMatchObject({ status: 409, body: { errors: [{ rule: '3.4' }] } });
    expect((early.body as { detail: string }).detail).toContain('1 of 3');

    await svc.request('POST', `/api/v1/city-reviews/${applicationId}/scores`, {
      token: await expertToken(svc, third),
      body: { items: fullMarks(5), comment: '' },
    });
    const officerView = (await view(applicationId)).body as CityReviewBody;
    expect(officerView.scores.map((s) => s.total).sort()).toEqual([100, 90, 95].sort());
    expect(officerView.aggregate).toEqual({ scored: 3, assigned: 3, mean: 95 });

    const decided = await decideCity(svc, applicationId);
    expect(decided).toMatchObject({
      status: 200,
      body: { decision: 'TO_BE_FILED', aggregateScore: 95, status: 'CITY_TO_BE_FILED' },
    });
    const [event] = await probe.waitFor(
      (e) => e.type === 'review.city.decided.v1' && e.data.applicationId === applicationId,
    );
    expect(event.data).toEqual({
      applicationId,
      revision: 1,
      decision: 'TO_BE_FILED',
      opinion: '专家评审通过,拟备案。',
      aggregateScore: 95,
      decidedBy: 'officer-1',
      decidedAt: expect.any(String),
      name: doc.name,
      field,
      leadUscc: doc.lead.uscc,
      leadName: doc.lead.name,
      jurisdictionCode: '510502',
    });
    // After the decision: no more scores, no second decision.
    const late = await svc.request('POST', `/api/v1/city-reviews/${applicationId}/scores`, {
      token: await expertToken(svc, first),
      body: { items: fullMarks(), comment: '' },
    });
    expect(late).toMatchObject({ status: 409, body: { errors: [{ rule: '3.4' }] } });
    expect((await decideCity(svc, applicationId, 'REJECT')).status).toBe(409);

    for (const action of ['panel.drawn', 'city-review.scored', 'city-review.decided']) {
      expect((await auditRows(svc, applicationId, action)).length).toBeGreaterThan(0);
    }
    expect(await auditRows(svc, applicationId, 'city-review.scored')).toHaveLength(3);
    expect(await waitForAuditChain(prismaOf(svc))).toMatchObject({ ok: true, unchained: 0 });
    expect(
      probe
        .of('review.city.decided.v1')
        .filter((e) => (e.data as { applicationId: string }).applicationId === applicationId),
    ).toHaveLength(1);
  });

  it('replaces an expert who declines by the next expert of the stored order', async () => {
    const field = freshField();
    const { applicationId } = await submit(svc, { field });
    await recommend(svc, applicationId);
    const experts = await registerExperts(svc, field, 3);
    const body = (await drawPanel(svc, applicationId, 2)).body as CityReviewBody;
    const [declining, staying] = body.draw!.panel.map((id) => experts.find((e) => e.id === id)!);
    const reserve = body.draw!.reserve[0];

    // Without a reason: refused at the field, nothing changes.
    const bare = await svc.request('POST', `/api/v1/city-reviews/${applicationId}/decline`, {
      token: await expertToken(svc, declining),
      body: { reason: '  ' },
    });
    expect(bare).toMatchObject({ status: 400, body: { errors: [{ path: 'reason' }] } });
    expect(((await view(applicationId)).body as CityReviewBody).panel).toHaveLength(2);

    const reason = '本人曾参与该联合体牵头单位的项目,申请回避。';
    const res = await svc.request('POST', `/api/v1/city-reviews/${applicationId}/decline`, {
      token: await expertToken(svc, declining),
      body: { reason },
    });
    expect(res).toMatchObject({ status: 200, body: { declined: declining.id, replacement: reserve } });
    const after = (await view(applicationId)).body as CityReviewBody;
    expect(after.panel.map((p) => [p.expertId, p.status, p.declineReason])).toEqual([
      [declining.id, 'DECLINED', reason],
      [staying.id, 'ASSIGNED', null],
      [reserve, 'ASSIGNED', null],
    ]);
    // The panel reads who is in the consortium.
    expect(after.members.length).toBeGreaterThan(0);
    expect(after.members[0]).toEqual(
      expect.objectContaining({ uscc: expect.any(String), name: expect.any(String) }),
    );
    // The declined expert is no longer assigned; the reserve is exhausted for the next decline.
    expect((await view(applicationId, await expertToken(svc, declining))).status).toBe(404);
    const again = await svc.request('POST', `/api/v1/city-reviews/${applicationId}/decline`, {
      token: await expertToken(svc, staying),
      body: { reason: '时间冲突,无法参加。' },
    });
    expect(again).toMatchObject({ status: 409, body: { errors: [{ rule: '3.4' }] } });

    await scoreAll(svc, applicationId, experts, 20);
    const decided = await decideCity(svc, applicationId, 'REJECT');
    expect(decided.body).toMatchObject({ status: 'CITY_REJECTED', aggregateScore: 80 });
    expect(await auditRows(svc, applicationId, 'city-review.declined')).toHaveLength(1);
  });
});
