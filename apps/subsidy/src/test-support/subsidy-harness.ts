// Test support for the subsidy integration specs (not exported, not a spec): boots the service on the
// real servers, plays the registry and the evaluation service, files claims.
import { Client } from 'pg';
import { shanghaiDateOf, yearOf } from '@lz/calendar';
import {
  EventProbe,
  makeEnvelope,
  makeUscc,
  makeUuid,
  publishTestEvent,
  startTestService,
  type TestService,
} from '@lz/testing';
import { AppModule } from '../app.module';
import { SUBSIDY } from '../subsidy.definition';

export interface SubsidyHarness {
  svc: TestService;
  probe: EventProbe;
  db: Client;
  officer: string;
  close(): Promise<void>;
}

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
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The budget year a decision made now charges (Asia/Shanghai). */
export const thisYear = () => yearOf(shanghaiDateOf(new Date()));

export async function startSubsidy(): Promise<SubsidyHarness> {
  const svc = await startTestService(SUBSIDY, (c, r) => AppModule.forRoot(c, r));
  const probe = await EventProbe.open(svc.config.AMQP_URL, ['subsidy.#']);
  const db = new Client({ connectionString: svc.db.url });
  await db.connect();
  const officer = await svc.token({ role: 'officer', sub: 'officer-1' });
  return {
    svc,
    probe,
    db,
    officer,
    async close() {
      await probe.close();
      await db.end();
      await svc.close();
    },
  };
}

export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for: ${what}`);
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
      evidenceAttachmentIds: ['att-acceptance-report'],
    },
  });
}

/** Files a claim that must be accepted; returns its id. */
export async function claimId(h: SubsidyHarness, c: Consortium, body: Parameters<typeof fileClaim>[2]) {
  const res = await fileClaim(h, c, body);
  if (res.status !== 201) throw new Error(`claim: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as ClaimBody).id;
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
