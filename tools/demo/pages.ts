import type { ApiClient, RequestOptions } from './api-client';
import type { Page } from './api-types';

/** The largest page a list gives (docs/API.md "Conventions"). */
export const MAX_PAGE_SIZE = 100;

/**
 * Every item of a list (docs/API.md "Conventions": `{items, total, page, pageSize}`), fetched page
 * by page at the largest page size. The lists' orders are total (an id breaks ties), so no row is
 * repeated or skipped; a row counted twice is a real second row.
 */
export async function allPages<T>(
  client: ApiClient,
  path: string,
  options: RequestOptions & { maxPages?: number } = {},
): Promise<T[]> {
  const sep = path.includes('?') ? '&' : '?';
  const items: T[] = [];
  const maxPages = options.maxPages ?? 1_000;
  for (let page = 1; page <= maxPages; page += 1) {
    const res = await client.get<Page<T>>(`${path}${sep}page=${page}&pageSize=${MAX_PAGE_SIZE}`, options);
    items.push(...res.items);
    if (res.items.length < MAX_PAGE_SIZE || page * MAX_PAGE_SIZE >= res.total) return items;
  }
  throw new Error(`GET ${path}: more than ${maxPages} pages`);
}
