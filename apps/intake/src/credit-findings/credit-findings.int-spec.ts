import { EventProbe, makeUscc, samplePdf, uploadFile } from '@lz/testing';
import {
  applicant,
  bootIntake,
  completeDraft,
  openCall,
  submit,
  type IntakeHarness,
} from '../test-support/intake-harness';
import { CreditFindingsController } from './credit-findings.controller';

interface FindingView {
  id: string;
  uscc: string;
  active: boolean;
  ended: { on: string; reason: string } | null;
  evidence: { id: string; sha256: string }[];
}

describe(CreditFindingsController.name, () => {
  let h: IntakeHarness;
  let callId: string;
  let probe: EventProbe;
  let n = 0;
  beforeAll(async () => {
    h = await bootIntake();
    callId = await openCall(h);
    probe = await EventProbe.open(h.svc.config.AMQP_URL, ['intake.credit-finding.#']);
  }, 60_000);
  afterAll(async () => {
    await probe.close();
    await h?.close();
  }, 30_000);

  const today = () => new Date(h.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

  async function record(uscc: string, until: string | null = '2099-12-31', token = h.officer) {
    return h.svc.request('POST', '/api/v1/credit-findings', {
      token,
      headers: { 'idempotency-key': `rec-${++n}` },
      body: {
        uscc,
        unitName: '泸州示范材料有限公司',
        object: { type: 'CLAIM', id: 'claim-1' },
        facts: '后补助申请所附发票经核查系伪造。',
        decisionRef: `泸科信〔2026〕${n}号`,
        period: { from: today(), until },
      },
    });
  }

  async function refusedWith5_3a(d: Awaited<ReturnType<typeof completeDraft>>, path: string) {
    const dry = await h.svc.request('POST', `/api/v1/applications/${d.id}/eligibility`, {
      token: d.who.token,
    });
    expect(dry.status).toBe(200);
    const findings = (
      dry.body as { eligible: boolean; findings: { rule: string; path: string; blocking: boolean }[] }
    ).findings;
    expect(findings.filter((f) => f.rule === '5.3a' && f.blocking).map((f) => f.path)).toEqual([path]);
    const res = await submit(h, d.who.token, d.id, `k-${d.id}`);
    expect(res.status).toBe(422);
    expect((res.body as { errors: { rule: string; path: string; messageZh: string }[] }).errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: '5.3a', path, messageZh: expect.stringMatching(/信用记录/) }),
      ]),
    );
  }

  it('5.3a: a finding against the lead refuses its application at the dry run and at submission', async () => {
    const who = await applicant(h, `lead-${++n}`);
    const d = await completeDraft(h, callId, who);
    const rec = await record(who.uscc);
    expect(rec.status).toBe(201);
    expect(rec.body).toMatchObject({ uscc: who.uscc, active: true, ended: null });
    await refusedWith5_3a(d, 'lead.uscc');
    const row = await h.db.query('SELECT status FROM application WHERE id = $1', [d.id]);
    expect(row.rows[0].status).toBe('DRAFT');
  });

  it("5.3a: a finding against a member refuses the application at that member's path", async () => {
    const who = await applicant(h, `member-${++n}`);
    const d = await completeDraft(h, callId, who);
    const member = d.doc.members[3].uscc;
    expect((await record(member)).status).toBe(201);
    await refusedWith5_3a(d, 'members[3].uscc');
  });

  it('5.3a: a finding ended early no longer blocks, and the end is audited and published once', async () => {
    const who = await applicant(h, `ended-${++n}`);
    const d = await completeDraft(h, callId, who);
    const rec = await record(who.uscc, null);
    const id = (rec.body as FindingView).id;
    await refusedWith5_3a(d, 'lead.uscc');

    const noReason = await h.svc.request('POST', `/api/v1/credit-findings/${id}/end`, {
      token: h.officer,
      body: {},
    });
    expect(noReason.status).toBe(400);

    const end = await h.svc.request('POST', `/api/v1/credit-findings/${id}/end`, {
      token: h.officer,
      body: { reason: '申诉成立,撤销认定。' },
    });
    expect(end.status).toBe(200);
    expect(end.body).toMatchObject({ active: false, ended: { on: today(), reason: '申诉成立,撤销认定。' } });
    const again = await h.svc.request('POST', `/api/v1/credit-findings/${id}/end`, {
      token: h.officer,
      body: { reason: '重复' },
    });
    expect(again.status).toBe(409);

    const res = await submit(h, who.token, d.id, `k2-${d.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'SUBMITTED' });

    const events = await probe.waitFor((e) => (e.data as { findingId?: string }).findingId === id, {
      count: 2,
    });
    expect(events.map((e) => e.type).sort()).toEqual([
      'intake.credit-finding.ended.v1',
      'intake.credit-finding.recorded.v1',
    ]);
    const audit = await h.db.query(
      "SELECT action FROM audit_log WHERE object_type = 'credit-finding' AND object_id = $1 ORDER BY seq",
      [id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['credit-finding.recorded', 'credit-finding.ended']);
  });

  it('stores evidence and lets the unit read only its own findings; another unit gets a 404', async () => {
    const who = await applicant(h, `own-${++n}`);
    const other = await applicant(h, `other-${++n}`);
    const id = ((await record(who.uscc)).body as FindingView).id;
    const up = await uploadFile(
      `${h.svc.baseUrl}/api/v1/credit-findings/${id}/evidence`,
      h.officer,
      samplePdf(id),
      {
        fileName: '核查报告.pdf',
      },
    );
    expect(up.status).toBe(201);

    const own = await h.svc.request('GET', `/api/v1/credit-findings/${id}`, { token: who.token });
    expect(own.status).toBe(200);
    expect((own.body as FindingView).evidence).toHaveLength(1);
    const foreign = await h.svc.request('GET', `/api/v1/credit-findings/${id}`, { token: other.token });
    expect(foreign.status).toBe(404);
    const list = await h.svc.request('GET', `/api/v1/credit-findings?uscc=${who.uscc}`, {
      token: other.token,
    });
    expect(list.status).toBe(200);
    expect((list.body as { items: unknown[] }).items).toEqual([]);
    const reviewer = await h.svc.token({ role: 'reviewer', sub: 'reviewer-1', jurisdiction: '510502' });
    const seen = await h.svc.request('GET', `/api/v1/credit-findings?uscc=${who.uscc}`, { token: reviewer });
    expect((seen.body as { items: FindingView[] }).items.map((f) => f.id)).toEqual([id]);
    const applicantRecords = await record(makeUscc({ seed: 'x' }), null, who.token);
    expect(applicantRecords.status).toBe(403);
  });

  it('refuses a period that ends before it starts, naming the field (zh and en), writing nothing', async () => {
    const uscc = makeUscc({ seed: `bad-period-${++n}` });
    const res = await record(uscc, '2000-01-01');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('period.until');
    const rows = await h.db.query('SELECT count(*)::int AS n FROM credit_finding WHERE uscc = $1', [uscc]);
    expect(rows.rows[0].n).toBe(0);
  });
});
