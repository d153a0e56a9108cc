import { get } from './http';
import type { ListQuery, Page } from './list';

import type { CallView } from '@lz/api-client';

/** `GET /calls` (intake): 申报通知 — the service's own OpenAPI type. */
export type { CallView };

/** Calls, latest opening first; `status=OPEN` for those open for submission now. */
export const listCalls = (
  query: ListQuery & { status?: 'UPCOMING' | 'OPEN' | 'CLOSED'; year?: number } = {},
) => get<Page<CallView>>('/calls', { ...query });
