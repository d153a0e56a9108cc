// Test support for the evaluation integration specs (not exported, not a spec): boots the service on
// the real servers with a controllable clock, plays the review service, drives evaluation windows.
import { addDays, shanghaiDateOf, type IsoDate } from '@lz/calendar';
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
import { addYears } from '../cycles/evaluation-schedule';
import { EVALUATION } from '../evaluation.definition';

/** The booted service, and the directory of its evidence bytes (a fresh one per test file). */
export type EvaluationHarness = ServiceHarness & { blobDir: string };

export interface Registered {
  consortiumId: string;
  leadUscc: string;
  lead: string;
  evaluationId: string;
}

export interface EvaluationBody {
  id: string;
  consortiumId: string;
  cycle: number;
  opensOn: string;
  dueOn: string;
  opensAt: string;
  dueAt: string;
  status: string;
  acceptingReport: boolean;
  evaluatorOrgUscc: string | null;
  result: { grade: string; passed: boolean; consecutiveFailures: number } | null;
  consortium: {
    name: string;
    filingNumber: string;
    status: string;
    delistingDecidedAt: string | null;
    delistedAt: string | null;
  };
}

export function startEvaluation(env?: Record<string, string>): Promise<EvaluationHarness> {
  return startFileServiceHarness(EVALUATION, (blobDir) => (c, r) => AppModule.forRoot(c, r, blobDir), env);
}

/** A filing date whose first window opens tomorrow by the service clock. */
export function filedOnOpeningTomorrow(h: EvaluationHarness): IsoDate {
  return addYears(addDays(shanghaiDateOf(h.clock.now()), 1), -2);
}

/** Plays the registry: `review.consortium.registered.v1`; waits for the first cycle. */
export async function register(h: EvaluationHarness, filedOn: IsoDate): Promise<Registered> {
  const consortiumId = makeUuid();
  const leadUscc = makeUscc();
  await publishTestEvent(
    h.svc.config.AMQP_URL,
    makeEnvelope('review.consortium.registered.v1', { consortiumId, filedOn, leadUscc }),
  );
  let evaluationId = '';
  await waitUntil(async () => {
    const { rows } = await h.db.query<{ id: string }>(
      'SELECT id::text AS id FROM evaluation WHERE consortium_id = $1 AND cycle = 1',
      [consortiumId],
    );
    evaluationId = rows[0]?.id ?? '';
    return evaluationId !== '';
  }, `first cycle of ${consortiumId}`);
  const lead = await h.svc.token({ role: 'applicant', uscc: leadUscc, sub: `lead-${leadUscc}` });
  return { consortiumId, leadUscc, lead, evaluationId };
}

export async function getEvaluation(h: EvaluationHarness, id: string, token = h.officer) {
  const res = await h.svc.request('GET', `/api/v1/evaluations/${id}`, { token });
  return res.body as EvaluationBody;
}

/** Moves the clock to 1 s before the instant and waits until the cycle reaches `status`. */
export async function jumpAndWait(h: EvaluationHarness, id: string, instant: string, status: string) {
  h.clock.jumpTo(new Date(new Date(instant).getTime() - 1_000));
  await waitUntil(async () => (await getEvaluation(h, id)).status === status, `${id} ${status}`);
}

/** Opens the window of a cycle through its real delayed job. */
export async function openWindow(h: EvaluationHarness, id: string): Promise<EvaluationBody> {
  const e = await getEvaluation(h, id);
  await jumpAndWait(h, id, e.opensAt, 'OPEN');
  return getEvaluation(h, id);
}

export const REPORT = {
  performance: '两年内完成白酒固态发酵关键技术攻关3项,形成发明专利5件。',
  operation: '理事会每季度召开,成员单位分工明确。',
  activities: '联合开展中试验证12次,培训技术人员200人次。',
};

/** Uploads one file of evidence to an evaluation as `token` (multipart, field `file`). */
export function uploadEvidence(
  h: EvaluationHarness,
  token: string,
  id: string,
  bytes: Buffer = samplePdf(`evidence:${id}`),
  fileName = '绩效佐证材料.pdf',
) {
  return uploadFile(`${h.svc.baseUrl}/api/v1/evaluations/${id}/evidence`, token, bytes, { fileName });
}

/**
 * The lead's report with one file of evidence uploaded to the evaluation first (when the window
 * takes it; otherwise the report names an id of nothing and is refused for the window, 409).
 */
export async function submitReport(h: EvaluationHarness, c: Registered, id: string) {
  const up = await uploadEvidence(h, c.lead, id);
  const evidenceIds = [up.status === 201 ? String(up.body.id) : makeUuid()];
  return h.svc.request('POST', `/api/v1/evaluations/${id}/report`, {
    token: c.lead,
    body: { ...REPORT, evidenceIds },
  });
}

export async function assign(h: EvaluationHarness, id: string, evaluatorOrgUscc: string) {
  return h.svc.request('POST', `/api/v1/evaluations/${id}/assign`, {
    token: h.officer,
    body: { evaluatorOrgUscc },
  });
}

export async function grade(h: EvaluationHarness, id: string, evaluator: string, g: string) {
  return h.svc.request('POST', `/api/v1/evaluations/${id}/result`, {
    token: evaluator,
    body: { grade: g, comment: g === 'UNQUALIFIED' ? '绩效目标未达成。' : '运行良好。' },
  });
}

/** Opens the cycle, the lead reports, the officer assigns, the evaluator grades. */
export async function runCycle(
  h: EvaluationHarness,
  c: Registered,
  id: string,
  evaluator: { org: string; token: string },
  g: string,
): Promise<EvaluationBody> {
  await openWindow(h, id);
  ok(await submitReport(h, c, id), 'report');
  ok(await assign(h, id, evaluator.org), 'assign');
  return ok(await grade(h, id, evaluator.token, g), 'result').body as EvaluationBody;
}

function ok<R extends { status: number; body: unknown }>(res: R, what: string): R {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

/** The cycles of a consortium, by cycle number. */
export async function cyclesOf(h: EvaluationHarness, consortiumId: string) {
  const { rows } = await h.db.query<{ id: string; cycle: number; status: string; opens_on: string }>(
    'SELECT id::text AS id, cycle, status, opens_on FROM evaluation WHERE consortium_id = $1 ORDER BY cycle',
    [consortiumId],
  );
  return rows;
}

export { sleep, waitUntil };
