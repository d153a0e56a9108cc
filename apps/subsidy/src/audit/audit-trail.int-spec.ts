import {
  claimId,
  register,
  startSubsidy,
  waitUntil,
  type SubsidyHarness,
} from '../test-support/subsidy-harness';

interface TrailBody {
  items: Array<{
    service: string;
    seq: string;
    at: string;
    action: string;
    objectId: string;
    actor: { role: string; unit: string | null; system: string | null };
    detail: Record<string, unknown> | null;
    chain: string;
  }>;
  total: number;
  page: number;
  pageSize: number;
}

interface VerdictBody {
  ok: boolean;
  brokenAt: string | null;
  brokenSeq: string | null;
  reason: string | null;
}

/**
 * The shared audit read (libs/platform audit-trail.controller.ts, libs/audit readAuditTrail) as the
 * subsidy service serves it: GET /api/v1/audit/subsidy?subjectId=. Every service registers the same
 * controller through ServicePlatformModule; subsidy is the one whose rows name a consortium both as
 * their object (consortium.registered) and in their detail (claim.filed's consortiumId).
 */
describe('GET /audit/subsidy', () => {
  let h: SubsidyHarness;
  beforeAll(async () => {
    h = await startSubsidy();
  });
  afterAll(() => h.close());

  const trail = async (subjectId: string, query = '') => {
    const res = await h.svc.request('GET', `/api/v1/audit/subsidy?subjectId=${subjectId}${query}`, {
      token: h.officer,
    });
    expect(res.status).toBe(200);
    return res.body as TrailBody;
  };

  const verification = async () => {
    const res = await h.svc.request('GET', '/api/v1/audit/subsidy/verification', { token: h.officer });
    expect(res.status).toBe(200);
    return res.body as VerdictBody;
  };

  /** As the superuser, triggers off (the append-only triggers refuse UPDATE otherwise). */
  async function tamper(statement: string, params: unknown[]): Promise<number> {
    await h.db.query('BEGIN');
    try {
      await h.db.query('ALTER TABLE audit_log DISABLE TRIGGER ALL');
      const res = await h.db.query(statement, params);
      await h.db.query('ALTER TABLE audit_log ENABLE TRIGGER ALL');
      await h.db.query('COMMIT');
      return res.rowCount ?? 0;
    } catch (err) {
      await h.db.query('ROLLBACK');
      throw err;
    }
  }

  it("lists a consortium's rows in time order, by role and unit, and names the tampered row", async () => {
    const c = await register(h);
    const other = await register(h);
    const first = await claimId(h, c, {});
    const second = await claimId(h, c, {});
    await claimId(h, other, {});
    // The chainer runs after commit: wait until every row of the subject is chained.
    await waitUntil(
      async () => (await trail(c.consortiumId)).items.every((i) => i.chain === 'VERIFIED'),
      'the trail chained',
    );
    const before = await trail(c.consortiumId);
    // consortium.registered (its object) + two claim.filed (detail.consortiumId); not the other consortium's.
    expect(before.items.map((i) => [i.action, i.objectId])).toEqual([
      ['consortium.registered', c.consortiumId],
      ['claim.filed', first],
      ['claim.filed', second],
    ]);
    expect(before.total).toBe(3);
    expect(Object.keys(before).sort()).toEqual(['items', 'page', 'pageSize', 'total']);
    expect(await verification()).toMatchObject({ ok: true, brokenAt: null, brokenSeq: null });
    expect(before.items.map((i) => i.chain)).toEqual(['VERIFIED', 'VERIFIED', 'VERIFIED']);
    const ats = before.items.map((i) => i.at);
    expect([...ats].sort()).toEqual(ats);
    // Who: the system component, or the person's role and unit — never the login.
    expect(before.items[0].actor).toEqual({
      role: 'system',
      unit: null,
      system: 'subsidy.registry.consumer',
    });
    expect(before.items[1].actor).toEqual({ role: 'applicant', unit: c.leadUscc, system: null });
    expect(JSON.stringify(before)).not.toContain(`lead-${c.leadUscc}`);
    expect(before.items[1].detail).not.toHaveProperty('actorUnit');

    // Newest first, and one per page.
    const newest = await trail(c.consortiumId, '&sort=-at&pageSize=1&page=1');
    expect(newest.items.map((i) => i.objectId)).toEqual([second]);
    expect(newest.total).toBe(3);

    // The superuser changes the amount of the first claim's audit row behind the triggers' back.
    const changed = await tamper(
      `UPDATE audit_log SET detail = jsonb_set(detail, '{amountFen}', '1') WHERE seq = $1::bigint`,
      [before.items[1].seq],
    );
    expect(changed).toBe(1);
    const after = await trail(c.consortiumId);
    const verdict = await verification();
    expect(verdict.ok).toBe(false);
    expect(verdict.brokenSeq).toBe(before.items[1].seq);
    expect(verdict.reason).toMatch(/does not match its hash: changed/);
    // Checked by hand: with chainStateOf returning 'VERIFIED' for every chained row (the mechanism
    // removed), this expectation failed with ['VERIFIED','VERIFIED','VERIFIED'].
    expect(after.items.map((i) => i.chain)).toEqual(['VERIFIED', 'BROKEN', 'UNVERIFIED']);
    expect(after.items.filter((i) => i.chain === 'BROKEN')).toHaveLength(1);
    // The other consortium's trail: registered before the changed row (verified), its claim after it
    // (the walk stopped at the break, so not verified).
    const others = await trail(other.consortiumId);
    expect(others.items.map((i) => [i.action, i.chain])).toEqual([
      ['consortium.registered', 'VERIFIED'],
      ['claim.filed', 'UNVERIFIED'],
    ]);
  });

  it('answers an officer only, and needs subjectId', async () => {
    const c = await register(h);
    const res = await h.svc.request('GET', `/api/v1/audit/subsidy?subjectId=${c.consortiumId}`, {
      token: c.lead,
    });
    expect(res.status).toBe(403);
    expect((await h.svc.request('GET', '/api/v1/audit/subsidy', { token: h.officer })).status).toBe(400);
    const verify = await h.svc.request('GET', '/api/v1/audit/subsidy/verification', { token: c.lead });
    expect(verify.status).toBe(403);
  });
});
