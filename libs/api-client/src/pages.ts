import { ok } from './client';

/** The largest page a list gives (docs/API.md "Conventions"). */
export const MAX_PAGE_SIZE = 100;

interface PageAnswer<I> {
  data?: { items: I[]; total: number };
  error?: unknown;
  response: Response;
}

/**
 * Every item of a list (docs/API.md "Conventions": `{items, total, page, pageSize}`), page by page at
 * the largest page size: `await allPages((q) => review.GET('/api/v1/experts', { params: { query: q } }))`.
 * The lists' orders are total (an id breaks ties), so no row is repeated or skipped.
 */
export async function allPages<I>(
  fetchPage: (query: { page: number; pageSize: number }) => Promise<PageAnswer<I>>,
  maxPages = 1_000,
): Promise<I[]> {
  const items: I[] = [];
  for (let page = 1; page <= maxPages; page += 1) {
    const res = await ok(fetchPage({ page, pageSize: MAX_PAGE_SIZE }));
    items.push(...res.items);
    if (res.items.length < MAX_PAGE_SIZE || page * MAX_PAGE_SIZE >= res.total) return items;
  }
  throw new Error(`a list with more than ${maxPages} pages`);
}
