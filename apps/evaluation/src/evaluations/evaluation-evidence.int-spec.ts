import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EVIDENCE_MAX_BYTES } from '@lz/evidence';
import { makeUscc, samplePdf } from '@lz/testing';
import {
  assign,
  filedOnOpeningTomorrow,
  getEvaluation,
  openWindow,
  register,
  REPORT,
  startEvaluation,
  uploadEvidence,
  waitUntil,
  type EvaluationHarness,
  type Registered,
} from '../test-support/evaluation-harness';
import { EvaluationEvidenceController } from './evaluation-evidence.controller';

// Windows open through real BullMQ delayed jobs (clock jumped to 1 s before; reconcile 1 s).
jest.setTimeout(45_000);

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** An evaluation's evidence (docs/SPEC.md 5.2a): uploaded while the window is open, named by its report only. */
describe(EvaluationEvidenceController.name, () => {
  let h: EvaluationHarness;
  let a: Registered; // window open
  let b: Registered; // another unit's, window open
  beforeAll(async () => {
    h = await startEvaluation();
    const filedOn = filedOnOpeningTomorrow(h);
    a = await register(h, filedOn);
    b = await register(h, filedOn);
    await openWindow(h, a.evaluationId);
    // Same window: its own job opens it (jumping the clock again would put it back before opensAt).
    await waitUntil(async () => (await getEvaluation(h, b.evaluationId)).status === 'OPEN', 'b open');
  }, 60_000);
  afterAll(() => h?.close(), 30_000);

  const report = (c: Registered, evidenceIds: unknown[]) =>
    h.svc.request('POST', `/api/v1/evaluations/${c.evaluationId}/report`, {
      token: c.lead,
      body: { ...REPORT, evidenceIds },
    });
  const download = (token: string, evaluationId: string, evidenceId: string) =>
    fetch(`${h.svc.baseUrl}/api/v1/evaluations/${evaluationId}/evidence/${evidenceId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  const stored = async (evaluationId: string) => {
    const files = await h.db.query(
      'SELECT count(*)::int AS n FROM evaluation_evidence WHERE evaluation_id = $1',
      [evaluationId],
    );
    const row = await h.db.query('SELECT status, report FROM evaluation WHERE id = $1', [evaluationId]);
    return { files: files.rows[0].n as number, ...row.rows[0] };
  };

  it('refuses evidence before the window opens (409, 5.2a) and from another unit (404)', async () => {
    const later = await register(h, filedOnOpeningTomorrow(h));
    expect(await uploadEvidence(h, later.lead, later.evaluationId)).toMatchObject({
      status: 409,
      body: { errors: [{ rule: '5.2a' }] },
    });
    expect((await uploadEvidence(h, b.lead, a.evaluationId)).status).toBe(404);
    const evaluator = await h.svc.token({ role: 'evaluator', org: makeUscc() });
    expect([403, 404]).toContain((await uploadEvidence(h, evaluator, a.evaluationId)).status);
    expect((await stored(later.evaluationId)).files).toBe(0);
    expect((await stored(a.evaluationId)).files).toBe(0);
  });

  it('sniffs the type from the bytes and holds the size limit (415, 413), storing nothing refused', async () => {
    const html = await uploadEvidence(h, a.lead, a.evaluationId, Buffer.from('<html>hi</html>'), 'x.pdf');
    expect(html).toMatchObject({
      status: 415,
      body: { errors: [{ rule: 'input.media_type', path: 'file' }] },
    });
    const big = await uploadEvidence(
      h,
      a.lead,
      a.evaluationId,
      Buffer.concat([samplePdf(), Buffer.alloc(EVIDENCE_MAX_BYTES)]),
    );
    expect(big).toMatchObject({ status: 413, body: { errors: [{ rule: 'input.file_size' }] } });
    expect((await stored(a.evaluationId)).files).toBe(0);
  });

  it('lets the report name only this evaluation’s evidence, and refuses a report without any', async () => {
    const mine = await uploadEvidence(h, a.lead, a.evaluationId, samplePdf('a-evidence'));
    const theirs = await uploadEvidence(h, b.lead, b.evaluationId, samplePdf('b-evidence'));
    expect([mine.status, theirs.status]).toEqual([201, 201]);

    // Another unit's evidence id, a made-up one, or none: refused, and no report is stored.
    // Checked to fail by skipping assertOwnEvidence in EvaluationsService.submitReport: 200.
    const foreign = await report(a, [mine.body.id, theirs.body.id]);
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({
      errors: [{ rule: 'input.unknown_evidence', path: 'evidenceIds[1]' }],
    });
    expect((await report(a, ['not-a-uuid'])).body).toMatchObject({ errors: [{ path: 'evidenceIds[0]' }] });
    const none = await report(a, []);
    expect(none).toMatchObject({ status: 422, body: { errors: [{ rule: '5.2a', path: 'evidenceIds' }] } });
    expect(await stored(a.evaluationId)).toEqual({ files: 1, status: 'OPEN', report: null });

    const ok = await report(a, [mine.body.id]);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      status: 'SUBMITTED',
      report: { evidenceIds: [mine.body.id] },
      evidence: [{ id: mine.body.id, sha256: mine.body.sha256, mediaType: 'application/pdf' }],
    });
    // The report is in: no more evidence.
    expect(await uploadEvidence(h, a.lead, a.evaluationId)).toMatchObject({ status: 409 });
  });

  it('serves verified bytes to the lead, the assigned evaluator and officers; anyone else gets 404', async () => {
    const c = await register(h, filedOnOpeningTomorrow(h));
    await openWindow(h, c.evaluationId);
    const bytes = samplePdf(`scoped ${c.evaluationId}`);
    const up = await uploadEvidence(h, c.lead, c.evaluationId, bytes);
    const id = String(up.body.id);
    expect(up.body).toMatchObject({ sha256: sha(bytes), size: bytes.length, mediaType: 'application/pdf' });
    const org = makeUscc();
    const evaluator = await h.svc.token({ role: 'evaluator', org, sub: 'evaluator-assigned' });
    expect((await download(evaluator, c.evaluationId, id)).status).toBe(404); // not yet assigned
    expect((await assign(h, c.evaluationId, org)).status).toBe(200);
    for (const token of [c.lead, evaluator, h.officer]) {
      const res = await download(token, c.evaluationId, id);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const otherEvaluator = await h.svc.token({ role: 'evaluator', org: makeUscc() });
    for (const token of [b.lead, otherEvaluator]) {
      expect((await download(token, c.evaluationId, id)).status).toBe(404);
    }
    // This evaluation's evidence through another evaluation's path: 404.
    expect((await download(b.lead, b.evaluationId, id)).status).toBe(404);
  });

  it('refuses to serve evidence whose stored bytes no longer match their sha256 (a problem, not the bytes)', async () => {
    const bytes = samplePdf(`tamper ${b.evaluationId}`);
    const up = await uploadEvidence(h, b.lead, b.evaluationId, bytes);
    const digest = sha(bytes);
    await writeFile(
      path.join(h.blobDir, digest.slice(0, 2), digest.slice(2, 4), digest),
      Buffer.concat([bytes.subarray(0, 10), Buffer.from('tampered')]),
    );
    const res = await download(h.officer, b.evaluationId, String(up.body.id));
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const text = await res.text();
    expect(text).not.toContain('tampered');
    expect(JSON.parse(text)).toMatchObject({ type: 'urn:lz:problem:storage.integrity' });
  });
});
