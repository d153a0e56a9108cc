// Test-only helpers for the review int-specs: play intake and publicity with contract-valid events and
// drive an application through review over HTTP. Not imported by production code.
import type { CityReviewView } from '../city-review/city-review.schema';
import {
  makeApplicationDocument,
  makeEnvelope,
  makeUscc,
  makeUuid,
  publishTestEvent,
  submittedEventData,
  type MemberInput,
  type TestService,
} from '@lz/testing';
import { getPolicy, type JurisdictionCode } from '@lz/policy';
import { PrismaService } from '../infra/prisma/prisma.service';

export const RUBRIC = getPolicy('lz-2024-draft').cityReview.rubric;

export function prismaOf(svc: TestService): PrismaService {
  return svc.app.get(PrismaService);
}

/** Polls until `fn` returns a truthy value (default 10 s). */
export async function until<T>(
  fn: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Publishes an envelope as another service would and waits until review's inbox has handled it. */
export async function publishHandled(svc: TestService, envelope: { id: string; type: string }) {
  await publishTestEvent(svc.config.AMQP_URL, envelope as Parameters<typeof publishTestEvent>[1]);
  await until(
    () => prismaOf(svc).inboxEvent.findFirst({ where: { eventId: envelope.id } }),
    `event ${envelope.type} ${envelope.id} to be handled`,
  );
}

export async function waitForStatus(
  svc: TestService,
  applicationId: string,
  status: string,
  revision?: number,
) {
  return until(async () => {
    const c = await prismaOf(svc).reviewCase.findUnique({ where: { applicationId } });
    return c && c.status === status && (revision === undefined || c.revision === revision) ? c : null;
  }, `application ${applicationId} to be ${status}`);
}

export interface SubmitOptions {
  applicationId?: string;
  revision?: number;
  jurisdictionCode?: JurisdictionCode;
  field?: string;
  callId?: string;
  name?: string;
  seed?: string;
  leadUscc?: string;
  members?: MemberInput[];
}

/** Publishes intake.application.submitted.v1 and waits until review has queued it. */
export async function submit(svc: TestService, o: SubmitOptions = {}) {
  const applicationId = o.applicationId ?? makeUuid();
  const revision = o.revision ?? 1;
  const doc = makeApplicationDocument(
    {
      jurisdictionCode: o.jurisdictionCode ?? '510502',
      field: o.field ?? '白酒酿造',
      ...(o.callId ? { callId: o.callId } : {}),
      ...(o.name ? { name: o.name } : {}),
      ...(o.members ? { members: o.members } : {}),
    },
    { seed: o.seed ?? applicationId, leadUscc: o.leadUscc },
  );
  const data = submittedEventData(doc, { applicationId, revision });
  await publishTestEvent(svc.config.AMQP_URL, makeEnvelope('intake.application.submitted.v1', data));
  await waitForStatus(svc, applicationId, 'SUBMITTED', revision);
  return { applicationId, doc, data };
}

export const reviewerToken = (svc: TestService, jurisdiction = '510502') =>
  svc.token({ role: 'reviewer', jurisdiction, sub: `reviewer-${jurisdiction}` });
export const officerToken = (svc: TestService) => svc.token({ role: 'officer', sub: 'officer-1' });
export const expertToken = (svc: TestService, e: { id: string; orgUscc: string }) =>
  svc.token({ role: 'expert', sub: e.id, org: e.orgUscc });

export async function recommend(svc: TestService, applicationId: string, jurisdiction = '510502') {
  const res = await svc.request('POST', `/api/v1/preliminary-reviews/${applicationId}/decision`, {
    token: await reviewerToken(svc, jurisdiction),
    body: { decision: 'RECOMMEND', opinion: '符合条件,同意推荐。' },
  });
  if (res.status !== 200) throw new Error(`recommend: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

export interface ExpertRecord {
  id: string;
  name: string;
  orgUscc: string;
  fields: string[];
}

export async function registerExpert(
  svc: TestService,
  body: { name?: string; orgUscc?: string; fields: string[] },
): Promise<ExpertRecord> {
  const res = await svc.request('POST', '/api/v1/experts', {
    token: await officerToken(svc),
    body: {
      // One name within one organisation is one expert (the pool's natural key): unnamed ones differ.
      name: body.name ?? `专家-${makeUuid().slice(0, 8)}`,
      orgUscc: body.orgUscc ?? makeUscc({ orgType: '12' }),
      fields: body.fields,
    },
  });
  if (res.status !== 201) throw new Error(`registerExpert: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as ExpertRecord;
}

export async function registerExperts(svc: TestService, field: string, n: number): Promise<ExpertRecord[]> {
  const out: ExpertRecord[] = [];
  for (let i = 0; i < n; i++) out.push(await registerExpert(svc, { name: `专家${i}`, fields: [field] }));
  return out;
}

export const fullMarks = (delta = 0) =>
  RUBRIC.map((c, i) => ({ criterion: c.key, score: i === 0 ? Math.max(0, c.maxScore - delta) : c.maxScore }));

/** The answer of GET /city-reviews/:id, as the service's schema says. */
export type CityReviewBody = CityReviewView;

export async function drawPanel(svc: TestService, applicationId: string, size: number) {
  return svc.request('POST', `/api/v1/city-reviews/${applicationId}/panel`, {
    token: await officerToken(svc),
    body: { size },
  });
}

/** Every expert currently on the panel scores (the first one `delta` below full marks). */
export async function scoreAll(svc: TestService, applicationId: string, experts: ExpertRecord[], delta = 0) {
  const view = await svc.request('GET', `/api/v1/city-reviews/${applicationId}`, {
    token: await officerToken(svc),
  });
  const body = view.body as CityReviewBody;
  const byId = new Map(experts.map((e) => [e.id, e]));
  for (const a of body.panel.filter((p) => p.status === 'ASSIGNED')) {
    const e = byId.get(a.expertId);
    if (!e) throw new Error(`scoreAll: unknown expert ${a.expertId}`);
    const res = await svc.request('POST', `/api/v1/city-reviews/${applicationId}/scores`, {
      token: await expertToken(svc, e),
      body: { items: fullMarks(delta), comment: '同意' },
    });
    if (res.status !== 200) throw new Error(`scoreAll: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

export async function decideCity(
  svc: TestService,
  applicationId: string,
  decision: 'TO_BE_FILED' | 'REJECT' = 'TO_BE_FILED',
) {
  return svc.request('POST', `/api/v1/city-reviews/${applicationId}/decision`, {
    token: await officerToken(svc),
    body: { decision, opinion: decision === 'TO_BE_FILED' ? '专家评审通过,拟备案。' : '不予备案。' },
  });
}

export async function publishCleared(svc: TestService, applicationId: string) {
  await publishHandled(
    svc,
    makeEnvelope('publicity.item.cleared.v1', { applicationId, noticeId: 'notice-1' }),
  );
}

/** Straight to CITY_TO_BE_FILED: a whole review over HTTP (panel of 1 from a fresh field). */
export async function toBeFiled(svc: TestService, o: SubmitOptions = {}) {
  const field = o.field ?? `领域-${makeUuid().slice(0, 8)}`;
  const { applicationId, doc } = await submit(svc, { ...o, field });
  await recommend(svc, applicationId, o.jurisdictionCode);
  const experts = await registerExperts(svc, field, 1);
  const drawn = await drawPanel(svc, applicationId, 1);
  if (drawn.status !== 201) throw new Error(`toBeFiled: panel ${drawn.status} ${JSON.stringify(drawn.body)}`);
  await scoreAll(svc, applicationId, experts);
  const decided = await decideCity(svc, applicationId);
  if (decided.status !== 200)
    throw new Error(`toBeFiled: decision ${decided.status} ${JSON.stringify(decided.body)}`);
  return { applicationId, doc, experts };
}

/** Audit rows of one object and action. */
export function auditRows(svc: TestService, objectId: string, action: string) {
  return prismaOf(svc).auditLog.findMany({ where: { objectId, action } });
}
