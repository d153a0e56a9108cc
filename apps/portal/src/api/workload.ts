import { get } from './http';
import type { Page } from './list';

/**
 * What waits for each role, as counts: one small page of each list (`pageSize=1`) and its `total`.
 * Queues: review's preliminary queue (reviewer) and city reviews (officer, expert); evaluation's
 * cycles (evaluator, applicant); subsidy's claims (applicant); publicity's objections (officer).
 */
const total = (path: string, query: Record<string, string | number> = {}) =>
  get<Page<unknown>>(path, { pageSize: 1, ...query }).then((p) => p.total);

export const preliminaryQueueCount = () => total('/preliminary-reviews');
export const cityReviewCount = () => total('/city-reviews');
export const evaluationCount = () => total('/evaluations');
export const claimCount = () => total('/claims');
/** Officers: objections not yet resolved, every notice (publicity `GET /objections`). */
export const pendingObjectionCount = () => total('/objections', { status: 'PENDING' });
