import type { CityDecisionBody, CityReviewListItem, CityReviewView, ScoresBody } from '@lz/api-client';
import { api, call, type QueryOf } from './http';

/** 市级审查 (review): the service's own OpenAPI types. */
export type { CityReviewListItem, CityReviewView };
export type CityReviewStatus = NonNullable<QueryOf<'/api/v1/city-reviews'>['status']>;

/** The city stage (officer: by default the reviews still open), the list convention. */
export const listCityReviews = (query: QueryOf<'/api/v1/city-reviews'> = {}) =>
  call(api.GET('/api/v1/city-reviews', { params: { query } }));

/** One review: the draw (seed, 回避 exclusions, reserve), the panel, the scores and their aggregate. */
export const getCityReview = (applicationId: string) =>
  call(api.GET('/api/v1/city-reviews/{applicationId}', { params: { path: { applicationId } } }));

/**
 * 抽取评审专家: a panel of `size` (absent: the policy's size), drawn with a recorded seed; the key
 * makes a retry one draw.
 */
export const drawPanel = (applicationId: string, idempotencyKey: string, size?: number) =>
  call(
    api.POST('/api/v1/city-reviews/{applicationId}/panel', {
      params: { path: { applicationId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: size === undefined ? {} : { size },
    }),
  );

/** 拟备案 / 不予备案 with the opinion; the key makes a repeated click one decision. */
export const decideCityReview = (applicationId: string, body: CityDecisionBody, idempotencyKey: string) =>
  call(
    api.POST('/api/v1/city-reviews/{applicationId}/decision', {
      params: { path: { applicationId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );

/** The cache key of one review (the officer's case page and the expert's share it). */
export const cityReviewQueryKey = (applicationId: string) => ['city-review', applicationId];

/** 专家评分: one integer per rubric criterion within its maximum, and a comment (assigned experts). */
export const scoreCityReview = (applicationId: string, body: ScoresBody) =>
  call(
    api.POST('/api/v1/city-reviews/{applicationId}/scores', { params: { path: { applicationId } }, body }),
  );

/** 拒绝评审 with a reason (assigned, before scoring): the reserve takes the seat. */
export const declineCityReview = (applicationId: string, reason: string) =>
  call(
    api.POST('/api/v1/city-reviews/{applicationId}/decline', {
      params: { path: { applicationId } },
      body: { reason },
    }),
  );
