import { z } from 'zod';
import { ProblemException, type ProblemError } from '../problem/problem.exception';
import { ZodPipe } from '../validation/zod.pipe';
import { containsText, escapeLike, pageArgs } from './list-page';
import { LIST_RULES, listQuerySchema, pageOf, pageSchema, parseSort } from './list.schema';

const notices = listQuerySchema({
  sortable: ['publishedAt', 'title', 'endsAt'],
  defaultSort: ['-publishedAt'],
  search: 'the title',
  filters: { status: z.enum(['OPEN', 'EXPIRED']).optional() },
});
const unsearchable = listQuerySchema({ sortable: ['createdAt'], defaultSort: ['createdAt'] });

function parse(query: Record<string, unknown>, schema: z.ZodType = notices) {
  return new ZodPipe(schema).transform(query, { type: 'query' });
}

function errorsOf(query: Record<string, unknown>, schema: z.ZodType = notices): ProblemError[] {
  try {
    parse(query, schema);
  } catch (e) {
    expect(e).toBeInstanceOf(ProblemException);
    const problem = (e as ProblemException).problem;
    expect(problem.status).toBe(400);
    expect(problem.type).toBe('urn:lz:problem:input.invalid');
    return problem.errors;
  }
  throw new Error(`expected ${JSON.stringify(query)} to be refused`);
}

describe(listQuerySchema.name, () => {
  it('defaults to page 1 of 20 in the documented order', () => {
    expect(parse({})).toEqual({ page: 1, pageSize: 20, sort: [{ field: 'publishedAt', direction: 'desc' }] });
  });

  it('parses page, pageSize, a multi-field sort, q and the filters', () => {
    expect(
      parse({ page: '3', pageSize: '100', sort: 'title,-endsAt', q: '  白酒 ', status: 'OPEN' }),
    ).toEqual({
      page: 3,
      pageSize: 100,
      sort: [
        { field: 'title', direction: 'asc' },
        { field: 'endsAt', direction: 'desc' },
      ],
      q: '白酒',
      status: 'OPEN',
    });
  });

  it('treats an empty page, pageSize or sort as absent', () => {
    expect(parse({ page: '', pageSize: '', sort: '' })).toEqual(parse({}));
  });

  it.each([
    ['0', 'page'],
    ['-1', 'page'],
    ['1.5', 'page'],
    ['abc', 'page'],
    ['1e3', 'page'],
    ['100001', 'page'],
  ])('refuses page=%s naming page and its rule in English and Chinese', (value, field) => {
    expect(errorsOf({ [field]: value })).toEqual([
      {
        rule: LIST_RULES.page,
        path: 'query.page',
        message: 'page must be a whole number from 1 to 100000',
        messageZh: 'page 必须是 1 至 100000 之间的整数',
      },
    ]);
  });

  it.each(['0', '101', 'twenty'])('refuses pageSize=%s', (value) => {
    expect(errorsOf({ pageSize: value })).toEqual([
      {
        rule: LIST_RULES.pageSize,
        path: 'query.pageSize',
        message: 'pageSize must be a whole number from 1 to 100',
        messageZh: 'pageSize 必须是 1 至 100 之间的整数',
      },
    ]);
  });

  it('accepts the bounds of page and pageSize', () => {
    expect(parse({ page: '100000', pageSize: '1' })).toMatchObject({ page: 100000, pageSize: 1 });
    expect(parse({ page: '1', pageSize: '100' })).toMatchObject({ page: 1, pageSize: 100 });
  });

  it('refuses a repeated page parameter (an array) as not a whole number', () => {
    expect(errorsOf({ page: ['1', '2'] })[0]).toMatchObject({ rule: LIST_RULES.page, path: 'query.page' });
  });

  it('refuses a sort field outside the whitelist, naming the allowed ones', () => {
    expect(errorsOf({ sort: '-publishedAt,contactPhone' })).toEqual([
      {
        rule: LIST_RULES.sort,
        path: 'query.sort',
        message: "sort cannot use 'contactPhone'; allowed: publishedAt, title, endsAt",
        messageZh: 'sort 不支持字段“contactPhone”;可用字段:publishedAt, title, endsAt',
      },
    ]);
  });

  it.each(['title,,endsAt', 'title,-title', '-', 'title,'])('refuses the malformed sort %s', (sort) => {
    const [error] = errorsOf({ sort });
    expect(error).toMatchObject({ rule: LIST_RULES.sort, path: 'query.sort' });
    expect(error.messageZh).toMatch(/sort/);
  });

  it('refuses a q longer than the limit after trimming, and accepts one at the limit', () => {
    expect(parse({ q: ` ${'x'.repeat(100)} ` })).toMatchObject({ q: 'x'.repeat(100) });
    expect(errorsOf({ q: 'x'.repeat(101) })).toEqual([
      {
        rule: LIST_RULES.q,
        path: 'query.q',
        message: 'q must be at most 100 characters',
        messageZh: 'q 不得超过 100 个字符',
      },
    ]);
  });

  it('refuses q on a list that searches nothing, and any unknown parameter', () => {
    expect(errorsOf({ q: 'x' }, unsearchable)).toEqual([
      expect.objectContaining({ rule: 'input.unrecognized_keys', path: 'query.q' }),
    ]);
    expect(errorsOf({ limit: '10', offset: '0' })).toEqual([
      expect.objectContaining({ rule: 'input.unrecognized_keys', path: 'query.limit' }),
      expect.objectContaining({ rule: 'input.unrecognized_keys', path: 'query.offset' }),
    ]);
  });

  it('reports every bad parameter at once', () => {
    expect(errorsOf({ page: '0', pageSize: '0', sort: 'x', status: 'GONE' }).map((e) => e.path)).toEqual([
      'query.page',
      'query.pageSize',
      'query.sort',
      'query.status',
    ]);
  });

  it('will not build a list whose default order is not sortable', () => {
    expect(() => listQuerySchema({ sortable: ['a'], defaultSort: ['-b' as 'a'] })).toThrow(/default sort/);
  });

  it('documents the parameters as integers with bounds, the sort whitelist and its default', () => {
    const doc = z.toJSONSchema(notices, { io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, Record<string, unknown>>;
      required?: string[];
    };
    expect(doc.required ?? []).toEqual([]);
    expect(doc.properties.page).toMatchObject({ type: 'integer', minimum: 1, default: 1 });
    expect(doc.properties.pageSize).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
    expect(doc.properties.sort).toMatchObject({ type: 'string', default: '-publishedAt' });
    expect(String(doc.properties.sort.description)).toContain('Allowed: publishedAt, title, endsAt');
    const pattern = new RegExp(String(doc.properties.sort.pattern));
    expect(['title', '-publishedAt,endsAt'].every((s) => pattern.test(s))).toBe(true);
    expect(['contactPhone', 'title,'].some((s) => pattern.test(s))).toBe(false);
    expect(doc.properties.q).toMatchObject({ type: 'string' });
    expect(Object.keys(doc.properties)).toEqual(['page', 'pageSize', 'sort', 'q', 'status']);
  });
});

describe(parseSort.name, () => {
  it('reads directions and keeps the order of the terms', () => {
    expect(parseSort(' -b , a ', ['a', 'b'])).toEqual({
      terms: [
        { field: 'b', direction: 'desc' },
        { field: 'a', direction: 'asc' },
      ],
    });
  });
});

describe(pageArgs.name, () => {
  type OrderBy = { publishedAt?: 'asc' | 'desc'; title?: 'asc' | 'desc'; id?: 'asc' | 'desc' };

  it('turns page and pageSize into skip and take', () => {
    const q = parse({ page: '3', pageSize: '25' }) as { page: number; pageSize: number; sort: [] };
    expect(pageArgs<OrderBy>(q)).toMatchObject({ skip: 50, take: 25 });
  });

  it('orders by the sort terms, then breaks ties by id', () => {
    const q = parse({ sort: 'title,-publishedAt' }) as Parameters<typeof pageArgs>[0];
    expect(pageArgs<OrderBy>(q).orderBy).toEqual([{ title: 'asc' }, { publishedAt: 'desc' }, { id: 'asc' }]);
  });

  it('does not repeat a tiebreak column the sort already names', () => {
    const q = { page: 1, pageSize: 20, sort: [{ field: 'id', direction: 'desc' as const }] };
    expect(pageArgs<OrderBy>(q).orderBy).toEqual([{ id: 'desc' }]);
  });

  it('maps API field names to model columns and takes another tiebreak', () => {
    type CaseOrderBy = { leadName?: 'asc' | 'desc'; applicationId?: 'asc' | 'desc' };
    const q = { page: 1, pageSize: 20, sort: [{ field: 'lead' as const, direction: 'asc' as const }] };
    expect(
      pageArgs<CaseOrderBy, 'lead'>(q, { columns: { lead: 'leadName' }, tiebreak: ['applicationId'] })
        .orderBy,
    ).toEqual([{ leadName: 'asc' }, { applicationId: 'asc' }]);
  });

  it('sorts one API field by several columns in turn', () => {
    type O = { filingYear?: 'asc' | 'desc'; filingSequence?: 'asc' | 'desc'; id?: 'asc' | 'desc' };
    const q = {
      page: 1,
      pageSize: 20,
      sort: [{ field: 'filingNumber' as const, direction: 'desc' as const }],
    };
    expect(
      pageArgs<O, 'filingNumber'>(q, { columns: { filingNumber: ['filingYear', 'filingSequence'] } }).orderBy,
    ).toEqual([{ filingYear: 'desc' }, { filingSequence: 'desc' }, { id: 'asc' }]);
  });

  it('pages through equal sort keys without repeating or skipping a row', () => {
    // 23 rows, three distinct titles; like a database, each query returns ties in any order (here a
    // different shuffle per page). Only the tiebreak makes the order total.
    const rows = Array.from({ length: 23 }, (_, i) => ({
      id: `r${String(i).padStart(2, '0')}`,
      title: `t${i % 3}`,
    }));
    const shuffle = (seed: number) => {
      const out = [...rows];
      for (let i = out.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        const j = seed % (i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    };
    const seen: string[] = [];
    for (let page = 1; page <= 5; page++) {
      const { orderBy, skip, take } = pageArgs<{ title?: 'asc' | 'desc'; id?: 'asc' | 'desc' }>({
        page,
        pageSize: 5,
        sort: [{ field: 'title', direction: 'desc' }],
      });
      const sorted = shuffle(page).sort((a, b) => {
        for (const term of orderBy) {
          const [[k, dir]] = Object.entries(term) as [['title' | 'id', 'asc' | 'desc']];
          const c = a[k] < b[k] ? -1 : a[k] > b[k] ? 1 : 0;
          if (c !== 0) return dir === 'asc' ? c : -c;
        }
        return 0;
      });
      seen.push(...sorted.slice(skip, skip + take).map((r) => r.id));
    }
    expect(seen).toHaveLength(23);
    expect([...seen].sort()).toEqual(rows.map((r) => r.id));
  });
});

describe(containsText.name, () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(containsText('泸州')).toEqual({ contains: '泸州', mode: 'insensitive' });
  });
});

describe(pageSchema.name, () => {
  it('describes and checks {items, total, page, pageSize}', () => {
    const schema = pageSchema(z.object({ id: z.string() }));
    const page = pageOf([{ id: 'a' }], 41, { page: 3, pageSize: 20 });
    expect(schema.parse(page)).toEqual({ items: [{ id: 'a' }], total: 41, page: 3, pageSize: 20 });
    const doc = z.toJSONSchema(schema) as { required: string[] };
    expect(doc.required).toEqual(['items', 'total', 'page', 'pageSize']);
  });
});

describe('the parsed query type', () => {
  it('is what a list handler receives', () => {
    const q = parse({}) as z.output<typeof notices>;
    const typed: { page: number; pageSize: number; sort: { field: 'publishedAt' | 'title' | 'endsAt' }[] } =
      q;
    const status: 'OPEN' | 'EXPIRED' | undefined = q.status;
    const search: string | undefined = q.q;
    expect([typed.page, status, search]).toEqual([1, undefined, undefined]);
  });
});
