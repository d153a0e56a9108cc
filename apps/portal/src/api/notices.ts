import type { NoticeView } from '@lz/api-client';
import { api, call, type QueryOf } from './http';

/** `GET /notices/:id` (publicity): the period, the rule that counted it, the items — the service's own OpenAPI type. */
export type { NoticeView };
export type NoticeItemView = NoticeView['items'][number];
export type NoticeItemStatus = NoticeItemView['status'];

export const listNotices = (query: QueryOf<'/api/v1/notices'> = {}) =>
  call(api.GET('/api/v1/notices', { params: { query } }));

export const getNotice = (id: string) => call(api.GET('/api/v1/notices/{id}', { params: { path: { id } } }));
