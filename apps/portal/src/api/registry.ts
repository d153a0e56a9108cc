import type { ConsortiumView } from '@lz/api-client';
import { api, call, type QueryOf } from './http';
import { DEFAULT_PAGE_SIZE, pageParam } from './list';

/** `GET /registry` (review): the filed consortia (组建名单), public — the service's own OpenAPI type. */
export type { ConsortiumView };
export type ConsortiumStatus = ConsortiumView['status'];
export type RegistryQuery = QueryOf<'/api/v1/registry'>;

export const listRegistry = (query: RegistryQuery) =>
  call(api.GET('/api/v1/registry', { params: { query } }));

/** The statuses the registry can be filtered by. */
export const CONSORTIUM_STATUSES: ConsortiumStatus[] = ['ACTIVE', 'DELISTED'];

/** The registry page's query from its URL (so a search can be bookmarked and shared). */
export function registryQueryOf(params: URLSearchParams): RegistryQuery {
  const status = params.get('status');
  return {
    page: pageParam(params),
    pageSize: DEFAULT_PAGE_SIZE,
    q: params.get('q') ?? undefined,
    field: params.get('field') ?? undefined,
    jurisdictionCode: params.get('jurisdictionCode') ?? undefined,
    status: CONSORTIUM_STATUSES.includes(status as ConsortiumStatus)
      ? (status as ConsortiumStatus)
      : undefined,
  };
}

export const registryQuery = (query: RegistryQuery) => ({
  queryKey: ['registry', query] as const,
  queryFn: () => listRegistry(query),
});

/** `GET /registry/:consortiumId`: one consortium's registry entry (public). */
export const consortiumQuery = (consortiumId: string) => ({
  queryKey: ['consortium', consortiumId] as const,
  queryFn: () => call(api.GET('/api/v1/registry/{consortiumId}', { params: { path: { consortiumId } } })),
});

/**
 * The consortia a unit leads, from the registry (searched by its USCC, kept when it is the lead);
 * `applicationId` finds the one an application was filed as.
 */
export const ledConsortiaQuery = (uscc: string) => ({
  queryKey: ['registry', 'led', uscc] as const,
  queryFn: () =>
    listRegistry({ q: uscc, pageSize: 100 }).then((p) => p.items.filter((c) => c.lead.uscc === uscc)),
});
