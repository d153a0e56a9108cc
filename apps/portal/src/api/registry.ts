import { get } from './http';
import type { ListQuery, Page } from './list';

import type { ConsortiumView } from '@lz/api-client';

/** `GET /registry` (review): the filed consortia (组建名单), public — the service's own OpenAPI type. */
export type { ConsortiumView };
export type ConsortiumStatus = ConsortiumView['status'];

export interface RegistryQuery extends ListQuery {
  field?: string;
  jurisdictionCode?: string;
  status?: ConsortiumStatus;
}

export const listRegistry = (query: RegistryQuery) => get<Page<ConsortiumView>>('/registry', { ...query });
