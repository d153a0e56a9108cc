import type { CallView } from '@lz/api-client';
import { api, call, type QueryOf } from './http';

/** `GET /calls` (intake): 申报通知 — the service's own OpenAPI type. */
export type { CallView };

/** Calls, latest opening first; `status=OPEN` for those open for submission now. */
export const listCalls = (query: QueryOf<'/api/v1/calls'> = {}) =>
  call(api.GET('/api/v1/calls', { params: { query } }));
