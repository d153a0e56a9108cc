import type { DeadlineView, NoticeView, ObjectionView } from '@lz/api-client';
import { api, call, type QueryOf } from './http';
import { DEFAULT_PAGE_SIZE } from './list';

/**
 * The officer's side of publicity (公示, docs/SPEC.md §3.5): what the next notice may carry, the
 * period the working-day rule gives, publishing, and the objections with the objectors' contacts
 * (personal data: officers only, never logged or cached beyond the page).
 */
export type { DeadlineView, ObjectionView };
export type CandidatePage = Awaited<ReturnType<typeof listCandidates>>;
export type Candidate = CandidatePage['items'][number];
export type ObjectionOutcome = 'UPHELD' | 'DISMISSED';

/** `GET /notices/candidates`: the applications decided 拟备案 that are on no notice yet. */
export const listCandidates = (query: QueryOf<'/api/v1/notices/candidates'> = {}) =>
  call(api.GET('/api/v1/notices/candidates', { params: { query } }));

/** `GET /calendar/deadline`: the end instant a notice published at `from` would get (publicity computes it). */
export const noticeDeadline = (from: string, workingDays: number) =>
  call(api.GET('/api/v1/calendar/deadline', { params: { query: { from, workingDays } } }));

/** `POST /notices`: publishes; `publishedAt` (now or earlier) records a notice already posted elsewhere. */
export const publishNotice = (
  body: { title: string; applicationIds: string[]; publishedAt?: string },
  idempotencyKey: string,
): Promise<NoticeView> =>
  call(
    api.POST('/api/v1/notices', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );

/** `GET /notices/:id/objections` (officer): oldest first, contacts included, a page at a time. */
export const listNoticeObjections = (noticeId: string, page: number) =>
  call(
    api.GET('/api/v1/notices/{id}/objections', {
      params: { path: { id: noticeId }, query: { page, pageSize: DEFAULT_PAGE_SIZE } },
    }),
  );

/** `POST /objections/:id/resolution`: 成立 / 不成立 with the reason the objector will read. */
export const resolveObjection = (id: string, body: { outcome: ObjectionOutcome; reason: string }) =>
  call(api.POST('/api/v1/objections/{id}/resolution', { params: { path: { id } }, body }));

export const candidatesQueryKey = ['notice-candidates'] as const;
/** Every page of a notice's objections (a resolution invalidates them all); `page` names one. */
export const noticeObjectionsQueryKey = (noticeId: string, page?: number) =>
  page === undefined
    ? (['notice-objections', noticeId] as const)
    : (['notice-objections', noticeId, page] as const);
