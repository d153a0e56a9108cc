import { expectListEndpoint, makeEnvelope, makeUscc, makeUuid, publishTestEvent } from '@lz/testing';
import {
  budgetWithRemaining,
  claimId,
  decide,
  fileClaim,
  register,
  sleep,
  startSubsidy,
  thisYear,
  waitUntil,
  type ClaimBody,
  type SubsidyHarness,
} from '../test-support/subsidy-harness';
import { ClaimsController } from './claims.controller';

jest.setTimeout(45_000);

type Res = { status: number; body: unknown };
const ruleOf = (r: Res) => (r.body as { errors?: { rule: string }[] }).errors?.[0]?.rule;

describe(ClaimsController.name, () => {
  let h: SubsidyHarness;
  beforeAll(async () => {
    h = await startSubsidy();
  });
  afterAll(() => h.close());

  it('never grants one pilot platform more than 1,000,000 yuan over all tranches, whatever 20 concurrent grants ask', async () => {
    await budgetWithRemaining(h, 10_000_000_000);
    const c = await register(h);
    const ref = `platform-${makeUuid()}`;
    // 20 tranches of 80,000 yuan: 1,600,000 yuan together, the cap is 1,000,000 yuan.
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await claimId(h, c, { ref, amountFen: 8_000_000 }));
    const results = await Promise.all(ids.map((id) => decide(h, id, 'GRANT')));
    const granted = results.filter((r) => r.status === 200).length;
    const refused = results.filter((r) => r.status === 409);
    console.log(`pilot platform cap: ${granted} granted, ${refused.length} refused (409), of 20`);
    expect(granted + refused.length).toBe(20);
    expect(refused.every((r) => ruleOf(r) === '4.3')).toBe(true);
    expect(granted).toBe(12); // 12 × 8,000,000 = 96,000,000 ≤ 100,000,000 < 13 × 8,000,000

    const { rows } = await h.db.query<{ total: string; subject: string }>(
      `SELECT (SELECT sum(granted_fen) FROM claim WHERE subject_ref = $1)::text AS total,
              (SELECT granted_fen FROM subject_grant WHERE subject_ref = $1)::text AS subject`,
      [ref],
    );
    expect(Number(rows[0].total)).toBe(96_000_000);
    expect(Number(rows[0].subject)).toBe(96_000_000);

    // The database refuses a total past the cap even if the code did not.
    await expect(
      h.db.query(`UPDATE subject_grant SET granted_fen = cap_fen + 1 WHERE subject_ref = $1`, [ref]),
    ).rejects.toThrow(/subject_grant_cap_check/);
    // 4.4: a transformation project claim above 5,000,000 yuan is refused at once.
    const over = await fileClaim(h, c, { category: 'TRANSFORMATION_PROJECT', amountFen: 500_000_001 });
    expect(over).toMatchObject({ status: 409, body: { errors: [{ rule: '4.4', path: 'amountFen' }] } });
  });

  it('never overspends the year budget under 20 concurrent grants, and the budget cannot be cut below what is granted', async () => {
    const before = await budgetWithRemaining(h, 50_000_000);
    const c = await register(h);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await claimId(h, c, { amountFen: 5_000_000 }));
    const results = await Promise.all(ids.map((id) => decide(h, id, 'GRANT')));
    const granted = results.filter((r) => r.status === 200).length;
    const refused = results.filter((r) => r.status === 409);
    console.log(`budget: ${granted} granted, ${refused.length} refused (409), of 20`);
    expect(granted).toBe(10);
    expect(refused.every((r) => ruleOf(r) === 'budget')).toBe(true);

    const year = thisYear();
    const after = await h.svc.request('GET', `/api/v1/budgets/${year}`, { token: h.officer });
    expect(after.body).toEqual({
      year,
      totalFen: before.totalFen,
      grantedFen: before.totalFen,
      remainingFen: 0,
    });
    const cut = await h.svc.request('PUT', `/api/v1/budgets/${year}`, {
      token: h.officer,
      body: { totalFen: before.totalFen - 1 },
    });
    expect(cut).toMatchObject({ status: 409, body: { errors: [{ rule: 'budget' }] } });
    await expect(
      h.db.query(`UPDATE budget SET granted_fen = total_fen + 1 WHERE year = $1`, [year]),
    ).rejects.toThrow(/budget_not_overspent_check/);
  });

  it('stops the pending claims of a delisted consortium and refuses its new claims and decisions (5.2c)', async () => {
    await budgetWithRemaining(h, 100_000_000);
    const c = await register(h);
    const granted = await claimId(h, c, { amountFen: 1_000_000 });
    expect((await decide(h, granted, 'GRANT')).status).toBe(200);
    const pending = [await claimId(h, c, {}), await claimId(h, c, { category: 'TALENT', amountFen: 0 })];

    await publishTestEvent(
      h.svc.config.AMQP_URL,
      makeEnvelope('review.consortium.delisted.v1', { consortiumId: c.consortiumId, leadUscc: c.leadUscc }),
    );
    const statusOf = async (id: string) =>
      ((await h.svc.request('GET', `/api/v1/claims/${id}`, { token: c.lead })).body as ClaimBody).status;
    await waitUntil(async () => (await statusOf(pending[0])) === 'STOPPED', 'claims stopped');
    expect(await Promise.all([...pending, granted].map(statusOf))).toEqual(['STOPPED', 'STOPPED', 'GRANTED']);

    const refused = await fileClaim(h, c, {});
    expect(refused).toMatchObject({ status: 409, body: { errors: [{ rule: '5.2c' }] } });
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(ruleOf(await decide(h, pending[0], 'GRANT'))).toBe('5.2c');
  });

  it('shows a claim only to its lead unit and officers; other callers and consortia get 404', async () => {
    const c = await register(h);
    const other = await register(h);
    const id = await claimId(h, c, {});
    const path = `/api/v1/claims/${id}`;
    const statuses: Record<string, number> = {};
    const callers = {
      lead: c.lead,
      otherLead: other.lead,
      reviewer: await h.svc.token({ role: 'reviewer', jurisdiction: '510502' }),
      evaluator: await h.svc.token({ role: 'evaluator', org: makeUscc() }),
      officer: h.officer,
    };
    for (const [who, token] of Object.entries(callers)) {
      statuses[who] = (await h.svc.request('GET', path, { token })).status;
    }
    expect(statuses).toEqual({ lead: 200, otherLead: 404, reviewer: 404, evaluator: 404, officer: 200 });
    const theirs = await h.svc.request('GET', '/api/v1/claims', { token: other.lead });
    expect(theirs.body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    for (const token of [c.lead, other.lead, h.officer])
      await expectListEndpoint(h.svc, '/api/v1/claims', token);
    const mine = await h.svc.request('GET', `/api/v1/claims?consortiumId=${c.consortiumId}`, {
      token: c.lead,
    });
    expect((mine.body as { items: ClaimBody[] }).items.map((x) => x.id)).toEqual([id]);
    const peek = await h.svc.request('GET', `/api/v1/claims?consortiumId=${c.consortiumId}`, {
      token: other.lead,
    });
    expect(peek.body).toMatchObject({ items: [], total: 0 });
    const ref = `platform-q-${makeUuid().slice(0, 8)}`;
    const second = await claimId(h, c, { ref, category: 'TRANSFORMATION_PROJECT' });
    const byRef = await h.svc.request('GET', `/api/v1/claims?q=${ref}`, { token: h.officer });
    expect((byRef.body as { items: ClaimBody[] }).items.map((x) => x.id)).toEqual([second]);
    const byCategory = await h.svc.request(
      'GET',
      `/api/v1/claims?consortiumId=${c.consortiumId}&category=TRANSFORMATION_PROJECT&status=PENDING`,
      { token: c.lead },
    );
    expect((byCategory.body as { items: ClaimBody[] }).items.map((x) => x.id)).toEqual([second]);
    const newestFirst = await h.svc.request('GET', `/api/v1/claims?consortiumId=${c.consortiumId}`, {
      token: c.lead,
    });
    expect((newestFirst.body as { items: ClaimBody[] }).items.map((x) => x.id)).toEqual([second, id]);

    // Claiming for a consortium one does not lead, or one that does not exist: 404 alike.
    const foreign = await fileClaim(h, { ...other, consortiumId: c.consortiumId }, {});
    const unknown = await fileClaim(h, { ...c, consortiumId: makeUuid() }, {});
    expect([foreign.status, unknown.status]).toEqual([404, 404]);
  });

  it("shows on each claim what its platform has left under the 4.3 cap over every consortium's tranches, and the consortium", async () => {
    await budgetWithRemaining(h, 10_000_000_000);
    const [a, b] = [await register(h), await register(h)];
    const ref = `platform-${makeUuid()}`;
    const first = await claimId(h, a, { ref, amountFen: 60_000_000 });
    const second = await claimId(h, b, { ref, amountFen: 50_000_000 });
    const other = await claimId(h, a, { category: 'COOPERATION', amountFen: 1_000 });
    const read = async (id: string) =>
      (await h.svc.request('GET', `/api/v1/claims/${id}`, { token: h.officer })).body as ClaimBody;
    expect((await read(second)).cap).toEqual({ capFen: 100_000_000, grantedFen: 0, leftFen: 100_000_000 });
    expect((await decide(h, first, 'GRANT')).status).toBe(200);
    // Another consortium's grant on the same platform counts: the cap holds per platform.
    expect((await read(second)).cap).toEqual({
      capFen: 100_000_000,
      grantedFen: 60_000_000,
      leftFen: 40_000_000,
    });
    const list = await h.svc.request('GET', `/api/v1/claims?consortiumId=${b.consortiumId}`, {
      token: h.officer,
    });
    expect((list.body as { items: ClaimBody[] }).items[0]).toMatchObject({
      id: second,
      cap: { leftFen: 40_000_000 },
      consortium: { status: 'ACTIVE', filingNumber: expect.any(String) },
    });
    // The amount the view says is left is what a grant may take, and no more.
    expect(ruleOf(await decide(h, second, 'GRANT', 40_000_001))).toBe('4.3');
    expect((await decide(h, second, 'GRANT', 40_000_000)).status).toBe(200);
    expect((await read(second)).cap).toEqual({ capFen: 100_000_000, grantedFen: 100_000_000, leftFen: 0 });
    expect((await read(other)).cap).toBeNull(); // 4.1: no cap in the text
  });

  it('takes money only as integer fen and shows the latest evaluation grade on the claim (5.2b)', async () => {
    const c = await register(h);
    for (const amountFen of [1.5, '100', -1]) {
      const res = await fileClaim(h, c, { amountFen });
      expect(res).toMatchObject({ status: 400, body: { errors: [{ path: 'amountFen' }] } });
    }
    expect((await fileClaim(h, c, { category: 'OPEN_COMPETITION', amountFen: 100 })).status).toBe(400);
    const id = await claimId(h, c, { amountFen: 2_000_000 });
    expect((await decide(h, id, 'GRANT', 2_000_000.5)).status).toBe(400);
    expect(ruleOf(await decide(h, id, 'GRANT', 2_000_001))).toBe('4.3');

    for (const [cycle, grade] of [
      [2, 'GOOD'],
      [1, 'UNQUALIFIED'], // older: ignored
    ] as const) {
      await publishTestEvent(
        h.svc.config.AMQP_URL,
        makeEnvelope('evaluation.result.recorded.v1', { consortiumId: c.consortiumId, cycle, grade }),
      );
    }
    await sleep(500);
    await waitUntil(async () => {
      const res = await h.svc.request('GET', `/api/v1/claims/${id}`, { token: h.officer });
      return (res.body as ClaimBody).latestEvaluation?.grade === 'GOOD';
    }, 'latest grade');

    const rejected = await decide(h, id, 'REJECT');
    expect(rejected).toMatchObject({
      status: 200,
      body: { status: 'REJECTED', grantedFen: 0, budgetYear: thisYear() },
    });
    const [event] = await h.probe.waitFor(
      (e) => e.type === 'subsidy.claim.decided.v1' && (e.data as { claimId: string }).claimId === id,
    );
    expect(event.data).toMatchObject({ decision: 'REJECT', requestedFen: 2_000_000, grantedFen: 0 });
  });
});
