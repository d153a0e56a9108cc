import { randomUUID } from 'node:crypto';
import { issueDevToken } from '@lz/auth';
import { formatShanghaiIso } from '@lz/calendar';
import { LZ_2024_DRAFT } from '@lz/policy';
import { makeApplicationDocument, makeUscc } from '@lz/testing';
import { ApiClient, eventually } from '../../tools/demo/api-client';
import type {
  ApplicationView,
  AttachmentView,
  CallView,
  CityReviewView,
  ExpertView,
  NoticeView,
  Page,
  QueueItem,
} from '../../tools/demo/api-types';
import { demoPdf } from '../../tools/demo/cast';
import { allPages } from '../../tools/demo/pages';
import type { E2eStack } from './stack';

/** Short procedures the fault tests repeat many times, over HTTP like everything else. */

export interface Draft {
  id: string;
  leadUscc: string;
  token: string;
  /** The Idempotency-Key its submission uses, every retry included. */
  submitKey: string;
}

/** Runs `fn` over `items` with at most `concurrency` in flight; results in input order. */
export async function pool<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i] as T, i);
      }
    }),
  );
  return out;
}

/** Opens a call (now − 1 min … now + 30 days) and returns its id. */
export async function openCall(stack: E2eStack, officerToken: string): Promise<string> {
  const now = Date.now();
  const call = await stack.api('intake', officerToken).post<CallView>(
    '/calls',
    {
      year: Number(formatShanghaiIso(new Date(now)).slice(0, 4)),
      title: '端到端测试申报通知',
      opensAt: formatShanghaiIso(new Date(now - 60_000)),
      closesAt: formatShanghaiIso(new Date(now + 30 * 86_400_000)),
      policyVersion: LZ_2024_DRAFT.version,
    },
    { idempotencyKey: true },
  );
  return call.id;
}

/**
 * An eligible draft of its own lead unit (docs/SPEC.md C.1: one open application per lead), with the
 * formation agreement and the integrity commitment uploaded: ready to submit.
 */
export async function prepareDraft(
  stack: E2eStack,
  callId: string,
  seed: string,
  overrides: { field?: string; jurisdictionCode?: string } = {},
): Promise<Draft> {
  const leadUscc = makeUscc({ seed: `${seed}:lead`, orgType: '91', division: '510502' });
  const token = await issueDevToken({ role: 'applicant', sub: `applicant-${seed}`, uscc: leadUscc });
  const api = stack.api('intake', token);
  const doc = makeApplicationDocument(
    { callId, name: `联合体${seed}`, ...(overrides.field ? { field: overrides.field } : {}) },
    { seed, leadUscc },
  );
  const created = await api.post<ApplicationView>('/applications', doc, { idempotencyKey: true });
  const upload = (category: string) =>
    api.upload<AttachmentView>(
      `/applications/${created.id}/attachments`,
      { bytes: demoPdf(`${seed} ${category}`), filename: `${category}.pdf`, mediaType: 'application/pdf' },
      { category },
      { idempotencyKey: true },
    );
  await upload('AGREEMENT');
  const commitment = await upload('COMMITMENT');
  await api.put(`/applications/${created.id}`, {
    ...doc,
    commitment: { ...doc.commitment, attachmentId: commitment.id },
  });
  return { id: created.id, leadUscc, token, submitKey: randomUUID() };
}

export interface SubmitOutcome {
  /** HTTP attempts made. */
  attempts: number;
  /** Times the Idempotency-Key had to be replaced (see below). */
  newKeys: number;
}

/**
 * Submits, retrying through refused connections and 5xx (a killed or restarting intake) with the
 * SAME Idempotency-Key until intake answers; done when the application is SUBMITTED.
 *
 * One exception, and why it is safe: a process killed after it stored the key as IN_PROGRESS leaves
 * the key blocked (409 idempotency.in_progress) until the platform takes it over as stale (60 s,
 * libs/http IdempotencyService). When intake answers that while the application is still a DRAFT —
 * so the first attempt certainly did not commit — the client uses a new key. Submission itself is
 * a state transition (DRAFT → SUBMITTED happens once), so this cannot submit twice; the fault test
 * still counts effects and events to prove it.
 */
export async function submitUntilAccepted(
  stack: E2eStack,
  d: Draft,
  timeoutMs = 60_000,
): Promise<SubmitOutcome> {
  const api = stack.api('intake', d.token);
  const until = Date.now() + timeoutMs;
  // A duplicate of a key still IN_PROGRESS waits up to 15 s on the server before its 409: the
  // client must wait longer than that to ever see the 409.
  const outcome: SubmitOutcome = { attempts: 0, newKeys: 0 };
  let last: string | undefined;
  for (;;) {
    outcome.attempts += 1;
    try {
      const res = await api.request(
        'POST',
        `/applications/${d.id}/submit`,
        {},
        { idempotencyKey: d.submitKey, timeoutMs: 30_000 },
      );
      last = `${res.status} ${JSON.stringify(res.body)}`;
      if (res.status >= 200 && res.status < 300) return outcome;
      if (res.status < 500 && res.status !== 409)
        throw new Error(`submit ${d.id}: ${res.status} ${JSON.stringify(res.body)}`);
      if (res.status === 409) {
        const view = await api.request<ApplicationView>('GET', `/applications/${d.id}`);
        if (view.status === 200 && view.body.status === 'SUBMITTED') return outcome;
        if (
          view.status === 200 &&
          view.body.status === 'DRAFT' &&
          JSON.stringify(res.body).includes('idempotency.in_progress')
        ) {
          d.submitKey = randomUUID();
          outcome.newKeys += 1;
        }
      }
    } catch (err) {
      if ((err as Error).message.startsWith('submit ')) throw err;
      // connection refused/reset: intake is down; try again
      last = (err as Error).message;
    }
    if (Date.now() > until)
      throw new Error(`submit ${d.id}: not accepted within ${timeoutMs} ms; last: ${last ?? 'no answer'}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Application ids in a reviewer's preliminary queue (and how often each appears). */
export async function preliminaryQueue(
  stack: E2eStack,
  jurisdiction = '510502',
): Promise<Map<string, number>> {
  const token = await issueDevToken({ role: 'reviewer', sub: `reviewer-${jurisdiction}`, jurisdiction });
  const q = await allPages<QueueItem>(stack.api('review', token), '/preliminary-reviews', {
    timeoutMs: 30_000,
  });
  const counts = new Map<string, number>();
  for (const item of q) counts.set(item.applicationId, (counts.get(item.applicationId) ?? 0) + 1);
  return counts;
}

/** Waits until every id is in the preliminary queue; returns the queue's counts. */
export async function waitInPreliminaryQueue(
  stack: E2eStack,
  ids: readonly string[],
  timeoutMs = 90_000,
): Promise<Map<string, number>> {
  return eventually(
    `${ids.length} applications in review's preliminary queue`,
    async () => {
      const q = await preliminaryQueue(stack);
      return ids.every((id) => q.has(id)) ? q : undefined;
    },
    { timeoutMs, everyMs: 500 },
  );
}

/**
 * Takes submitted applications (all in 510502) through preliminary and city review to
 * CITY_TO_BE_FILED as publicity sees it (a notice can be published for them). Creates three experts
 * in the applications' field on first use.
 */
export async function toBeFiled(
  stack: E2eStack,
  officerToken: string,
  drafts: readonly Draft[],
  field = '白酒酿造',
): Promise<void> {
  const reviewerToken = await issueDevToken({
    role: 'reviewer',
    sub: 'reviewer-510502',
    jurisdiction: '510502',
  });
  const review = stack.api('review');
  await waitInPreliminaryQueue(
    stack,
    drafts.map((d) => d.id),
  );
  const pool_ = await review
    .as(officerToken)
    .get<Page<ExpertView>>(`/experts?field=${encodeURIComponent(field)}&pageSize=3`);
  const experts: Array<{ id: string; orgUscc: string }> = pool_.items.slice(0, 3);
  for (let i = experts.length; i < 3; i++) {
    experts.push(
      await review.as(officerToken).post<ExpertView>(
        '/experts',
        {
          name: `专家${i}`,
          orgUscc: makeUscc({ seed: `expert-org-${i}`, orgType: '12', division: '510000' }),
          fields: [field],
        },
        { idempotencyKey: true },
      ),
    );
  }
  for (const d of drafts) {
    await review
      .as(reviewerToken)
      .post(
        `/preliminary-reviews/${d.id}/decision`,
        { decision: 'RECOMMEND', opinion: '同意推荐。' },
        { idempotencyKey: true },
      );
    await review.as(officerToken).post(`/city-reviews/${d.id}/panel`, { size: 3 }, { idempotencyKey: true });
    const view = await review.as(officerToken).get<CityReviewView>(`/city-reviews/${d.id}`);
    for (const p of view.panel) {
      const token = await issueDevToken({ role: 'expert', sub: p.expertId, org: p.orgUscc });
      const items = view.rubric.map((c) => ({
        criterion: c.key,
        score: c.maxScore - 2,
      }));
      await review
        .as(token)
        .post(`/city-reviews/${d.id}/scores`, { items, comment: '同意。' }, { idempotencyKey: true });
    }
    await review
      .as(officerToken)
      .post(
        `/city-reviews/${d.id}/decision`,
        { decision: 'TO_BE_FILED', opinion: '拟备案。' },
        { idempotencyKey: true },
      );
  }
}

/** Publishes a notice once publicity has heard of every item (it learns "to be filed" by event). */
export async function publishNotice(
  stack: E2eStack,
  officerToken: string,
  title: string,
  applicationIds: string[],
  publishedAt?: Date,
): Promise<NoticeView> {
  const api = stack.api('publicity', officerToken);
  return eventually(`notice ${title}`, async () => {
    const body: Record<string, unknown> = { title, applicationIds };
    if (publishedAt) body.publishedAt = formatShanghaiIso(publishedAt);
    const res = await api.request<NoticeView>('POST', '/notices', body, { idempotencyKey: true });
    if (res.status >= 200 && res.status < 300) return res.body;
    if (res.status === 409 || res.status === 422) return undefined;
    throw new Error(`POST /notices: ${res.status} ${JSON.stringify(res.body)}`);
  });
}

export { ApiClient };
