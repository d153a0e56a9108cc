import { z } from 'zod';

/**
 * The list convention of every service (docs/API.md "Conventions", docs/ARCHITECTURE.md "HTTP
 * conventions"): `?page=&pageSize=&sort=field,-field&q=` → `{items, total, page, pageSize}`. One query
 * schema factory (`listQuerySchema`), one response schema factory (`pageSchema`) for /docs, and
 * `pageArgs` (list-page.ts) turning the parsed query into Prisma's `orderBy/skip/take`.
 */
export const LIST_LIMITS = {
  defaultPage: 1,
  /** Far beyond any list of this platform; keeps OFFSET bounded. */
  maxPage: 100_000,
  defaultPageSize: 20,
  maxPageSize: 100,
  /** Default longest `q` (characters, after trimming). */
  qMaxLength: 100,
} as const;

/**
 * The rules a bad list parameter names in `errors[].rule` (400 `input.invalid`), with their texts.
 * A client may show `messageZh` as it is.
 */
export const LIST_RULES = {
  page: 'list.page',
  pageSize: 'list.page_size',
  sort: 'list.sort',
  q: 'list.q',
} as const;

export type SortDirection = 'asc' | 'desc';
/** One term of `sort`: a whitelisted field and its direction (`-field` = descending). */
export interface SortTerm<F extends string = string> {
  field: F;
  direction: SortDirection;
}
/** A field in `sort` syntax: `field` ascending, `-field` descending. */
export type SortKey<F extends string> = F | `-${F}`;

export interface ListSpec<F extends string, Filters extends z.ZodRawShape> {
  /** The only fields `sort` may name; anything else is a 400 naming `sort`. */
  sortable: readonly F[];
  /** The documented default order, used when `sort` is absent (docs/API.md lists it per endpoint). */
  defaultSort: readonly SortKey<F>[];
  /** What `q` searches, for /docs (e.g. "name or USCC"); without it `q` is not accepted (400). */
  search?: string;
  /** Longest `q` after trimming (default LIST_LIMITS.qMaxLength). */
  qMaxLength?: number;
  /** The endpoint's own filters (each an optional zod schema), validated in the same strict object. */
  filters?: Filters;
}

function issue(ctx: z.core.$RefinementCtx, input: unknown, rule: string, message: string, messageZh: string) {
  ctx.issues.push({ code: 'custom', input, message, params: { rule, messageZh } });
}

/** A whole number in [min, max] given as a query string; absent or empty → `fallback`. */
function wholeNumberParam(name: string, rule: string, min: number, max: number, fallback: number) {
  return z
    .unknown()
    .transform((raw, ctx): number => {
      if (raw === '') return fallback;
      const text = typeof raw === 'string' ? raw.trim() : '';
      const n = typeof raw === 'number' ? raw : /^\d{1,9}$/.test(text) ? Number(text) : NaN;
      if (Number.isInteger(n) && n >= min && n <= max) return n;
      issue(
        ctx,
        raw,
        rule,
        `${name} must be a whole number from ${min} to ${max}`,
        `${name} 必须是 ${min} 至 ${max} 之间的整数`,
      );
      return z.NEVER;
    })
    .prefault(fallback) // absent → the default, which /docs shows as `default`
    .meta({ type: 'integer', minimum: min, maximum: max, description: `${name}: ${min}–${max}` });
}

/** `sort=field,-field` over the whitelist → terms; absent → the default order. */
export function parseSort<F extends string>(
  raw: string,
  sortable: readonly F[],
): { terms: SortTerm<F>[] } | { error: { message: string; messageZh: string } } {
  const allowed = sortable.join(', ');
  const terms: SortTerm<F>[] = [];
  for (const part of raw.split(',')) {
    const key = part.trim();
    const field = (key.startsWith('-') ? key.slice(1) : key) as F;
    if (!field) {
      return {
        error: {
          message: `sort has an empty field; give fields separated by commas, '-' for descending (allowed: ${allowed})`,
          messageZh: `sort 中有空字段;请用逗号分隔字段,降序在字段前加 “-”(可用字段:${allowed})`,
        },
      };
    }
    if (!sortable.includes(field)) {
      return {
        error: {
          message: `sort cannot use '${field}'; allowed: ${allowed}`,
          messageZh: `sort 不支持字段“${field}”;可用字段:${allowed}`,
        },
      };
    }
    if (terms.some((t) => t.field === field)) {
      return {
        error: {
          message: `sort names '${field}' twice`,
          messageZh: `sort 中字段“${field}”重复`,
        },
      };
    }
    terms.push({ field, direction: key.startsWith('-') ? 'desc' : 'asc' });
  }
  return { terms };
}

function sortParam<F extends string>(spec: { sortable: readonly F[]; defaultSort: readonly SortKey<F>[] }) {
  const fallback = parseSort(spec.defaultSort.join(','), spec.sortable);
  if ('error' in fallback) throw new Error(`list default sort is not sortable: ${fallback.error.message}`);
  const alternatives = spec.sortable.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return z
    .string({ error: 'sort must be one string: fields separated by commas' })
    .transform((raw, ctx): SortTerm<F>[] => {
      if (raw.trim() === '') return fallback.terms;
      const parsed = parseSort(raw, spec.sortable);
      if ('terms' in parsed) return parsed.terms;
      issue(ctx, raw, LIST_RULES.sort, parsed.error.message, parsed.error.messageZh);
      return z.NEVER;
    })
    .meta({
      description:
        `Order: fields separated by commas, '-' before a field for descending. ` +
        `Allowed: ${spec.sortable.join(', ')}. Default: ${spec.defaultSort.join(',')} ` +
        `(ties broken by id, so pages never repeat or skip a row).`,
      pattern: `^-?(${alternatives})(,-?(${alternatives}))*$`,
    })
    .prefault(spec.defaultSort.join(','));
}

function qParam(search: string, maxLength: number) {
  return z
    .string({ error: 'q must be one string' })
    .trim()
    .refine((q) => q.length <= maxLength, {
      error: `q must be at most ${maxLength} characters`,
      params: { rule: LIST_RULES.q, messageZh: `q 不得超过 ${maxLength} 个字符` },
    })
    .optional()
    .meta({ description: `Search text (searches ${search}); trimmed, at most ${maxLength} characters.` });
}

function listParams<F extends string>(spec: ListSpec<F, z.ZodRawShape>) {
  return {
    page: wholeNumberParam('page', LIST_RULES.page, 1, LIST_LIMITS.maxPage, LIST_LIMITS.defaultPage),
    pageSize: wholeNumberParam(
      'pageSize',
      LIST_RULES.pageSize,
      1,
      LIST_LIMITS.maxPageSize,
      LIST_LIMITS.defaultPageSize,
    ),
    sort: sortParam(spec),
    q: qParam(spec.search ?? '', spec.qMaxLength ?? LIST_LIMITS.qMaxLength),
  };
}
type ListParams<F extends string> = ReturnType<typeof listParams<F>>;

/**
 * The strict query schema of one list endpoint: page (≥ 1, default 1), pageSize (1–100, default
 * 20), sort over `spec.sortable` (default `spec.defaultSort`), `q` when `spec.search` says what it
 * searches, and the endpoint's filters. Any other parameter is a 400 naming it.
 */
export function listQuerySchema<F extends string, Filters extends z.ZodRawShape = Record<never, never>>(
  spec: ListSpec<F, Filters>,
) {
  const { q, ...params } = listParams(spec);
  const shape = { ...params, ...(spec.search ? { q } : {}), ...spec.filters } as ListParams<F> & Filters;
  return z.strictObject(shape);
}

/** What every list handler receives from `listQuerySchema` (before its filters). */
export interface ListQuery<F extends string = string> {
  page: number;
  pageSize: number;
  sort: SortTerm<F>[];
  q?: string;
}

/** `{items, total, page, pageSize}`: the answer of every list, for `@ZodResponse(200, …)`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Rows matching the filters, across all pages. */
    total: z.int().min(0),
    page: z.int().min(1),
    pageSize: z.int().min(1).max(LIST_LIMITS.maxPageSize),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The page answer for one query. */
export function pageOf<T>(items: T[], total: number, query: Pick<ListQuery, 'page' | 'pageSize'>): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}
