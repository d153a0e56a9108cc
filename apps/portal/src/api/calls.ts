import type { CallView } from '@lz/api-client';
import type { CloseCall, CreateCall } from '@lz/policy';
import { api, call, type QueryOf } from './http';

/** `GET /calls` (intake): 申报通知 — the service's own OpenAPI type. */
export type { CallView };
export type CallStatus = NonNullable<QueryOf<'/api/v1/calls'>['status']>;

/** Calls, latest opening first; `status=OPEN` for those open for submission now. */
export const listCalls = (query: QueryOf<'/api/v1/calls'> = {}) =>
  call(api.GET('/api/v1/calls', { params: { query } }));

/** The calls open now (the home page's first query). */
export const openCallsQuery = {
  queryKey: ['calls', 'OPEN'] as const,
  queryFn: () => listCalls({ status: 'OPEN' }),
};

/** 发布申报通知 (officer); the key makes a repeated click one call. */
export const publishCall = (body: CreateCall, idempotencyKey: string) =>
  call(
    api.POST('/api/v1/calls', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );

/** 提前截止 an open call now, with the reason (officer). */
export const closeCall = (id: string, body: CloseCall, idempotencyKey: string) =>
  call(
    api.POST('/api/v1/calls/{id}/close', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );

export const getCall = (id: string) => call(api.GET('/api/v1/calls/{id}', { params: { path: { id } } }));

/** 申报情况: the call's applications counted per jurisdiction and status (officer; one GROUP BY in intake). */
export const getApplicationCounts = (callId: string) =>
  call(api.GET('/api/v1/applications/counts', { params: { query: { callId } } }));
