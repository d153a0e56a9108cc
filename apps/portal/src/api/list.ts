/**
 * The platform's list convention (docs/API.md "Lists"): `?page&pageSize&sort&q` answering
 * `{items, total, page, pageSize}` (the `Page` of libs/api-client). The portal's tables page on the
 * server with it.
 */
export type { Page } from '@lz/api-client';

export const DEFAULT_PAGE_SIZE = 20;

/** `?page=` of a list page (1 when absent or not a positive integer). */
export function pageParam(params: URLSearchParams): number {
  const n = Number(params.get('page'));
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
