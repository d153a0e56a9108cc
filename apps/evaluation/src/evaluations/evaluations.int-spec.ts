import type { AnyEventEnvelope } from '@lz/policy';
import { expectListEndpoint, makeEnvelope, makeUscc, publishTestEvent } from '@lz/testing';
import {
  assign,
  cyclesOf,
  filedOnOpeningTomorrow,
  getEvaluation,
  grade,
  jumpAndWait,
  openWindow,
  register,
  runCycle,
  sleep,
  startEvaluation,
  submitReport,
  waitUntil,
  type EvaluationBody,
  type EvaluationHarness,
} from '../test-support/evaluation-harness';
import { EvaluationsController } from './evaluations.controller';

// Windows open and close through real BullMQ delayed jobs (clock jumped to 1 s before; reconcile 1 s).
jest.setTimeout(45_000);

const of = (type: string, consortiumId: string) => (e: AnyEventEnvelope) =>
  e.type === type && (e.data as { consortiumId: string }).consortiumId === consortiumId;

describe(EvaluationsController.name, () => {
  let h: EvaluationHarness;
  let evaluator: { org: string; token: string };
  beforeAll(async () => {
    h = await startEvaluation();
    const org = makeUscc();
    evaluator = { org, token: await h.svc.token({ role: 'evaluator', org, sub: 'evaluator-1' }) };
  });
  afterAll(() => h.close());

  it('schedules the first cycle on the second anniversary of filing, in Asia/Shanghai dates, once', async () => {
    const c = await register(h, '2026-03-10');
    const e = await getEvaluation(h, c.evaluationId);
    expect(e).toMatchObject({
      consortiumId: c.consortiumId,
      cycle: 1,
      opensOn: '2028-03-10',
      dueOn: '2028-04-09',
      opensAt: '2028-03-10T00:00:00+08:00',
      dueAt: '2028-04-10T00:00:00+08:00',
      status: 'SCHEDULED',
      acceptingReport: false,
    });
    const { rows } = await h.db.query<{ id: string; due_at: Date; status: string }>(
      `SELECT id, due_at, status FROM deadline WHERE id LIKE $1 ORDER BY due_at`,
      [`%:${c.evaluationId}`],
    );
    expect(rows.map((r) => [r.id.split(':')[0], r.due_at.toISOString(), r.status])).toEqual([
      ['evaluation.window.open', '2028-03-09T16:00:00.000Z', 'PENDING'],
      ['evaluation.window.due', '2028-04-09T16:00:00.000Z', 'PENDING'],
    ]);

    // The registry's event again (a new envelope, e.g. a replay): still one cycle.
    await publishTestEvent(
      h.svc.config.AMQP_URL,
      makeEnvelope('review.consortium.registered.v1', {
        consortiumId: c.consortiumId,
        filedOn: '2026-03-10',
        leadUscc: c.leadUscc,
      }),
    );
    await sleep(800);
    expect(await cyclesOf(h, c.consortiumId)).toHaveLength(1);
  });

  it('opens the window through a real delayed job, never early, and takes the lead report only while open', async () => {
    const c = await register(h, filedOnOpeningTomorrow(h));
    const before = await submitReport(h, c, c.evaluationId);
    expect(before).toMatchObject({ status: 409, body: { errors: [{ rule: '5.2a' }] } });

    const opened = await openWindow(h, c.evaluationId);
    expect(opened).toMatchObject({ status: 'OPEN', acceptingReport: true });
    const { rows } = await h.db.query<{ due_at: Date; fired_at: Date }>(
      `SELECT due_at, fired_at FROM deadline WHERE id = $1`,
      [`evaluation.window.open:${c.evaluationId}`],
    );
    expect(rows[0].fired_at.getTime()).toBeGreaterThanOrEqual(rows[0].due_at.getTime());

    const other = await h.svc.token({ role: 'applicant', uscc: makeUscc() });
    expect(
      (
        await h.svc.request('POST', `/api/v1/evaluations/${c.evaluationId}/report`, {
          token: other,
          body: { performance: 'x', operation: 'y', activities: 'z', evidenceIds: [] },
        })
      ).status,
    ).toBe(404);

    const submitted = await submitReport(h, c, c.evaluationId);
    expect(submitted).toMatchObject({ status: 200, body: { status: 'SUBMITTED', acceptingReport: false } });
    const again = await submitReport(h, c, c.evaluationId);
    expect(again).toMatchObject({ status: 409, body: { errors: [{ rule: '5.2a' }] } });
  });

  it('marks a window with no report OVERDUE at its due instant, refuses a late report, and lets the evaluator still grade it', async () => {
    const c = await register(h, filedOnOpeningTomorrow(h));
    const opened = await openWindow(h, c.evaluationId);
    await jumpAndWait(h, c.evaluationId, opened.dueAt, 'OVERDUE');
    const late = await submitReport(h, c, c.evaluationId);
    expect(late).toMatchObject({ status: 409, body: { errors: [{ rule: '5.2a' }] } });
    expect((await assign(h, c.evaluationId, evaluator.org)).status).toBe(200);
    const graded = await grade(h, c.evaluationId, evaluator.token, 'QUALIFIED');
    expect(graded).toMatchObject({ status: 200, body: { status: 'GRADED', result: { passed: true } } });
  });

  it('tells the institution it was assigned, once, and the one it replaces, with the cycle and its due date', async () => {
    const c = await register(h, filedOnOpeningTomorrow(h));
    const second = makeUscc();
    expect((await assign(h, c.evaluationId, evaluator.org)).status).toBe(200);
    expect((await assign(h, c.evaluationId, evaluator.org)).status).toBe(200); // the same one again
    expect((await assign(h, c.evaluationId, second)).status).toBe(200);
    // Exactly two: the repeated assignment of the same institution tells nobody anything new.
    const events = await h.probe.expectExactly(of('evaluation.evaluator.assigned.v1', c.consortiumId), 2);
    const e = await getEvaluation(h, c.evaluationId);
    expect(events.map((x) => x.data)).toEqual([
      expect.objectContaining({
        evaluationId: c.evaluationId,
        leadUscc: c.leadUscc,
        cycle: 1,
        dueOn: e.dueOn,
        dueAt: e.dueAt,
        evaluatorOrgUscc: evaluator.org,
        previousEvaluatorOrgUscc: null,
      }),
      expect.objectContaining({ evaluatorOrgUscc: second, previousEvaluatorOrgUscc: evaluator.org }),
    ]);
  });

  it('shows a cycle only to its lead, its assigned evaluator and officers; everyone else gets 404', async () => {
    const c = await register(h, filedOnOpeningTomorrow(h));
    const path = `/api/v1/evaluations/${c.evaluationId}`;
    const otherEvaluator = await h.svc.token({ role: 'evaluator', org: makeUscc() });
    const callers = {
      lead: c.lead,
      otherApplicant: await h.svc.token({ role: 'applicant', uscc: makeUscc() }),
      evaluatorBeforeAssignment: evaluator.token,
      reviewer: await h.svc.token({ role: 'reviewer', jurisdiction: '510502' }),
      expert: await h.svc.token({ role: 'expert', org: makeUscc() }),
      officer: h.officer,
    };
    const statuses: Record<string, number> = {};
    for (const [who, token] of Object.entries(callers)) {
      statuses[who] = (await h.svc.request('GET', path, { token })).status;
    }
    expect(statuses).toEqual({
      lead: 200,
      otherApplicant: 404,
      evaluatorBeforeAssignment: 404,
      reviewer: 404,
      expert: 404,
      officer: 200,
    });
    expect((await assign(h, c.evaluationId, evaluator.org)).status).toBe(200);
    expect((await h.svc.request('GET', path, { token: evaluator.token })).status).toBe(200);
    expect((await h.svc.request('GET', path, { token: otherEvaluator })).status).toBe(404);
    expect((await grade(h, c.evaluationId, otherEvaluator, 'GOOD')).status).toBe(404);

    const mine = await h.svc.request('GET', '/api/v1/evaluations', { token: c.lead });
    expect((mine.body as { items: EvaluationBody[] }).items.map((e) => e.id)).toEqual([c.evaluationId]);
    const none = await h.svc.request('GET', '/api/v1/evaluations', { token: callers.otherApplicant });
    expect(none.body).toMatchObject({ items: [], total: 0, page: 1, pageSize: 20 });

    // The list convention for each scope, which paging and filters never widen.
    for (const token of [c.lead, callers.otherApplicant, evaluator.token, h.officer]) {
      await expectListEndpoint(h.svc, '/api/v1/evaluations', token);
    }
    const assigned = await h.svc.request('GET', `/api/v1/evaluations?consortiumId=${c.consortiumId}`, {
      token: evaluator.token,
    });
    expect((assigned.body as { items: EvaluationBody[] }).items.map((e) => e.id)).toEqual([c.evaluationId]);
    const elsewhere = await h.svc.request('GET', `/api/v1/evaluations?consortiumId=${c.consortiumId}`, {
      token: otherEvaluator,
    });
    expect(elsewhere.body).toMatchObject({ items: [], total: 0 });
    const byCycle = await h.svc.request('GET', `/api/v1/evaluations?consortiumId=${c.consortiumId}&cycle=2`, {
      token: h.officer,
    });
    expect(byCycle.body).toMatchObject({ total: 0 });
    const q = await h.svc.request('GET', '/api/v1/evaluations?q=x', { token: h.officer });
    expect(q).toMatchObject({ status: 400, body: { errors: [{ path: 'query.q' }] } });
  });

  it('does not delist after one failed evaluation followed by a pass, and schedules each next cycle two years on', async () => {
    const c = await register(h, filedOnOpeningTomorrow(h));
    const first = await runCycle(h, c, c.evaluationId, evaluator, 'UNQUALIFIED');
    expect(first.result).toMatchObject({ passed: false, consecutiveFailures: 1 });
    const [one, two] = await cyclesOf(h, c.consortiumId);
    expect(two).toMatchObject({ cycle: 2, status: 'SCHEDULED' });
    expect(Number(two.opens_on.slice(0, 4)) - Number(one.opens_on.slice(0, 4))).toBe(2);
    expect(two.opens_on.slice(4)).toBe(one.opens_on.slice(4));

    const second = await runCycle(h, c, two.id, evaluator, 'GOOD');
    expect(second.result).toMatchObject({ passed: true, consecutiveFailures: 0 });
    const results = await h.probe.waitFor(of('evaluation.result.recorded.v1', c.consortiumId), { count: 2 });
    expect(results.map((e) => (e.data as { grade: string }).grade)).toEqual(['UNQUALIFIED', 'GOOD']);
    await sleep(800);
    expect(h.probe.received.filter(of('evaluation.delisting.decided.v1', c.consortiumId))).toHaveLength(0);
    expect(await cyclesOf(h, c.consortiumId)).toHaveLength(3);
  });

  it('decides the delisting exactly once after two consecutive failed evaluations, and schedules no further cycle', async () => {
    const c = await register(h, filedOnOpeningTomorrow(h));
    await runCycle(h, c, c.evaluationId, evaluator, 'UNQUALIFIED');
    const second = (await cyclesOf(h, c.consortiumId))[1];
    const graded = await runCycle(h, c, second.id, evaluator, 'UNQUALIFIED');
    expect(graded.result).toMatchObject({ passed: false, consecutiveFailures: 2 });
    // The evaluator retries the same result: refused, nothing more is published.
    expect(await grade(h, second.id, evaluator.token, 'UNQUALIFIED')).toMatchObject({ status: 409 });

    const decided = await h.probe.expectExactly(of('evaluation.delisting.decided.v1', c.consortiumId), 1);
    expect(decided[0].data).toMatchObject({ rule: '5.2c', evaluationIds: [c.evaluationId, second.id] });
    expect((await cyclesOf(h, c.consortiumId)).map((r) => r.cycle)).toEqual([1, 2]);
    // Shown on the cycles as it happens: decided here, still ACTIVE until the registry delists it.
    const shown = await getEvaluation(h, c.evaluationId);
    expect(shown.consortium).toMatchObject({
      status: 'ACTIVE',
      delistingDecidedAt: (decided[0].data as { decidedAt: string }).decidedAt,
      delistedAt: null,
    });
  });

  it('cancels the cycles of a delisted consortium with their deadlines and creates none again', async () => {
    const c = await register(h, filedOnOpeningTomorrow(h));
    await openWindow(h, c.evaluationId);
    await publishTestEvent(
      h.svc.config.AMQP_URL,
      makeEnvelope('review.consortium.delisted.v1', { consortiumId: c.consortiumId, leadUscc: c.leadUscc }),
    );
    await waitUntil(
      async () => (await getEvaluation(h, c.evaluationId)).status === 'CANCELLED',
      'cycle cancelled',
    );
    expect((await getEvaluation(h, c.evaluationId)).consortium).toMatchObject({
      status: 'DELISTED',
      delistingDecidedAt: null,
      delistedAt: expect.stringMatching(/\+08:00$/),
    });
    const { rows } = await h.db.query<{ status: string }>(`SELECT status FROM deadline WHERE id LIKE $1`, [
      `%:${c.evaluationId}`,
    ]);
    expect(rows.map((r) => r.status).sort()).toEqual(['CANCELLED', 'FIRED']);
    expect(await submitReport(h, c, c.evaluationId)).toMatchObject({ status: 409 });

    await publishTestEvent(
      h.svc.config.AMQP_URL,
      makeEnvelope('review.consortium.registered.v1', {
        consortiumId: c.consortiumId,
        filedOn: filedOnOpeningTomorrow(h),
        leadUscc: c.leadUscc,
      }),
    );
    await sleep(800);
    expect(await cyclesOf(h, c.consortiumId)).toEqual([
      expect.objectContaining({ cycle: 1, status: 'CANCELLED' }),
    ]);
  });
});
