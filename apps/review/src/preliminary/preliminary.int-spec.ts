import type { PreliminaryDecidedV1 } from '@lz/policy';
import {
  waitForAuditChain,
  EventProbe,
  expectListEndpoint,
  makeUscc,
  makeApplicationDocument,
  makeEnvelope,
  submittedEventData,
  type TestService,
  startServiceHarness,
  type ServiceHarness,
} from '@lz/testing';
import { AppModule } from '../app.module';
import {
  auditRows,
  prismaOf,
  publishHandled,
  reviewerToken,
  submit,
  waitForStatus,
} from '../test-support/review-harness';
import { REVIEW } from '../review.definition';
import { PreliminaryController } from './preliminary.controller';

jest.setTimeout(60_000);

describe(PreliminaryController.name, () => {
  let svc: TestService;
  let probe: EventProbe;

  let harness: ServiceHarness;

  beforeAll(async () => {
    harness = await startServiceHarness(REVIEW, (config, runtime) => AppModule.forRoot(config, runtime));
    ({ svc, probe } = harness);
  });
  afterAll(() => harness.close());

  const decide = async (applicationId: string, jurisdiction: string, body: Record<string, unknown>) =>
    svc.request('POST', `/api/v1/preliminary-reviews/${applicationId}/decision`, {
      token: await reviewerToken(svc, jurisdiction),
      body,
    });

  it('never shows or lets a reviewer of 510502 decide an application of 510504 (404)', async () => {
    const { applicationId } = await submit(svc, { jurisdictionCode: '510504' });

    const queue502 = await svc.request('GET', '/api/v1/preliminary-reviews', {
      token: await reviewerToken(svc, '510502'),
    });
    expect(queue502.status).toBe(200);
    expect(
      (queue502.body as { items: Array<{ applicationId: string }> }).items.map((i) => i.applicationId),
    ).not.toContain(applicationId);
    const queue504 = await svc.request('GET', '/api/v1/preliminary-reviews', {
      token: await reviewerToken(svc, '510504'),
    });
    expect(
      (queue504.body as { items: Array<{ applicationId: string }> }).items.map((i) => i.applicationId),
    ).toContain(applicationId);

    const foreign = await decide(applicationId, '510502', { decision: 'RECOMMEND', opinion: '同意推荐' });
    expect(foreign.status).toBe(404);
    expect(foreign.headers.get('content-type')).toContain('application/problem+json');
    expect((await prismaOf(svc).reviewCase.findUnique({ where: { applicationId } }))?.status).toBe(
      'SUBMITTED',
    );

    const own = await decide(applicationId, '510504', { decision: 'RECOMMEND', opinion: '同意推荐' });
    expect(own.status).toBe(200);
  });

  it("pages a jurisdiction's queue by the list convention, filtered by call, status and q, and only its own", async () => {
    const token = await reviewerToken(svc, '510524');
    const lead = makeUscc({ seed: 'queue-lead', orgType: '91', division: '510524' });
    const a = await submit(svc, {
      jurisdictionCode: '510524',
      callId: 'call-a',
      name: '古蔺郎酒酿造创新联合体',
    });
    const b = await submit(svc, { jurisdictionCode: '510524', callId: 'call-b', name: '叙永竹业创新联合体' });
    const c = await submit(svc, {
      jurisdictionCode: '510524',
      callId: 'call-a',
      name: '赤水河生态联合体',
      leadUscc: lead,
    });
    const elsewhere = await submit(svc, {
      jurisdictionCode: '510525',
      callId: 'call-a',
      name: '古蔺郎酒酿造创新联合体',
    });
    await expectListEndpoint(svc, '/api/v1/preliminary-reviews', token);

    const ids = async (query: string) =>
      (
        (await svc.request('GET', `/api/v1/preliminary-reviews${query}`, { token })).body as {
          items: Array<{ applicationId: string }>;
        }
      ).items.map((i) => i.applicationId);
    // Oldest submission first; a page of two, then the rest: nothing repeated or skipped.
    expect(await ids('')).toEqual([a, b, c].map((x) => x.applicationId));
    expect([...(await ids('?pageSize=2')), ...(await ids('?pageSize=2&page=2'))]).toEqual(
      [a, b, c].map((x) => x.applicationId),
    );
    expect(await ids('?sort=-submittedAt')).toEqual([c, b, a].map((x) => x.applicationId));
    expect(await ids('?callId=call-a')).toEqual([a, c].map((x) => x.applicationId));
    expect(await ids(`?q=${encodeURIComponent('郎酒')}`)).toEqual([a.applicationId]);
    expect(await ids(`?q=${lead.slice(2, 12).toLowerCase()}`)).toEqual([c.applicationId]);
    expect(await ids('?q=%25')).toEqual([]);
    expect(await ids('?pageSize=100')).not.toContain(elsewhere.applicationId);

    // Decided ones leave the default queue; status=PRELIM_RECOMMENDED lists them, still only 510524's.
    await decide(a.applicationId, '510524', { decision: 'RECOMMEND', opinion: '同意推荐' });
    await decide(elsewhere.applicationId, '510525', { decision: 'RECOMMEND', opinion: '同意推荐' });
    expect(await ids('')).toEqual([b, c].map((x) => x.applicationId));
    expect(await ids('?status=PRELIM_RECOMMENDED')).toEqual([a.applicationId]);
    const bad = await svc.request('GET', '/api/v1/preliminary-reviews?status=NOPE', { token });
    expect(bad).toMatchObject({ status: 400, body: { errors: [{ path: 'query.status' }] } });
  });

  it('refuses other roles on the queue and the decision (403) and unknown applications (404)', async () => {
    const officer = await svc.token({ role: 'officer' });
    expect((await svc.request('GET', '/api/v1/preliminary-reviews', { token: officer })).status).toBe(403);
    expect((await svc.request('GET', '/api/v1/preliminary-reviews')).status).toBe(401);
    expect(
      (await decide('no-such-application', '510502', { decision: 'RECOMMEND', opinion: 'x' })).status,
    ).toBe(404);
  });

  it('records a recommendation: audit row, one review.preliminary.decided.v1 with what intake needs', async () => {
    const { applicationId } = await submit(svc);
    const res = await decide(applicationId, '510502', {
      decision: 'RECOMMEND',
      opinion: '符合条件,同意推荐。',
    });
    expect(res).toMatchObject({
      status: 200,
      body: { applicationId, revision: 1, decision: 'RECOMMEND', status: 'PRELIM_RECOMMENDED' },
    });
    const [event] = await probe.waitFor(
      (e) => e.type === 'review.preliminary.decided.v1' && e.data.applicationId === applicationId,
    );
    expect(event.data).toMatchObject({
      applicationId,
      revision: 1,
      jurisdictionCode: '510502',
      decision: 'RECOMMEND',
      opinion: '符合条件,同意推荐。',
      decidedBy: 'reviewer-510502',
    });
    const again = await decide(applicationId, '510502', { decision: 'NOT_RECOMMEND', opinion: '改主意' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ errors: [{ rule: '3.3' }] });

    expect(await auditRows(svc, applicationId, 'preliminary.decided')).toEqual([
      expect.objectContaining({ actor: 'reviewer-510502', role: 'reviewer', outcome: 'SUCCESS' }),
    ]);
    expect(await waitForAuditChain(prismaOf(svc))).toMatchObject({ ok: true, unchained: 0 });
    await probe.expectExactly(
      (e) => e.type === 'review.preliminary.decided.v1' && e.data.applicationId === applicationId,
      1,
    );
  });

  it('returns for revision, and the resubmission comes back to the same queue as a new revision', async () => {
    const { applicationId } = await submit(svc);
    const returned = await decide(applicationId, '510502', { decision: 'RETURN', opinion: '补充组建协议。' });
    expect(returned.body).toMatchObject({ status: 'RETURNED', revision: 1 });
    await probe.waitFor(
      (e) =>
        e.type === 'review.preliminary.decided.v1' &&
        e.data.applicationId === applicationId &&
        e.data.decision === 'RETURN',
    );
    const queue = async () =>
      (
        (await svc.request('GET', '/api/v1/preliminary-reviews', { token: await reviewerToken(svc) }))
          .body as {
          items: Array<{ applicationId: string; revision: number }>;
        }
      ).items.filter((i) => i.applicationId === applicationId);
    expect(await queue()).toEqual([]);
    expect((await decide(applicationId, '510502', { decision: 'RECOMMEND', opinion: 'x' })).status).toBe(409);

    await submit(svc, { applicationId, revision: 2 });
    expect(await queue()).toEqual([expect.objectContaining({ revision: 2 })]);
    const stale = await decide(applicationId, '510502', { decision: 'RECOMMEND', opinion: 'x', revision: 1 });
    expect(stale).toMatchObject({ status: 409, body: { errors: [{ rule: '3.3', path: 'revision' }] } });
    const ok = await decide(applicationId, '510502', {
      decision: 'NOT_RECOMMEND',
      opinion: '不符合条件。',
      revision: 2,
    });
    expect(ok.body).toMatchObject({ status: 'PRELIM_REJECTED', revision: 2 });
    await waitForStatus(svc, applicationId, 'PRELIM_REJECTED', 2);
    const events = await probe.waitFor(
      (e) => e.type === 'review.preliminary.decided.v1' && e.data.applicationId === applicationId,
      { count: 2 },
    );
    expect(
      events.map((e) => [
        (e.data as PreliminaryDecidedV1).revision,
        (e.data as PreliminaryDecidedV1).decision,
      ]),
    ).toEqual([
      [1, 'RETURN'],
      [2, 'NOT_RECOMMEND'],
    ]);
    expect(await prismaOf(svc).preliminaryDecision.count({ where: { applicationId } })).toBe(2);
  });

  it('ignores a redelivered or stale submission event', async () => {
    const { applicationId } = await submit(svc);
    await decide(applicationId, '510502', { decision: 'RECOMMEND', opinion: '同意' });
    // The same revision again (intake republishing) must not re-open the case.
    await publishHandled(
      svc,
      makeEnvelope(
        'intake.application.submitted.v1',
        submittedEventData(makeApplicationDocument({}, { seed: applicationId }), {
          applicationId,
          revision: 1,
        }),
      ),
    );
    expect((await prismaOf(svc).reviewCase.findUnique({ where: { applicationId } }))?.status).toBe(
      'PRELIM_RECOMMENDED',
    );
  });

  it('validates the decision body (400 naming the field)', async () => {
    const { applicationId } = await submit(svc);
    const res = await decide(applicationId, '510502', { decision: 'MAYBE', opinion: '' });
    expect(res.status).toBe(400);
    expect((res.body as { errors: Array<{ path: string }> }).errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['decision', 'opinion']),
    );
  });
});
