import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EVIDENCE_MAX_BYTES } from '@lz/evidence';
import { buildZip, makeUscc, samplePdf } from '@lz/testing';
import {
  fileClaim,
  register,
  startSubsidy,
  submitClaim,
  uploadEvidence,
  type ClaimBody,
  type Consortium,
  type SubsidyHarness,
} from '../test-support/subsidy-harness';
import { ClaimEvidenceController } from './claim-evidence.controller';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Problem {
  status: number;
  errors?: Array<{ rule: string; path: string; messageZh: string }>;
}

/** A claim's evidence (docs/SPEC.md C.3): uploaded to the draft, verified on download, required to submit. */
describe(ClaimEvidenceController.name, () => {
  let h: SubsidyHarness;
  beforeAll(async () => {
    h = await startSubsidy();
  }, 60_000);
  afterAll(() => h?.close(), 30_000);

  async function draft(c: Consortium): Promise<string> {
    const res = await fileClaim(h, c, {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'DRAFT', evidence: [], submittedAt: null });
    return (res.body as ClaimBody).id;
  }
  const evidenceRows = async (claimId: string) =>
    (await h.db.query('SELECT count(*)::int AS n FROM claim_evidence WHERE claim_id = $1', [claimId])).rows[0]
      .n as number;
  const download = (token: string, claimId: string, evidenceId: string) =>
    fetch(`${h.svc.baseUrl}/api/v1/claims/${claimId}/evidence/${evidenceId}`, {
      headers: { authorization: `Bearer ${token}` },
    });

  it('refuses to submit a claim without evidence (422, rule C.3), then submits it once evidence is uploaded', async () => {
    const c = await register(h);
    const id = await draft(c);
    // Checked to fail by removing the evidence count in ClaimsService.submit: the claim went PENDING.
    const refused = await submitClaim(h, c.lead, id, `empty-${id}`);
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((refused.body as Problem).errors).toEqual([
      expect.objectContaining({
        rule: 'C.3',
        path: 'evidence',
        messageZh: expect.stringMatching(/佐证材料/),
      }),
    ]);
    const row = await h.db.query('SELECT status, submitted_at FROM claim WHERE id = $1', [id]);
    expect(row.rows[0]).toEqual({ status: 'DRAFT', submitted_at: null });

    const bytes = samplePdf(`claim ${id}`);
    const up = await uploadEvidence(h, c.lead, id, bytes, '中试平台验收报告.pdf');
    expect(up.status).toBe(201);
    expect(up.body).toEqual({
      id: expect.any(String),
      fileName: '中试平台验收报告.pdf',
      sha256: sha(bytes),
      size: bytes.length,
      mediaType: 'application/pdf',
      uploadedAt: expect.any(String),
    });
    const submitted = await submitClaim(h, c.lead, id);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'PENDING',
      submittedAt: expect.any(String),
      evidence: [{ id: up.body.id, sha256: sha(bytes) }],
    });

    // Frozen once submitted: no more evidence, no second submission (409); nothing stored.
    expect((await uploadEvidence(h, c.lead, id)).status).toBe(409);
    expect((await submitClaim(h, c.lead, id, `again-${id}`)).status).toBe(409);
    expect(await evidenceRows(id)).toBe(1);
  });

  it('serves the verified bytes to the lead unit and the officers only; another unit’s claim or evidence is a 404', async () => {
    const c = await register(h);
    const other = await register(h);
    const id = await draft(c);
    const otherId = await draft(other);
    const bytes = samplePdf(`scoped ${id}`);
    const evidenceId = String((await uploadEvidence(h, c.lead, id, bytes)).body.id);
    const theirs = String((await uploadEvidence(h, other.lead, otherId)).body.id);

    const own = await download(c.lead, id, evidenceId);
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer())).toEqual(bytes);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(own.headers.get('x-content-sha256')).toBe(sha(bytes));

    // Another unit: its own token on this claim, or this claim's path with its own evidence id.
    expect((await download(other.lead, id, evidenceId)).status).toBe(404);
    expect((await download(c.lead, id, theirs)).status).toBe(404);
    expect((await download(c.lead, otherId, theirs)).status).toBe(404);
    expect((await uploadEvidence(h, other.lead, id)).status).toBe(404);
    expect((await submitClaim(h, other.lead, id)).status).toBe(404);
    const reviewer = await h.svc.token({ role: 'reviewer', jurisdiction: '510502' });
    const evaluator = await h.svc.token({ role: 'evaluator', org: makeUscc() });
    for (const token of [reviewer, evaluator]) {
      expect([403, 404]).toContain((await download(token, id, evidenceId)).status);
    }
    expect(await evidenceRows(id)).toBe(1);

    // Officers read submitted claims (a draft is the unit's own), with their evidence.
    expect((await download(h.officer, id, evidenceId)).status).toBe(404);
    expect((await submitClaim(h, c.lead, id)).status).toBe(200);
    const byOfficer = await download(h.officer, id, evidenceId);
    expect(byOfficer.status).toBe(200);
    expect(Buffer.from(await byOfficer.arrayBuffer())).toEqual(bytes);
  });

  it('sniffs the type from the bytes and holds the size limit (415, 413, 400), storing nothing refused', async () => {
    const c = await register(h);
    const id = await draft(c);
    const html = await uploadEvidence(h, c.lead, id, Buffer.from('<html><script>alert(1)</script>'), 'a.pdf');
    expect(html.status).toBe(415);
    expect(html.body).toMatchObject({ errors: [{ rule: 'input.media_type', path: 'file' }] });
    const evil = buildZip([
      ['a.pdf', samplePdf()],
      ['setup.pdf', Buffer.from('MZ\x90\x00 program')],
    ]);
    expect((await uploadEvidence(h, c.lead, id, evil, 'bundle.zip')).status).toBe(415);
    const big = await uploadEvidence(
      h,
      c.lead,
      id,
      Buffer.concat([samplePdf(), Buffer.alloc(EVIDENCE_MAX_BYTES)]),
    );
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ errors: [{ rule: 'input.file_size', path: 'file' }] });
    const notMultipart = await h.svc.request('POST', `/api/v1/claims/${id}/evidence`, {
      token: c.lead,
      body: { file: 'x' },
    });
    expect(notMultipart.status).toBe(415);
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const named = await uploadEvidence(h, c.lead, id, png, 'photo.pdf');
    expect(named).toMatchObject({ status: 201, body: { mediaType: 'image/png' } });
    expect(await evidenceRows(id)).toBe(1);
  });

  it('refuses to serve evidence whose stored bytes no longer match their sha256 (a problem, not the bytes)', async () => {
    const c = await register(h);
    const id = await draft(c);
    const bytes = samplePdf(`tamper ${id}`);
    const evidenceId = String((await uploadEvidence(h, c.lead, id, bytes)).body.id);
    const digest = sha(bytes);
    await writeFile(
      path.join(h.blobDir, digest.slice(0, 2), digest.slice(2, 4), digest),
      Buffer.concat([bytes.subarray(0, 10), Buffer.from('tampered')]),
    );
    // Checked to fail by returning the stored bytes unhashed from EvidenceFiles.readVerified: 200.
    const res = await download(c.lead, id, evidenceId);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.text();
    expect(body).not.toContain('tampered');
    expect(JSON.parse(body)).toMatchObject({ type: 'urn:lz:problem:storage.integrity' });
  });
});
