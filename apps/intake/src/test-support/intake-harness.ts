import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { OffsetClock } from '@lz/deadlines';
import type { ApplicationDocumentInput, AttachmentCategory } from '@lz/policy';
import {
  makeApplicationDocument,
  makeUscc,
  samplePdf,
  startTestService,
  uploadFile,
  type DeepPartial,
  type TestService,
} from '@lz/testing';
import { AppModule } from '../app.module';
import { INTAKE } from '../intake.definition';

/** One booted intake service for a test file, with a controllable clock and its own blob directory. */
export interface IntakeHarness {
  svc: TestService;
  clock: OffsetClock;
  blobDir: string;
  officer: string;
  /** A plain connection to the service's database, for tests that count raw effects. */
  db: Client;
  close(): Promise<void>;
}

export async function bootIntake(): Promise<IntakeHarness> {
  const blobDir = await mkdtemp(path.join(os.tmpdir(), 'lz-intake-blobs-'));
  const clock = new OffsetClock();
  const svc = await startTestService(
    INTAKE,
    (config, runtime) => AppModule.forRoot(config, runtime, { INTAKE_BLOB_DIR: blobDir }),
    { runtime: { clock } },
  );
  const officer = await svc.token({ role: 'officer', sub: 'officer-1' });
  const db = new Client({ connectionString: svc.db.url });
  await db.connect();
  return {
    svc,
    clock,
    blobDir,
    officer,
    db,
    async close() {
      await db.end();
      await svc.close();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

/** Publishes a call open from an hour ago for `hours` hours (a justification lets several share a year). */
export async function openCall(h: IntakeHarness, hours = 24 * 30, year = 2026): Promise<string> {
  const now = h.clock.now().getTime();
  const res = await h.svc.request('POST', '/api/v1/calls', {
    token: h.officer,
    body: {
      year,
      title: `${year}年度泸州市创新联合体申报`,
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + hours * 3_600_000).toISOString(),
      policyVersion: 'lz-2024-draft',
      justification: '测试批次',
    },
  });
  if (res.status !== 201) throw new Error(`openCall: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

export interface Applicant {
  uscc: string;
  token: string;
  sub: string;
}

export async function applicant(h: IntakeHarness, seed: string): Promise<Applicant> {
  const uscc = makeUscc({ seed: `applicant:${seed}`, orgType: '91', division: '510502' });
  const sub = `applicant-${seed}`;
  return { uscc, sub, token: await h.svc.token({ role: 'applicant', uscc, sub }) };
}

export async function upload(
  h: IntakeHarness,
  token: string,
  applicationId: string,
  category: AttachmentCategory,
  bytes: Buffer,
  options: { fileName?: string; contentType?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  return uploadFile(`${h.svc.baseUrl}/api/v1/applications/${applicationId}/attachments`, token, bytes, {
    fileName: options.fileName ?? `${category.toLowerCase()}.pdf`,
    contentType: options.contentType,
    fields: { category },
  });
}

export interface Draft {
  id: string;
  doc: ApplicationDocumentInput;
  who: Applicant;
  agreementId: string;
  commitmentId: string;
}

/**
 * A draft by `who` in `callId`, made the way an applicant does: created with only its call, the
 * formation agreement and the integrity commitment attached, then the document filled in pointing at
 * that commitment (docs/SPEC.md C.2). Eligible as it stands, unless `overrides` break it.
 */
export async function completeDraft(
  h: IntakeHarness,
  callId: string,
  who: Applicant,
  overrides: DeepPartial<ApplicationDocumentInput> = {},
  attach: AttachmentCategory[] = ['AGREEMENT', 'COMMITMENT'],
): Promise<Draft> {
  const doc0 = makeApplicationDocument({ callId, ...overrides }, { seed: who.sub, leadUscc: who.uscc });
  const created = await h.svc.request('POST', '/api/v1/applications', {
    token: who.token,
    body: { callId: doc0.callId },
  });
  if (created.status !== 201)
    throw new Error(`completeDraft: ${created.status} ${JSON.stringify(created.body)}`);
  const id = (created.body as { id: string }).id;
  const ids: Partial<Record<AttachmentCategory, string>> = {};
  for (const category of attach) {
    const up = await upload(h, who.token, id, category, samplePdf(`${id}:${category}`));
    if (up.status !== 201) throw new Error(`completeDraft upload: ${up.status} ${JSON.stringify(up.body)}`);
    ids[category] = up.body.id as string;
  }
  const doc: ApplicationDocumentInput = {
    ...doc0,
    commitment: { ...doc0.commitment, attachmentId: ids.COMMITMENT ?? doc0.commitment.attachmentId },
  };
  const replaced = await h.svc.request('PUT', `/api/v1/applications/${id}`, { token: who.token, body: doc });
  if (replaced.status !== 200)
    throw new Error(`completeDraft PUT: ${replaced.status} ${JSON.stringify(replaced.body)}`);
  return { id, doc, who, agreementId: ids.AGREEMENT ?? '', commitmentId: ids.COMMITMENT ?? '' };
}

export function submit(h: IntakeHarness, token: string, id: string, key: string) {
  return h.svc.request('POST', `/api/v1/applications/${id}/submit`, {
    token,
    headers: { 'idempotency-key': key },
  });
}
