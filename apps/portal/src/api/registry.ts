import type { ConsortiumView } from '@lz/api-client';
import { api, call, type QueryOf } from './http';

/** `GET /registry` (review): the filed consortia (组建名单), public — the service's own OpenAPI type. */
export type { ConsortiumView };
export type ConsortiumStatus = ConsortiumView['status'];
export type RegistryQuery = QueryOf<'/api/v1/registry'>;

export const listRegistry = (query: RegistryQuery) =>
  call(api.GET('/api/v1/registry', { params: { query } }));
