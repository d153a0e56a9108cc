import { Client } from 'pg';
import type { ApplicationDocumentInput, AttachmentCategory } from '@lz/policy';
import { EventProbe, samplePdf, type DeepPartial } from '@lz/testing';
import {
  applicant,
  bootIntake,
  completeDraft,
  openCall,
  submit,
  upload,
  type IntakeHarness,
} from '../test-support/intake-harness';
import { SubmissionController } from './submission.controller';

interface Finding {
  rule: string;
  severity: string;
  path: string;
  message: string;
  messageZh: string;
  blocking: boolean;
}

describe(SubmissionController.name, () => {
  let h: IntakeHarness;
  let callId: string;
  let probe: EventProbe;
  let n = 0;
  beforeAll(async () => {
    h = await bootIntake();
    callId = await openCall(h);
    probe = await EventProbe.open(h.svc.config.AMQP_URL, ['intake.#']);
  }, 60_000);
  afterAll(async () => {
    await probe.close();
    await h?.close();
  }, 30_000);

  async function draft(overrides: DeepPartial<ApplicationDocumentInput> = {}, attach?: AttachmentCategory[]) {
    const who = await applicant(h, `sub-${++n}`);
    return completeDraft(h, callId, who, overrides, attach);
  }

  async function eligibility(d: { id: string; who: { token: string } }) {
    const res = await h.svc.request('POST', `/api/v1/applications/${d.id}/eligibility`, {
      token: d.who.token,
    });
    expect(res.status).toBe(200);
    return res.body as { eligible: boolean; findings: Finding[] };
  }

  /** The failing case: the dry run names the rule (zh + en), and submit answers 422 naming it. */
  async function expectRefused(d: Awaited<ReturnType<typeof draft>>, rule: string, path?: string) {
    const dry = await eligibility(d);
    expect(dry.eligible).toBe(false);
    const finding = dry.findings.find((f) => f.rule === rule && f.blocking);
    expect(finding).toMatchObject({ rule, ...(path ? { path } : {}) });
    expect(finding?.message).toEqual(expect.any(String));
    expect(finding?.messageZh).toMatch(/[\u4e00-\u9fff]/);
    const res = await submit(h, d.who.token, d.id, `k-${d.id}`);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((res.body as { errors: Finding[] }).errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule })]),
    );
    const after = await h.svc.request('GET', `/api/v1/applications/${d.id}`, { token: d.who.token });
    expect(after.body).toMatchObject({ status: 'DRAFT', revision: 0 });
  }

  /** The passing case: no blocking finding of the rule, and submit succeeds. */
  async function expectAccepted(d: Awaited<ReturnType<typeof draft>>, rule: string) {
    const dry = await eligibility(d);
    expect(dry.findings.filter((f) => f.rule === rule && f.blocking)).toEqual([]);
    expect(dry.eligible).toBe(true);
    const res = await submit(h, d.who.token, d.id, `k-${d.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'SUBMITTED', revision: 1 });
  }

  describe('docs/SPEC.md §2 rules, a passing and a failing case each', () => {
    it('2.1a refuses a lead registered outside Luzhou without a justification', async () => {
      await expectRefused(await draft({ lead: { districtCode: '510104' } }), '2.1a', 'lead.districtCode');
    });
    it('2.1a accepts a lead registered outside Luzhou with a justification (原则上)', async () => {
      await expectAccepted(
        await draft({ lead: { districtCode: '510104' }, justifications: { '2.1a': '总部迁入泸州办理中' } }),
        '2.1a',
      );
    });
    it('2.1b refuses a university lead without a justification', async () => {
      await expectRefused(await draft({ lead: { kind: 'UNIVERSITY' } }), '2.1b', 'lead.kind');
    });
    it('2.1b accepts a new-type R&D institution leading with an upstream enterprise', async () => {
      await expectAccepted(await draft({ lead: { kind: 'NEW_RD_INSTITUTION' } }), '2.1b');
    });
    it('2.2 refuses goals without a core task', async () => {
      await expectRefused(await draft({ goals: { coreTasks: [] } }), '2.2', 'goals.coreTasks');
    });
    it('2.2 refuses funding sources that do not add up to the total', async () => {
      await expectRefused(
        await draft({ goals: { funding: { totalFen: 1 } } }),
        '2.2',
        'goals.funding.totalFen',
      );
    });
    it('2.2 accepts stated goals with milestones inside the plan and consistent funding', async () => {
      await expectAccepted(await draft(), '2.2');
    });
    it('2.3a refuses fewer than 5 linked units without a justification', async () => {
      const d0 = await draft();
      const members = d0.doc.members.slice(0, 4);
      const sources = d0.doc.goals.funding.sources.filter(
        (s) => s.unitUscc === d0.who.uscc || members.some((m) => m.uscc === s.unitUscc),
      );
      const total = sources.reduce((a, s) => a + s.amountFen, 0);
      const doc = { ...d0.doc, members, goals: { ...d0.doc.goals, funding: { totalFen: total, sources } } };
      const put = await h.svc.request('PUT', `/api/v1/applications/${d0.id}`, {
        token: d0.who.token,
        body: doc,
      });
      expect(put.status).toBe(200);
      await expectRefused(d0, '2.3a', 'members');
      const justified = { ...doc, justifications: { '2.3a': '细分领域上下游企业数量有限' } };
      await h.svc.request('PUT', `/api/v1/applications/${d0.id}`, { token: d0.who.token, body: justified });
      await expectAccepted(d0, '2.3a');
    });
    it('2.3b refuses an outside member without a statement of its influence', async () => {
      const d = await draft();
      const members = d.doc.members.map((m, i) => (i === 0 ? { ...m, influenceStatement: undefined } : m));
      await h.svc.request('PUT', `/api/v1/applications/${d.id}`, {
        token: d.who.token,
        body: { ...d.doc, members },
      });
      await expectRefused(d, '2.3b', 'members[0].influenceStatement');
    });
    it('2.3b accepts an influential member from outside Luzhou', async () => {
      await expectAccepted(await draft(), '2.3b');
    });
    it('2.4 refuses an application without the formation agreement', async () => {
      await expectRefused(await draft({}, ['COMMITMENT']), '2.4', 'attachments');
    });
    it('2.4 accepts an application with the formation agreement attached', async () => {
      await expectAccepted(await draft({}, ['AGREEMENT', 'COMMITMENT']), '2.4');
    });
    it('2.5 refuses a member that contributes nothing', async () => {
      const d = await draft();
      const members = d.doc.members.map((m, i) => (i === 1 ? { ...m, contribution: { fundsFen: 0 } } : m));
      await h.svc.request('PUT', `/api/v1/applications/${d.id}`, {
        token: d.who.token,
        body: { ...d.doc, members },
      });
      await expectRefused(d, '2.5', 'members[1].contribution');
    });
    it('2.5 accepts members that each state a contribution', async () => {
      await expectAccepted(await draft(), '2.5');
    });
    it('5.3 refuses an application without the integrity commitment', async () => {
      await expectRefused(await draft({}, ['AGREEMENT']), '5.3', 'attachments');
    });
    it('5.3 accepts the attached commitment and records its attestation (user, time, IP)', async () => {
      const d = await draft();
      await expectAccepted(d, '5.3');
      const revs = await h.svc.request('GET', `/api/v1/applications/${d.id}/revisions`, {
        token: d.who.token,
      });
      expect(revs.body).toMatchObject({
        total: 1,
        items: [
          expect.objectContaining({
            revision: 1,
            submittedBy: d.who.sub,
            commitment: expect.objectContaining({
              attachmentId: d.commitmentId,
              ip: expect.stringMatching(/127\.0\.0\.1/),
            }),
          }),
        ],
      });
    });
    it('C.1 refuses submission once the call has closed', async () => {
      const d = await draft();
      h.clock.advance(365 * 24 * 3_600_000);
      try {
        await expectRefused(d, 'C.1', 'callId');
      } finally {
        h.clock.reset();
      }
    });
    it('C.1 accepts submission while the call is open', async () => {
      await expectAccepted(await draft(), 'C.1');
    });
    it('C.1 refuses a second open application of the same lead in the same call (409)', async () => {
      const d = await draft();
      const again = await h.svc.request('POST', '/api/v1/applications', { token: d.who.token, body: d.doc });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ errors: [{ rule: 'C.1' }] });
    });
  });

  it('turns 10 concurrent identical submits with one Idempotency-Key into one submission and one event', async () => {
    const d = await draft();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => submit(h, d.who.token, d.id, 'burst-key-1')),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    for (const r of results) expect(r.body).toEqual(results[0].body);
    const events = await probe.waitFor(
      (e) =>
        e.type === 'intake.application.submitted.v1' &&
        (e.data as { applicationId: string }).applicationId === d.id,
    );
    expect(events).toHaveLength(1);
    const db = new Client({ connectionString: h.svc.db.url });
    await db.connect();
    try {
      const outbox = await db.query(
        `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'intake.application.submitted.v1' AND envelope->'data'->>'applicationId' = $1`,
        [d.id],
      );
      const revisions = await db.query(
        'SELECT count(*)::int AS n FROM application_revision WHERE application_id = $1',
        [d.id],
      );
      expect(outbox.rows[0].n).toBe(1);
      expect(revisions.rows[0].n).toBe(1);
    } finally {
      await db.end();
    }
    expect(events[0].data).toMatchObject({
      applicationId: d.id,
      revision: 1,
      callId,
      leadUscc: d.who.uscc,
      leadName: d.doc.lead.name,
      name: d.doc.name,
      field: d.doc.field,
      jurisdictionCode: d.doc.jurisdictionCode,
      members: d.doc.members.map((m) => expect.objectContaining({ uscc: m.uscc, name: m.name })),
      attachments: expect.arrayContaining([
        expect.objectContaining({ id: d.commitmentId, category: 'COMMITMENT', mediaType: 'application/pdf' }),
      ]),
    });
  });

  /** Raw effects of the submissions of one application, counted in the database. */
  async function effectsOf(applicationId: string) {
    const db = new Client({ connectionString: h.svc.db.url });
    await db.connect();
    try {
      const count = async (sql: string) => (await db.query(sql, [applicationId])).rows[0].n as number;
      return {
        outbox: await count(
          `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'intake.application.submitted.v1' AND envelope->'data'->>'applicationId' = $1`,
        ),
        revisions: await count(
          'SELECT count(*)::int AS n FROM application_revision WHERE application_id = $1',
        ),
        timeline: await count(
          `SELECT count(*)::int AS n FROM timeline_entry WHERE application_id = $1::uuid AND status = 'SUBMITTED'`,
        ),
        audit: await count(
          `SELECT count(*)::int AS n FROM audit_log WHERE action = 'application.submitted' AND object_id = $1`,
        ),
      };
    } finally {
      await db.end();
    }
  }

  // Checked by breaking it: without the row lock (FOR UPDATE in SubmissionStore.lockOwned) both
  // submits pass the editable check and this fails (a second 200 or a 500 on the revision's key).
  it('turns 2 concurrent submits of one draft with two Idempotency-Keys into one submission (200 + 409) and one event', async () => {
    const d = await draft();
    const results = await Promise.all([
      submit(h, d.who.token, d.id, 'two-keys-a'),
      submit(h, d.who.token, d.id, 'two-keys-b'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await effectsOf(d.id)).toEqual({ outbox: 1, revisions: 1, timeline: 1, audit: 1 });
    // The refused one committed nothing, its key included: it answers 409 again, the other replays.
    const [won, lost] =
      results[0].status === 200 ? ['two-keys-a', 'two-keys-b'] : ['two-keys-b', 'two-keys-a'];
    expect((await submit(h, d.who.token, d.id, lost)).status).toBe(409);
    const replay = await submit(h, d.who.token, d.id, won);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(results.find((r) => r.status === 200)?.body);
    expect(await effectsOf(d.id)).toEqual({ outbox: 1, revisions: 1, timeline: 1, audit: 1 });
  });

  // Checked by breaking it: with the key inserted outside the rolled-back transaction (or the 422
  // stored as its answer) the retry with the same key replays the 422.
  it('frees the Idempotency-Key of a refused submit (422): fixed, the same key submits once', async () => {
    const d = await draft({}, ['AGREEMENT']);
    const refused = await submit(h, d.who.token, d.id, 'retry-after-422');
    expect(refused.status).toBe(422);
    expect(await effectsOf(d.id)).toEqual({ outbox: 0, revisions: 0, timeline: 0, audit: 0 });
    const up = await upload(h, d.who.token, d.id, 'COMMITMENT', samplePdf(`${d.id}:COMMITMENT`));
    expect(up.status).toBe(201);
    const doc = { ...d.doc, commitment: { ...d.doc.commitment, attachmentId: up.body.id as string } };
    const put = await h.svc.request('PUT', `/api/v1/applications/${d.id}`, { token: d.who.token, body: doc });
    expect(put.status).toBe(200);
    const ok = await submit(h, d.who.token, d.id, 'retry-after-422');
    expect(ok.status).toBe(200);
    expect(await effectsOf(d.id)).toEqual({ outbox: 1, revisions: 1, timeline: 1, audit: 1 });
  });

  it("carries the request's x-correlation-id on the submitted event", async () => {
    const d = await draft();
    const res = await h.svc.request('POST', `/api/v1/applications/${d.id}/submit`, {
      token: d.who.token,
      headers: { 'idempotency-key': 'corr-key-1', 'x-correlation-id': 'portal-req-20261127-0001' },
    });
    expect(res.status).toBe(200);
    const [event] = await probe.waitFor(
      (e) =>
        e.type === 'intake.application.submitted.v1' &&
        (e.data as { applicationId: string }).applicationId === d.id,
    );
    expect(event.correlationId).toBe('portal-req-20261127-0001');
  });

  it('refuses to submit without an Idempotency-Key (400) and a second time with another key (409, rule 3.2)', async () => {
    const d = await draft();
    const noKey = await h.svc.request('POST', `/api/v1/applications/${d.id}/submit`, { token: d.who.token });
    expect(noKey.status).toBe(400);
    expect((await submit(h, d.who.token, d.id, 'first')).status).toBe(200);
    const second = await submit(h, d.who.token, d.id, 'second');
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ errors: [{ rule: '3.2' }] });
  });

  it('freezes a submitted application: replacing it or attaching to it answers 409 (rule 3.2)', async () => {
    const d = await draft();
    expect((await submit(h, d.who.token, d.id, 'freeze')).status).toBe(200);
    const put = await h.svc.request('PUT', `/api/v1/applications/${d.id}`, {
      token: d.who.token,
      body: { ...d.doc, name: '改名后的联合体' },
    });
    expect(put.status).toBe(409);
    expect(put.body).toMatchObject({ errors: [{ rule: '3.2' }] });
    const form = new FormData();
    form.append('category', 'EVIDENCE');
    form.append('file', new Blob([Buffer.from('%PDF-1.4 late')]), 'late.pdf');
    const att = await fetch(`${h.svc.baseUrl}/api/v1/applications/${d.id}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${d.who.token}` },
      body: form,
    });
    expect(att.status).toBe(409);
    const read = await h.svc.request('GET', `/api/v1/applications/${d.id}`, { token: d.who.token });
    expect(read.body).toMatchObject({ status: 'SUBMITTED', document: { name: d.doc.name } });
  });
});
