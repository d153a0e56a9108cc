import type { PreliminaryDecisionBody, QueueItem } from '@lz/api-client';
import { api, call, type QueryOf } from './http';

/** One case of review's preliminary queue (初审): the service's own OpenAPI type. */
export type { QueueItem };
export type QueueStatus = NonNullable<QueryOf<'/api/v1/preliminary-reviews'>['status']>;

/** The reviewer's own jurisdiction's queue (docs/SPEC.md 3.3), the list convention. */
export const listPreliminaryQueue = (query: QueryOf<'/api/v1/preliminary-reviews'> = {}) =>
  call(api.GET('/api/v1/preliminary-reviews', { params: { query } }));

/** 推荐 / 退回 / 不予推荐 with the opinion; the key makes a repeated click one decision. */
export const decidePreliminary = (
  applicationId: string,
  body: PreliminaryDecisionBody,
  idempotencyKey: string,
) =>
  call(
    api.POST('/api/v1/preliminary-reviews/{applicationId}/decision', {
      params: { path: { applicationId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
