import { createHash, randomUUID } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  applicant,
  bootIntake,
  completeDraft,
  openCall,
  submit,
  upload,
  type Draft,
  type IntakeHarness,
} from '../test-support/intake-harness';
import { EVIDENCE_MAX_BYTES as ATTACHMENT_MAX_BYTES } from '@lz/evidence';
import { buildZip, samplePdf } from '@lz/testing';
import { AttachmentsController } from './attachments.controller';

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe(AttachmentsController.name, () => {
  let h: IntakeHarness;
  let d: Draft;
  beforeAll(async () => {
    h = await bootIntake();
    const callId = await openCall(h);
    d = await completeDraft(h, callId, await applicant(h, 'att'));
  }, 60_000);
  afterAll(() => h?.close(), 30_000);

  const list = async () =>
    (
      (await h.svc.request('GET', `/api/v1/applications/${d.id}`, { token: d.who.token })).body as {
        attachments: Array<{ id: string; sha256: string }>;
      }
    ).attachments;

  it('stores an upload with its sha256, size and the media type of its bytes', async () => {
    const bytes = samplePdf('evidence-1');
    const res = await upload(h, d.who.token, d.id, 'EVIDENCE', bytes, { fileName: '佐证材料.pdf' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      sha256: sha(bytes),
      size: bytes.length,
      mediaType: 'application/pdf',
      category: 'EVIDENCE',
    });
    expect((await list()).map((a) => a.id)).toContain(res.body.id);
  });

  it('decides the media type from the bytes, not from the name or the client header', async () => {
    const res = await upload(h, d.who.token, d.id, 'OTHER', PNG, {
      fileName: 'photo.pdf',
      contentType: 'application/pdf',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mediaType: 'image/png' });
    const zip = buildZip([
      ['a.pdf', samplePdf('zipped')],
      ['b.png', PNG],
    ]);
    const zipped = await upload(h, d.who.token, d.id, 'EVIDENCE', zip, {
      fileName: 'bundle.zip',
      contentType: 'application/zip',
    });
    expect(zipped.body).toMatchObject({ mediaType: 'application/zip' });
  });

  it('refuses HTML dressed as a PDF and a zip carrying an executable (415), and writes nothing', async () => {
    const before = await list();
    const html = await upload(
      h,
      d.who.token,
      d.id,
      'EVIDENCE',
      Buffer.from('<html><script>alert(1)</script>'),
      {
        fileName: 'report.pdf',
        contentType: 'application/pdf',
      },
    );
    expect(html.status).toBe(415);
    expect(html.body).toMatchObject({ errors: [{ rule: 'input.media_type', path: 'file' }] });
    const evil = buildZip([
      ['a.pdf', samplePdf()],
      ['setup.pdf', Buffer.from('MZ\x90\x00 program')],
    ]);
    expect((await upload(h, d.who.token, d.id, 'EVIDENCE', evil, { fileName: 'x.zip' })).status).toBe(415);
    expect(await list()).toEqual(before);
  });

  it('refuses a file over the size limit (413) and an upload without a category (400)', async () => {
    const big = Buffer.concat([samplePdf(), Buffer.alloc(ATTACHMENT_MAX_BYTES)]);
    const res = await upload(h, d.who.token, d.id, 'EVIDENCE', big);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ errors: [{ rule: 'input.file_size' }] });
    const form = new FormData();
    form.append('file', new Blob([samplePdf()]), 'a.pdf');
    const noCategory = await fetch(`${h.svc.baseUrl}/api/v1/applications/${d.id}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${d.who.token}` },
      body: form,
    });
    expect(noCategory.status).toBe(400);
    const json = await h.svc.request('POST', `/api/v1/applications/${d.id}/attachments`, {
      token: d.who.token,
      body: { file: 'not multipart' },
    });
    expect(json.status).toBe(415);
  });

  it('serves the bytes as an attachment with nosniff, verified against the stored sha256', async () => {
    const bytes = samplePdf('download');
    const up = await upload(h, d.who.token, d.id, 'EVIDENCE', bytes, { fileName: '协议 final.pdf' });
    const res = await fetch(
      `${h.svc.baseUrl}/api/v1/applications/${d.id}/attachments/${String(up.body.id)}`,
      {
        headers: { authorization: `Bearer ${d.who.token}` },
      },
    );
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('协议 final.pdf'));
  });

  it('refuses to serve bytes that no longer match their sha256', async () => {
    const bytes = samplePdf('to-be-corrupted');
    const up = await upload(h, d.who.token, d.id, 'EVIDENCE', bytes);
    const digest = sha(bytes);
    const file = path.join(h.blobDir, digest.slice(0, 2), digest.slice(2, 4), digest);
    expect(await readdir(path.dirname(file))).toContain(digest);
    await writeFile(file, Buffer.concat([bytes.subarray(0, 10), Buffer.from('tampered')]));
    const res = await fetch(
      `${h.svc.baseUrl}/api/v1/applications/${d.id}/attachments/${String(up.body.id)}`,
      {
        headers: { authorization: `Bearer ${d.who.token}` },
      },
    );
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.text()).not.toContain('tampered');
  });

  describe('DELETE /applications/:id/attachments/:attId', () => {
    const remove = (token: string, id: string, attId: string) =>
      h.svc.request('DELETE', `/api/v1/applications/${id}/attachments/${attId}`, { token });

    it('deletes an attachment of a draft, audited, and its download is gone', async () => {
      const up = await upload(h, d.who.token, d.id, 'OTHER', samplePdf('to-delete'));
      const attId = String(up.body.id);
      const res = await remove(d.who.token, d.id, attId);
      expect(res.status).toBe(204);
      expect((await list()).map((a) => a.id)).not.toContain(attId);
      const download = await fetch(`${h.svc.baseUrl}/api/v1/applications/${d.id}/attachments/${attId}`, {
        headers: { authorization: `Bearer ${d.who.token}` },
      });
      expect(download.status).toBe(404);
      const audits = await h.db.query<{ action: string; detail: { attachmentId: string } }>(
        "SELECT action, detail FROM audit_log WHERE object_id = $1 AND action = 'attachment.deleted'",
        [d.id],
      );
      expect(audits.rows.map((r) => r.detail.attachmentId)).toEqual([attId]);
      expect((await remove(d.who.token, d.id, attId)).status).toBe(404);
    });

    it("answers 404 for another unit's application and 403 for a role that may not delete", async () => {
      const up = await upload(h, d.who.token, d.id, 'OTHER', samplePdf('kept'));
      const attId = String(up.body.id);
      const other = await applicant(h, 'att-other');
      expect((await remove(other.token, d.id, attId)).status).toBe(404);
      expect((await remove(h.officer, d.id, attId)).status).toBe(403);
      expect((await list()).map((a) => a.id)).toContain(attId);
    });

    it('refuses to delete once submitted (409, rule 3.2) and keeps the attachment', async () => {
      const callId = await openCall(h);
      const filed = await completeDraft(h, callId, await applicant(h, 'att-submitted'));
      expect((await submit(h, filed.who.token, filed.id, randomUUID())).status).toBe(200);
      const res = await remove(filed.who.token, filed.id, filed.agreementId);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ errors: [{ rule: '3.2' }] });
      const download = await fetch(
        `${h.svc.baseUrl}/api/v1/applications/${filed.id}/attachments/${filed.agreementId}`,
        { headers: { authorization: `Bearer ${filed.who.token}` } },
      );
      expect(download.status).toBe(200);
    });
  });
});
