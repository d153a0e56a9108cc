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

/** What a list downloads as (docs/API.md "Lists": `format=`). */
export type DownloadFormat = 'xlsx' | 'csv' | 'pdf';

/**
 * The address of a list's download: the list endpoint itself with its current filters, search and
 * order and `format=` (page and pageSize dropped — the file holds the whole list). Same origin, so the
 * session cookie goes with it; the answer is an attachment.
 */
export function downloadUrl(path: string, query: object, format: DownloadFormat): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (key === 'page' || key === 'pageSize' || value === undefined || value === null || value === '')
      continue;
    params.set(key, String(value));
  }
  params.set('format', format);
  return `${path}?${params.toString()}`;
}
