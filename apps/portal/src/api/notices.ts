import { get } from './http';
import type { ListQuery, Page } from './list';

import type { NoticeView } from '@lz/api-client';

/** `GET /notices/:id` (publicity): the period, the rule that counted it, the items — the service's own OpenAPI type. */
export type { NoticeView };
export type NoticeItemView = NoticeView['items'][number];
export type NoticeItemStatus = NoticeItemView['status'];

export const listNotices = (query: ListQuery & { status?: string } = {}) =>
  get<Page<NoticeView>>('/notices', { ...query });

export const getNotice = (id: string) => get<NoticeView>(`/notices/${encodeURIComponent(id)}`);
