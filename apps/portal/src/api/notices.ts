import type { NoticeView } from '@lz/api-client';
import { api, call, type QueryOf } from './http';
import { DEFAULT_PAGE_SIZE } from './list';

/** `GET /notices/:id` (publicity): the period, the rule that counted it, the items — the service's own OpenAPI type. */
export type { NoticeView };
export type NoticeItemView = NoticeView['items'][number];
export type NoticeItemStatus = NoticeItemView['status'];

export const listNotices = (query: QueryOf<'/api/v1/notices'> = {}) =>
  call(api.GET('/api/v1/notices', { params: { query } }));

export const getNotice = (id: string) => call(api.GET('/api/v1/notices/{id}', { params: { path: { id } } }));

/** A page of the notices list (newest first). */
export const noticeListQuery = (page: number) => ({
  queryKey: ['notices', page] as const,
  queryFn: () => listNotices({ page, pageSize: DEFAULT_PAGE_SIZE }),
});

/** One notice: its page and its objection form share it. */
export const noticeQuery = (id: string) => ({
  queryKey: ['notice', id] as const,
  queryFn: () => getNotice(id),
});
