import { api, call } from './http';

/**
 * What waits for each role, as counts: one small page of each list (`pageSize=1`) and its `total`.
 * Queues: review's preliminary queue (reviewer) and city reviews (officer, expert); evaluation's
 * cycles (evaluator, applicant); subsidy's claims (applicant); publicity's objections (officer).
 */
const ONE = { pageSize: 1 } as const;

export const preliminaryQueueCount = () =>
  call(api.GET('/api/v1/preliminary-reviews', { params: { query: ONE } })).then((p) => p.total);
export const cityReviewCount = () =>
  call(api.GET('/api/v1/city-reviews', { params: { query: ONE } })).then((p) => p.total);
export const evaluationCount = () =>
  call(api.GET('/api/v1/evaluations', { params: { query: ONE } })).then((p) => p.total);
/** Officers: cycles whose report is overdue, escalated to the Bureau (evaluation `GET /evaluations`). */
export const overdueEvaluationCount = () =>
  call(api.GET('/api/v1/evaluations', { params: { query: { ...ONE, status: 'OVERDUE' } } })).then(
    (p) => p.total,
  );
export const claimCount = () =>
  call(api.GET('/api/v1/claims', { params: { query: ONE } })).then((p) => p.total);
/** Officers: objections not yet resolved, every notice (publicity `GET /objections`). */
export const pendingObjectionCount = () =>
  call(api.GET('/api/v1/objections', { params: { query: { ...ONE, status: 'PENDING' } } })).then(
    (p) => p.total,
  );
/** Officers: claims waiting for a decision (subsidy `GET /claims?status=PENDING`). */
export const pendingClaimCount = () =>
  call(api.GET('/api/v1/claims', { params: { query: { ...ONE, status: 'PENDING' } } })).then((p) => p.total);
/** Evaluators: assigned cycles whose report is in, waiting for the grade. */
export const submittedEvaluationCount = () =>
  call(api.GET('/api/v1/evaluations', { params: { query: { ...ONE, status: 'SUBMITTED' } } })).then(
    (p) => p.total,
  );
/** Officers: items decided 拟备案 on no notice yet (publicity `GET /notices/candidates`). */
export const noticeCandidateCount = () =>
  call(api.GET('/api/v1/notices/candidates', { params: { query: ONE } })).then((p) => p.total);
/** Officers: cleared items awaiting filing (review `GET /city-reviews?status=CLEARED`). */
export const awaitingFilingCount = () =>
  call(api.GET('/api/v1/city-reviews', { params: { query: { ...ONE, status: 'CLEARED' } } })).then(
    (p) => p.total,
  );
