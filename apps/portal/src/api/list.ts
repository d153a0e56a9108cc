/**
 * The platform's list convention (docs/API.md "Lists"): `?page&pageSize&sort&q` answering
 * `{items, total, page, pageSize}`. The portal's tables page on the server with it.
 */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ListQuery {
  page?: number;
  pageSize?: number;
  /** `field,-other` */
  sort?: string;
  q?: string;
}

export const DEFAULT_PAGE_SIZE = 20;
