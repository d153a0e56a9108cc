import { get } from './http';
import type { ListQuery, Page } from './list';

export type ConsortiumStatus = 'ACTIVE' | 'DELISTED';

/** `GET /registry` (review): the filed consortia (组建名单), public. */
export interface ConsortiumView {
  id: string;
  applicationId: string;
  name: string;
  field: string;
  jurisdictionCode: string;
  lead: { uscc: string; name: string };
  members: Array<{ uscc: string; name: string }>;
  filingNumber: string;
  filedOn: string;
  filedAt: string;
  status: ConsortiumStatus;
  delistedAt: string | null;
}

export interface RegistryQuery extends ListQuery {
  field?: string;
  jurisdictionCode?: string;
  status?: ConsortiumStatus;
}

export const listRegistry = (query: RegistryQuery) => get<Page<ConsortiumView>>('/registry', { ...query });
