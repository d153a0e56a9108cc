import { makeEnvelope, makeUscc, makeUuid, publishTestEvent } from '@lz/testing';
import {
  budgetWithRemaining,
  claimId,
  decide,
  fileClaim,
  startSubsidy,
  waitUntil,
  type Consortium,
  type SubsidyHarness,
} from '../test-support/subsidy-harness';
import { CreditFindingsConsumer } from './credit-findings.consumer';

jest.setTimeout(45_000);

type Res = { status: number; body: unknown };
const ruleOf = (r: Res) => (r.body as { errors?: { rule: string }[] }).errors?.[0]?.rule;
interface Claim {
  status: string;
  stop: { rule: string; reason: string } | null;
}

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe(CreditFindingsConsumer.name, () => {
  let h: SubsidyHarness;
  beforeAll(async () => {
    h = await startSubsidy();
    await budgetWithRemaining(h, 1_000_000_000);
  });
  afterAll(() => h.close());

  /** A registered consortium with one member (the registry's event carries its members). */
  async function registerWithMember(): Promise<Consortium & { memberUscc: string }> {
    const consortiumId = makeUuid();
    const leadUscc = makeUscc();
    const memberUscc = makeUscc();
    await publishTestEvent(
      h.svc.config.AMQP_URL,
      makeEnvelope('review.consortium.registered.v1', {
        consortiumId,
        leadUscc,
        members: [{ uscc: memberUscc, name: '泸州示范上游材料有限公司' }],
      }),
    );
    await waitUntil(async () => {
      const { rows } = await h.db.query('SELECT 1 FROM consortium_member WHERE consortium_id = $1', [
        consortiumId,
      ]);
      return rows.length === 1;
    }, `consortium ${consortiumId}`);
    const lead = await h.svc.token({ role: 'applicant', uscc: leadUscc, sub: `lead-${leadUscc}` });
    return { consortiumId, leadUscc, lead, memberUscc };
  }

  const recorded = (findingId: string, uscc: string, until: string | null = null, from = today()) =>
    makeEnvelope('intake.credit-finding.recorded.v1', {
      findingId,
      uscc,
      from,
      until,
      policyVersion: 'lz-2024-draft',
    });
  const ended = (findingId: string, uscc: string) =>
    makeEnvelope('intake.credit-finding.ended.v1', { findingId, uscc, endedOn: today() });
  const publish = (e: unknown) => publishTestEvent(h.svc.config.AMQP_URL, e as never);
  const claimOf = async (c: Consortium, id: string) =>
    (await h.svc.request('GET', `/api/v1/claims/${id}`, { token: c.lead })).body as Claim;
  const handled = (findingId: string, action: string) =>
    waitUntil(async () => {
      const { rows } = await h.db.query('SELECT 1 FROM audit_log WHERE object_id = $1 AND action = $2', [
        findingId,
        action,
      ]);
      return rows.length === 1;
    }, `${action} ${findingId}`);

  it("5.3a: a finding against a member stops the consortium's pending claims with a visible reason, refuses decisions and new claims; an early end resumes them", async () => {
    const c = await registerWithMember();
    const granted = await claimId(h, c, { amountFen: 1_000_000 });
    expect((await decide(h, granted, 'GRANT')).status).toBe(200);
    const pending = await claimId(h, c, {});
    const findingId = makeUuid();

    await publish(recorded(findingId, c.memberUscc));
    await waitUntil(async () => (await claimOf(c, pending)).status === 'STOPPED', 'claim stopped');
    const stopped = await claimOf(c, pending);
    expect(stopped.stop).toMatchObject({ rule: '5.3a', reason: expect.stringContaining(c.memberUscc) });
    expect((await claimOf(c, granted)).status).toBe('GRANTED');

    const decision = await decide(h, pending, 'GRANT');
    expect(decision.status).toBe(409);
    expect(ruleOf(decision)).toBe('5.3a');
    const fresh = await fileClaim(h, c, {});
    expect(fresh.status).toBe(409);
    expect(ruleOf(fresh)).toBe('5.3a');

    await publish(ended(findingId, c.memberUscc));
    await waitUntil(async () => (await claimOf(c, pending)).status === 'PENDING', 'claim resumed');
    expect((await claimOf(c, pending)).stop).toBeNull();
    expect((await decide(h, pending, 'GRANT')).status).toBe(200);
    expect((await fileClaim(h, c, {})).status).toBe(201);
  });

  it('5.3a: a finding against the lead stops the claims too, and a claim submitted before a late finding event is stopped when it arrives', async () => {
    const c = await registerWithMember();
    const pending = [await claimId(h, c, {}), await claimId(h, c, { category: 'TALENT', amountFen: 0 })];
    const findingId = makeUuid();
    // The finding has been in effect since 2020 (recorded in intake long ago); its event arrives only now.
    await publish(recorded(findingId, c.leadUscc, '2099-12-31', '2020-01-01'));
    await handled(findingId, 'credit-finding.recorded');
    const statuses = await Promise.all(pending.map(async (id) => (await claimOf(c, id)).status));
    expect(statuses).toEqual(['STOPPED', 'STOPPED']);
    const { rows } = await h.db.query(
      "SELECT count(*)::int AS n FROM claim WHERE consortium_id = $1 AND status = 'STOPPED' AND stop_rule = '5.3a'",
      [c.consortiumId],
    );
    expect(rows[0].n).toBe(2);
  });

  it('5.3a: an end that arrives before its finding keeps the finding from stopping anything', async () => {
    const c = await registerWithMember();
    const pending = await claimId(h, c, {});
    const findingId = makeUuid();
    await publish(ended(findingId, c.leadUscc));
    await handled(findingId, 'credit-finding.ended');
    await publish(recorded(findingId, c.leadUscc));
    await handled(findingId, 'credit-finding.recorded');
    expect((await claimOf(c, pending)).status).toBe('PENDING');
    expect((await decide(h, pending, 'REJECT')).status).toBe(200);
  });

  it('5.3a: a finding not yet in effect when it arrives stops nothing, but holds the decision once it is', async () => {
    const c = await registerWithMember();
    const pending = await claimId(h, c, {});
    const findingId = makeUuid();
    // Stored as if it had arrived before its period began: nothing stopped, yet in effect today.
    await h.db.query(
      `INSERT INTO credit_finding (finding_id, uscc, recorded, decision_ref, valid_from, valid_until, policy_version)
       VALUES ($1, $2, true, '泸科信〔2026〕9号', $3, NULL, 'lz-2024-draft')`,
      [findingId, c.memberUscc, today()],
    );
    expect((await claimOf(c, pending)).status).toBe('PENDING');
    const decision = await decide(h, pending, 'GRANT');
    expect(decision.status).toBe(409);
    expect(ruleOf(decision)).toBe('5.3a');
    expect((await claimOf(c, pending)).status).toBe('PENDING');
  });
});
