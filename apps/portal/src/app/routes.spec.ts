import { QueryClient } from '@tanstack/react-query';
import { matchRoute, ROUTES } from './routes';

describe(matchRoute.name, () => {
  it.each([
    ['/', ''],
    ['/notices', 'notices'],
    ['/notices/n-1', 'notices/:noticeId'],
    ['/notices/n-1/objection', 'notices/:noticeId/objection'],
    ['/registry', 'registry'],
    ['/calendar/2027', 'calendar/:year'],
    ['/workspace/applications/a-1/edit/members', 'workspace/applications/:applicationId/edit/:step'],
    ['/workspace/applications/a-1/', 'workspace/applications/:applicationId'],
    ['/workspace/evaluations', 'workspace/evaluations'],
    ['/workspace/evaluations/e-1', 'workspace/evaluations/:evaluationId'],
  ])('matches %s to the route %s', (pathname, path) => {
    expect(matchRoute(pathname)?.route.path).toBe(path);
  });

  it('reads the path parameters, decoded', () => {
    expect(matchRoute('/notices/%E5%85%AC%E7%A4%BA/objection')?.params).toEqual({ noticeId: '公示' });
    expect(matchRoute('/notices/%E0%A4%A/objection')?.params).toEqual({ noticeId: '%E0%A4%A' });
  });

  it('sends an unknown path to 未找到 (the last route)', () => {
    expect(matchRoute('/no/such/page')?.route.path).toBe('*');
    expect(ROUTES.at(-1)?.path).toBe('*');
  });

  it('names every path once', () => {
    const paths = ROUTES.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('first queries of the public pages', () => {
  const first = (pathname: string, search = '') => {
    const match = matchRoute(pathname);
    return match?.route.first?.(match.params, new URLSearchParams(search)).map((q) => q.queryKey) ?? [];
  };

  it('asks what each public page shows first, under the keys its page reads', () => {
    expect(first('/')).toEqual([['calls', 'OPEN']]);
    expect(first('/notices', '?page=3')).toEqual([['notices', 3]]);
    expect(first('/notices', '?page=x')).toEqual([['notices', 1]]);
    expect(first('/notices/n-1')).toEqual([['notice', 'n-1']]);
    expect(first('/notices/n-1/objection')).toEqual([['notice', 'n-1']]);
    expect(first('/calendar/2027')).toEqual([['calendar', 2027]]);
    expect(first('/calendar/99999')[0]?.[0]).toBe('calendar');
    expect(first('/registry', '?q=白酒&status=ACTIVE&page=2')).toEqual([
      [
        'registry',
        {
          page: 2,
          pageSize: 20,
          q: '白酒',
          field: undefined,
          jurisdictionCode: undefined,
          status: 'ACTIVE',
        },
      ],
    ]);
    expect(first('/registry', '?status=BOGUS')[0]?.[1]).toMatchObject({ status: undefined });
  });

  it('hashes the entry’s registry query like the page’s own (the cache finds it)', () => {
    const client = new QueryClient();
    const match = matchRoute('/registry');
    const [query] = match?.route.first?.({}, new URLSearchParams('?q=a')) ?? [];
    client.setQueryData(query.queryKey, { items: [] });
    expect(
      client.getQueryData([
        'registry',
        { page: 1, pageSize: 20, q: 'a', field: undefined, jurisdictionCode: undefined, status: undefined },
      ]),
    ).toEqual({ items: [] });
  });
});
