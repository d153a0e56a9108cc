// Test support for the subsidy integration specs (not exported, not a spec): boots the service on the
// real servers, plays the registry and the evaluation service, files claims.
import { shanghaiDateOf, yearOf } from '@lz/calendar';
import {
  makeEnvelope,
  makeUscc,
  makeUuid,
  publishTestEvent,
  samplePdf,
  startFileServiceHarness,
  uploadFile,
  type ServiceHarness,
  sleep,
  waitUntil,
} from '@lz/testing';
import { AppModule } from '../app.module';
import { SUBSIDY } from '../subsidy.definition';

/** The booted service, and the directory of its evidence bytes (a fresh one per test file). */
export type SubsidyHarness = ServiceHarness & { blobDir: string };

export interface Consortium {
  consortiumId: string;
  leadUscc: string;
  lead: string;
}

export interface ClaimBody {
  id: string;
  status: string;
  amountFen: number;
  grantedFen: number;
  budgetYear: number | null;
  latestEvaluation: { grade: string; cycle: number } | null;
  cap: { capFen: number; grantedFen: number; leftFen: number } | null;
  consortium: { name: string | null; filingNumber: string; status: string } | null;
}

/** The budget year a decision made now charges (Asia/Shanghai). */
export const thisYear = () => yearOf(shanghaiDateOf(new Date()));

export function startSubsidy(): Promise<SubsidyHarness> {
  return startFileServiceHarness(SUBSIDY, (blobDir) => (c, r) => AppModule.forRoot(c, r, blobDir));
}

/** Plays the registry: `review.consortium.registered.v1`; waits until stored. */
export async function register(h: SubsidyHarness): Promise<Consortium> {
  const consortiumId = makeUuid();
  const leadUscc = makeUscc();
  await publishTestEvent(
    h.svc.config.AMQP_URL,
    makeEnvelope('review.consortium.registered.v1', { consortiumId, leadUscc }),
  );
  await waitUntil(async () => {
    const { rows } = await h.db.query('SELECT 1 FROM consortium WHERE id = $1', [consortiumId]);
    return rows.length === 1;
  }, `consortium ${consortiumId}`);
  const lead = await h.svc.token({ role: 'applicant', uscc: leadUscc, sub: `lead-${leadUscc}` });
  return { consortiumId, leadUscc, lead };
}

export function fileClaim(
  h: SubsidyHarness,
  c: Consortium,
  body: { category?: string; ref?: string; amountFen?: unknown },
) {
  return h.svc.request('POST', '/api/v1/claims', {
    token: c.lead,
    body: {
      consortiumId: c.consortiumId,
      category: body.category ?? 'PILOT_PLATFORM',
      subject: { ref: body.ref ?? `platform-${makeUuid()}`, name: '白酒酿造中试熟化平台' },
      amountFen: body.amountFen ?? 1_000_000,
    },
  });
}

/** Uploads one file of evidence to a claim as `token` (multipart, field `file`). */
export async function uploadEvidence(
  h: SubsidyHarness,
  token: string,
  claimId: string,
  bytes: Buffer = samplePdf(`evidence:${claimId}`),
  fileName = '验收报告.pdf',
): Promise<{ status: number; body: Record<string, unknown> }> {
  return uploadFile(`${h.svc.baseUrl}/api/v1/claims/${claimId}/evidence`, token, bytes, { fileName });
}

export function submitClaim(h: SubsidyHarness, token: string, id: string, key = `submit-${id}`) {
  return h.svc.request('POST', `/api/v1/claims/${id}/submit`, {
    token,
    headers: { 'idempotency-key': key },
  });
}

/** Files a claim that must be accepted, with its evidence, and submits it (PENDING); returns its id. */
export async function claimId(h: SubsidyHarness, c: Consortium, body: Parameters<typeof fileClaim>[2]) {
  const res = await fileClaim(h, c, body);
  if (res.status !== 201) throw new Error(`claim: ${res.status} ${JSON.stringify(res.body)}`);
  const id = (res.body as ClaimBody).id;
  const up = await uploadEvidence(h, c.lead, id);
  if (up.status !== 201) throw new Error(`evidence: ${up.status} ${JSON.stringify(up.body)}`);
  const submitted = await submitClaim(h, c.lead, id);
  if (submitted.status !== 200)
    throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return id;
}

export function decide(h: SubsidyHarness, id: string, decision: 'GRANT' | 'REJECT', amountFen?: number) {
  return h.svc.request('POST', `/api/v1/claims/${id}/decision`, {
    token: h.officer,
    body: { decision, ...(amountFen === undefined ? {} : { amountFen }), opinion: '经审核,同意。' },
  });
}

/** Sets this year's budget to what is already granted plus `remainingFen`. */
export async function budgetWithRemaining(h: SubsidyHarness, remainingFen: number) {
  const year = thisYear();
  const current = await h.svc.request('GET', `/api/v1/budgets/${year}`, { token: h.officer });
  const granted = current.status === 200 ? (current.body as { grantedFen: number }).grantedFen : 0;
  const res = await h.svc.request('PUT', `/api/v1/budgets/${year}`, {
    token: h.officer,
    body: { totalFen: granted + remainingFen },
  });
  if (res.status !== 200) throw new Error(`budget: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { year: number; totalFen: number; grantedFen: number; remainingFen: number };
}

export { sleep, waitUntil };
