import { randomUUID } from 'node:crypto';
import { issueDevToken } from '@lz/auth';
import { formatShanghaiIso } from '@lz/calendar';
import { LZ_2024_DRAFT, type JurisdictionCode } from '@lz/policy';
import { makeApplicationDocument, makeUscc } from '@lz/testing';
import {
  allPages,
  multipart,
  newIdempotencyKey,
  ok,
  type CityReviewView,
  type NoticeView,
} from '@lz/api-client';
import { demoPdf } from '../../tools/demo/cast';
import { eventually } from '../../tools/demo/eventually';
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
  const call = await ok(
    stack.api('intake', officerToken).POST('/api/v1/calls', {
      params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
      body: {
        year: Number(formatShanghaiIso(new Date(now)).slice(0, 4)),
        title: '端到端测试申报通知',
        opensAt: formatShanghaiIso(new Date(now - 60_000)),
        closesAt: formatShanghaiIso(new Date(now + 30 * 86_400_000)),
        policyVersion: LZ_2024_DRAFT.version,
      },
    }),
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
  overrides: { field?: string; jurisdictionCode?: JurisdictionCode; leadUscc?: string } = {},
): Promise<Draft> {
  // A lead of its own, or one given (a development directory enterprise, to sign in as it).
  const leadUscc =
    overrides.leadUscc ?? makeUscc({ seed: `${seed}:lead`, orgType: '91', division: '510502' });
  const token = await issueDevToken({ role: 'applicant', sub: `applicant-${seed}`, uscc: leadUscc });
  const api = stack.api('intake', token);
  const doc = makeApplicationDocument(
    {
      callId,
      name: `联合体${seed}`,
      ...(overrides.field ? { field: overrides.field } : {}),
      ...(overrides.jurisdictionCode ? { jurisdictionCode: overrides.jurisdictionCode } : {}),
    },
    { seed, leadUscc },
  );
  const created = await ok(
    api.POST('/api/v1/applications', {
      // A draft needs only its call (docs/SPEC.md C.2): the commitment is uploaded before it is filled in.
      params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
      body: { callId },
    }),
  );
  const upload = (category: 'AGREEMENT' | 'COMMITMENT') =>
    ok(
      api.POST('/api/v1/applications/{id}/attachments', {
        params: { path: { id: created.id } },
        ...multipart(
          { category },
          {
            bytes: demoPdf(`${seed} ${category}`),
            filename: `${category}.pdf`,
            mediaType: 'application/pdf',
          },
        ),
      }),
    );
  await upload('AGREEMENT');
  const commitment = await upload('COMMITMENT');
  await ok(
    api.PUT('/api/v1/applications/{id}', {
      params: { path: { id: created.id } },
      body: { ...doc, commitment: { ...doc.commitment, attachmentId: commitment.id } },
    }),
  );
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
      const res = await api.POST('/api/v1/applications/{id}/submit', {
        params: { path: { id: d.id }, header: { 'Idempotency-Key': d.submitKey } },
        signal: AbortSignal.timeout(30_000),
      });
      const status = res.response.status;
      last = `${status} ${JSON.stringify(res.data ?? res.error)}`;
      if (res.data) return outcome;
      if (status < 500 && status !== 409) throw new Error(`submit ${d.id}: ${last}`);
      if (status === 409) {
        const view = await api.GET('/api/v1/applications/{id}', { params: { path: { id: d.id } } });
        if (view.data?.status === 'SUBMITTED') return outcome;
        if (view.data?.status === 'DRAFT' && JSON.stringify(res.error).includes('idempotency.in_progress')) {
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
  const review = stack.api('review', token);
  const q = await allPages((query) =>
    review.GET('/api/v1/preliminary-reviews', { params: { query }, signal: AbortSignal.timeout(30_000) }),
  );
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
 * Takes submitted applications (all in 510502) through preliminary review to a drawn city panel:
 * recommended, a panel of three drawn from the pool (experts in the applications' field are created
 * on first use until the pool holds `poolSize`, so `poolSize - 3` are left in the reserve). Returns
 * each application's review as the officer reads it.
 */
export async function panelsDrawn(
  stack: E2eStack,
  officerToken: string,
  drafts: readonly Draft[],
  { field = '白酒酿造', poolSize = 3 }: { field?: string; poolSize?: number } = {},
): Promise<CityReviewView[]> {
  const reviewerToken = await issueDevToken({
    role: 'reviewer',
    sub: 'reviewer-510502',
    jurisdiction: '510502',
  });
  const officer = stack.api('review', officerToken);
  const key = () => ({ 'Idempotency-Key': newIdempotencyKey() });
  await waitInPreliminaryQueue(
    stack,
    drafts.map((d) => d.id),
  );
  const pool_ = await ok(
    officer.GET('/api/v1/experts', { params: { query: { field, pageSize: poolSize } } }),
  );
  for (let i = pool_.items.length; i < poolSize; i++) {
    await ok(
      officer.POST('/api/v1/experts', {
        params: { header: key() },
        body: {
          // One name within one organisation is one expert: a pool per field names its own.
          name: `${field}专家${i}`,
          orgUscc: makeUscc({ seed: `expert-org-${i}`, orgType: '12', division: '510000' }),
          fields: [field],
        },
      }),
    );
  }
  const views: CityReviewView[] = [];
  for (const d of drafts) {
    const applicationId = d.id;
    await ok(
      stack.api('review', reviewerToken).POST('/api/v1/preliminary-reviews/{applicationId}/decision', {
        params: { path: { applicationId }, header: key() },
        body: { decision: 'RECOMMEND', opinion: '同意推荐。' },
      }),
    );
    await ok(
      officer.POST('/api/v1/city-reviews/{applicationId}/panel', {
        params: { path: { applicationId }, header: key() },
        body: { size: 3 },
      }),
    );
    views.push(
      await ok(officer.GET('/api/v1/city-reviews/{applicationId}', { params: { path: { applicationId } } })),
    );
  }
  return views;
}

/**
 * Takes submitted applications (all in 510502) through preliminary review and the city panel's scores:
 * recommended, a panel of three drawn, every expert scored — what the Bureau decides next. Creates
 * three experts in the applications' field on first use.
 */
export async function scoredByPanel(
  stack: E2eStack,
  officerToken: string,
  drafts: readonly Draft[],
  field = '白酒酿造',
): Promise<void> {
  for (const view of await panelsDrawn(stack, officerToken, drafts, { field })) {
    for (const p of view.panel) {
      const token = await issueDevToken({ role: 'expert', sub: p.expertId, org: p.orgUscc });
      const items = view.rubric.map((c) => ({ criterion: c.key, score: c.maxScore - 2 }));
      await ok(
        stack.api('review', token).POST('/api/v1/city-reviews/{applicationId}/scores', {
          params: { path: { applicationId: view.applicationId } },
          body: { items, comment: '同意。' },
        }),
      );
    }
  }
}

/**
 * Takes submitted applications (all in 510502) through preliminary and city review to
 * CITY_TO_BE_FILED as publicity sees it (a notice can be published for them).
 */
export async function toBeFiled(
  stack: E2eStack,
  officerToken: string,
  drafts: readonly Draft[],
  field = '白酒酿造',
): Promise<void> {
  await scoredByPanel(stack, officerToken, drafts, field);
  const officer = stack.api('review', officerToken);
  for (const d of drafts) {
    await ok(
      officer.POST('/api/v1/city-reviews/{applicationId}/decision', {
        params: { path: { applicationId: d.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
        body: { decision: 'TO_BE_FILED', opinion: '拟备案。' },
      }),
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
    const res = await api.POST('/api/v1/notices', {
      params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
      body: {
        title,
        applicationIds,
        ...(publishedAt ? { publishedAt: formatShanghaiIso(publishedAt) } : {}),
      },
    });
    if (res.data) return res.data;
    if (res.response.status === 409 || res.response.status === 422) return undefined;
    throw new Error(`POST /notices: ${res.response.status} ${JSON.stringify(res.error)}`);
  });
}
