import { makeApplicationDocument, samplePdf } from '@lz/testing';
import {
  applicant,
  bootIntake,
  openCall,
  submit,
  upload,
  type Applicant,
  type IntakeHarness,
} from '../test-support/intake-harness';
import { ApplicationsController } from './applications.controller';

interface Problem {
  status: number;
  errors: Array<{ rule: string; path: string; message: string; messageZh: string }>;
}
interface View {
  id: string;
  status: string;
  jurisdictionCode: string | null;
  document: Record<string, unknown>;
  updatedAt: string;
}

/** Drafts may be incomplete (docs/SPEC.md 3.2, C.2): saved as they are, judged at the dry run and at submit. */
describe(`${ApplicationsController.name} drafts`, () => {
  let h: IntakeHarness;
  let callId: string;
  let n = 0;
  beforeAll(async () => {
    h = await bootIntake();
    callId = await openCall(h);
  }, 60_000);
  afterAll(() => h?.close(), 30_000);

  async function emptyDraft(): Promise<{ id: string; who: Applicant }> {
    const who = await applicant(h, `draft-${++n}`);
    const res = await h.svc.request('POST', '/api/v1/applications', { token: who.token, body: { callId } });
    expect(res.status).toBe(201);
    return { id: (res.body as View).id, who };
  }

  /** PATCH with the merge-patch media type of RFC 7396 (application/json is accepted too). */
  async function patch(who: Applicant, id: string, body: unknown) {
    return h.svc.request('PATCH', `/api/v1/applications/${id}`, {
      token: who.token,
      body,
      headers: { 'content-type': 'application/merge-patch+json' },
    });
  }

  async function stored(id: string) {
    const row = await h.db.query<{ document: unknown; jurisdiction_code: string | null; updated_at: Date }>(
      'SELECT document, jurisdiction_code, updated_at FROM application WHERE id = $1',
      [id],
    );
    const audits = await h.db.query<{ n: string }>(
      'SELECT count(*) AS n FROM audit_log WHERE object_id = $1',
      [id],
    );
    return { ...row.rows[0], audits: Number(audits.rows[0].n) };
  }

  it('saves a draft that has only its call: no jurisdiction yet, the document as sent', async () => {
    const { id, who } = await emptyDraft();
    const read = await h.svc.request('GET', `/api/v1/applications/${id}`, { token: who.token });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'DRAFT', jurisdictionCode: null, document: { callId } });
    expect(Object.keys((read.body as View).document)).toEqual(['callId']);
    expect((await stored(id)).jurisdiction_code).toBeNull();
  });

  it('replaces a draft with a partly filled document (PUT) and saves it as it is', async () => {
    const { id, who } = await emptyDraft();
    const part = {
      callId,
      name: '泸州白酒酿造创新联合体',
      jurisdictionCode: '510502',
      lead: { uscc: who.uscc, contact: { name: '王经理' } },
      members: [{ name: '四川大学' }],
    };
    const res = await h.svc.request('PUT', `/api/v1/applications/${id}`, { token: who.token, body: part });
    expect(res.status).toBe(200);
    expect((res.body as View).document).toEqual(part);
    expect((res.body as View).jurisdictionCode).toBe('510502');
  });

  it('merge-patches a draft: members merge, null removes, arrays are replaced whole', async () => {
    const { id, who } = await emptyDraft();
    expect(
      (await patch(who, id, { name: '甲', lead: { name: '某公司', contact: { name: '王' } } })).status,
    ).toBe(200);
    const second = await patch(who, id, {
      lead: { contact: { phone: '0830-1234567' } },
      goals: { coreTasks: ['任务一', '任务二'] },
    });
    expect(second.status).toBe(200);
    const third = await h.svc.request('PATCH', `/api/v1/applications/${id}`, {
      token: who.token,
      body: { name: null, goals: { coreTasks: ['任务三'] }, jurisdictionCode: '510504' },
    });
    expect(third.status).toBe(200);
    expect((third.body as View).document).toEqual({
      callId,
      lead: { name: '某公司', contact: { name: '王', phone: '0830-1234567' } },
      goals: { coreTasks: ['任务三'] },
      jurisdictionCode: '510504',
    });
    expect((await stored(id)).jurisdiction_code).toBe('510504');
  });

  it('refuses a present field that breaks a structural rule (400 naming its path and rule), by PATCH and PUT', async () => {
    const { id, who } = await emptyDraft();
    const bad: Array<[unknown, string]> = [
      [{ lead: { uscc: '91510500MA62X0000X' } }, 'lead.uscc'], // wrong check character
      [{ members: [{ contribution: { fundsFen: 1.5 } }] }, 'members[0].contribution.fundsFen'],
      [{ goals: { plan: { startsOn: '2026-02-30' } } }, 'goals.plan.startsOn'],
      [{ commitment: { attestedAt: 'yesterday' } }, 'commitment.attestedAt'],
      [{ members: [{ inLuzhou: 'yes' }] }, 'members[0].inLuzhou'],
      [{ unknownPart: 1 }, 'unknownPart'],
    ];
    for (const [body, path] of bad) {
      for (const res of [
        await patch(who, id, body),
        await h.svc.request('PUT', `/api/v1/applications/${id}`, {
          token: who.token,
          body: { callId, ...(body as object) },
        }),
      ]) {
        expect(res.status).toBe(400);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        const problem = res.body as Problem;
        expect(problem.errors.map((e) => e.path)).toEqual([path]);
        expect(problem.errors[0].rule).toMatch(/^(input\.|INVALID_USCC$)/);
        expect(problem.errors[0].messageZh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    // A patch must be an object, and may not move the draft to another call or another lead.
    expect((await patch(who, id, ['a'])).status).toBe(400);
    expect((await patch(who, id, { callId: '00000000-0000-4000-8000-000000000000' })).body).toMatchObject({
      errors: [{ path: 'callId' }],
    });
    expect(
      (await patch(who, id, { lead: { uscc: makeApplicationDocument().lead.uscc } })).body,
    ).toMatchObject({
      errors: [{ path: 'lead.uscc' }],
    });
  });

  it('writes nothing when a save is refused: document, jurisdiction, updatedAt and audit untouched', async () => {
    const { id, who } = await emptyDraft();
    expect((await patch(who, id, { name: '原名称', jurisdictionCode: '510502' })).status).toBe(200);
    const before = await stored(id);
    // One valid change next to one invalid field: all or nothing. Checked to fail by writing (and
    // committing) the merged document before validating it in ApplicationsService.patch: 新名称 stored.
    const refused = await patch(who, id, {
      name: '新名称',
      jurisdictionCode: null,
      goals: { funding: { totalFen: -5 } },
    });
    expect(refused.status).toBe(400);
    expect((refused.body as Problem).errors.map((e) => e.path)).toEqual(['goals.funding.totalFen']);
    const refusedPut = await h.svc.request('PUT', `/api/v1/applications/${id}`, {
      token: who.token,
      body: { callId, name: '新名称', lead: { contact: { email: 'not-an-email' } } },
    });
    expect(refusedPut.status).toBe(400);
    expect(await stored(id)).toEqual(before);
  });

  it('lists every missing part in the dry run with its rule ID and path', async () => {
    const { id, who } = await emptyDraft();
    const res = await h.svc.request('POST', `/api/v1/applications/${id}/eligibility`, { token: who.token });
    expect(res.status).toBe(200);
    const { eligible, findings } = res.body as { eligible: boolean; findings: Problem['errors'] };
    expect(eligible).toBe(false);
    const pairs = findings.map((f) => `${f.rule} ${f.path}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'C.2 name',
        'C.2 field',
        'C.2 jurisdictionCode',
        'C.2 lead',
        '2.2 goals.coreTasks',
        '2.2 goals.plan.milestones',
        '2.4 attachments',
        '2.4 governance.management',
        '5.3 attachments',
        '5.3 commitment.attestedBy',
      ]),
    );
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const f of findings) expect(f.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses submission (422 with the findings) until the draft is complete, then submits it', async () => {
    const { id, who } = await emptyDraft();
    const empty = await submit(h, who.token, id, `empty-${id}`);
    expect(empty.status).toBe(422);
    expect((empty.body as Problem).errors.map((e) => `${e.rule} ${e.path}`)).toEqual(
      expect.arrayContaining(['C.2 name', 'C.2 lead', '5.3 commitment.attestedBy']),
    );

    // The applicant's order: the commitment is uploaded to the (empty) draft, then the document filled.
    const commitment = await upload(h, who.token, id, 'COMMITMENT', samplePdf(`${id}:c`));
    expect(commitment.status).toBe(201);
    expect((await upload(h, who.token, id, 'AGREEMENT', samplePdf(`${id}:a`))).status).toBe(201);
    const full = makeApplicationDocument({ callId }, { seed: who.sub, leadUscc: who.uscc });
    const { field: _field, ...allButField } = full;
    const filled = await patch(who, id, {
      ...allButField,
      commitment: { ...full.commitment, attachmentId: commitment.body.id },
    });
    expect(filled.status).toBe(200);
    const almost = await submit(h, who.token, id, `almost-${id}`);
    expect(almost.status).toBe(422);
    expect((almost.body as Problem).errors.map((e) => `${e.rule} ${e.path}`)).toEqual(['C.2 field']);
    const status = await h.db.query('SELECT status, revision FROM application WHERE id = $1', [id]);
    expect(status.rows[0]).toEqual({ status: 'DRAFT', revision: 0 });

    expect((await patch(who, id, { field: full.field })).status).toBe(200);
    const done = await submit(h, who.token, id, `done-${id}`);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'SUBMITTED',
      revision: 1,
      jurisdictionCode: full.jurisdictionCode,
    });
  });

  it('another unit cannot patch a draft (404), and a reviewer or officer may not (404 for a draft)', async () => {
    const { id, who } = await emptyDraft();
    const stranger = await applicant(h, `stranger-${++n}`);
    expect((await patch(stranger, id, { name: 'x' })).status).toBe(404);
    const officer = await h.svc.request('PATCH', `/api/v1/applications/${id}`, {
      token: h.officer,
      body: { name: 'x' },
    });
    expect(officer.status).toBe(404);
    const read = await h.svc.request('GET', `/api/v1/applications/${id}`, { token: who.token });
    expect((read.body as View).document).toEqual({ callId });
  });
});
