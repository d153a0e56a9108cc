import type { ListQuery, SortDirection } from './list.schema';

/** `orderBy/skip/take` for a Prisma `findMany`, typed by the model's orderBy input `O`. */
export interface PageArgs<O> {
  orderBy: O[];
  skip: number;
  take: number;
}

export interface PageArgsOptions<F extends string, O> {
  /**
   * The unique column(s) that break ties, ascending, appended after the sort terms (a column `sort`
   * already names is not repeated): with them the order is total, so consecutive pages never repeat or skip a row.
   * Default `['id']`.
   */
  tiebreak?: readonly (keyof O & string)[];
  /**
   * API sort field → model field(s), where they differ (default: the same name); several columns
   * sort in turn in the term's direction (`filingNumber: ['filingYear', 'filingSequence']`).
   */
  columns?: Partial<Record<F, (keyof O & string) | readonly (keyof O & string)[]>>;
}

/**
 * The parsed list query → Prisma's `orderBy/skip/take`: the sort terms in order, then the tiebreak;
 * `skip = (page − 1) · pageSize`, `take = pageSize`.
 */
export function pageArgs<O extends object, F extends string = string>(
  query: Pick<ListQuery<F>, 'page' | 'pageSize' | 'sort'>,
  options: PageArgsOptions<F, O> = {},
): PageArgs<O> {
  const tiebreak = options.tiebreak ?? (['id'] as unknown as readonly (keyof O & string)[]);
  const used = new Set<string>();
  const orderBy: Array<Record<string, SortDirection>> = [];
  for (const term of query.sort) {
    const mapped: string | readonly string[] = options.columns?.[term.field] ?? term.field;
    for (const column of typeof mapped === 'string' ? [mapped] : mapped) {
      if (used.has(column)) continue;
      used.add(column);
      orderBy.push({ [column]: term.direction });
    }
  }
  for (const column of tiebreak) {
    if (used.has(column)) continue;
    used.add(column);
    orderBy.push({ [column]: 'asc' });
  }
  return {
    orderBy: orderBy as O[],
    skip: (query.page - 1) * query.pageSize,
    take: query.pageSize,
  };
}

/** `q` as a literal substring for SQL LIKE: `\`, `%` and `_` escaped (Prisma's `contains` does not). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A case-insensitive "contains `q`" string filter for Prisma (PostgreSQL ILIKE), wildcards literal. */
export function containsText(q: string): { contains: string; mode: 'insensitive' } {
  return { contains: escapeLike(q), mode: 'insensitive' };
}
