import { z } from 'zod';
import type { ApplicationStatus } from '../application/application-status';
import { cityDecisionSchema } from '../events/city-decided/city-decided.event';

/** The longest opinion the Bureau may give with a city decision. */
export const CITY_OPINION_MAX = 4000;

/**
 * `POST /city-reviews/:applicationId/decision` (docs/API.md "review", docs/SPEC.md 3.4): 拟备案 or
 * 不予备案 with the Bureau's opinion. Here so that the review service and the portal's decision form
 * check it with the very same rules.
 */
export const cityDecisionBodySchema = z.strictObject({
  decision: cityDecisionSchema,
  opinion: z.string().trim().min(1, { error: 'an opinion is required' }).max(CITY_OPINION_MAX),
});
export type CityDecisionBody = z.infer<typeof cityDecisionBodySchema>;

/** The longest reason an expert may give for declining a seat on a panel. */
export const DECLINE_REASON_MAX = 500;

/**
 * `POST /city-reviews/:applicationId/decline` (expert, assigned, before scoring, docs/SPEC.md 3.4): why
 * — a conflict (回避) the draw did not see, or unavailability — in the expert's words.
 */
export const declineBodySchema = z.strictObject({
  reason: z.string().trim().min(1, { error: 'a reason is required' }).max(DECLINE_REASON_MAX),
});
export type DeclineBody = z.infer<typeof declineBodySchema>;

/** The statuses of the city stage and after: recommended (to review) and what became of it. */
export const CITY_STAGE_STATUSES = [
  'PRELIM_RECOMMENDED',
  'CITY_TO_BE_FILED',
  'CITY_REJECTED',
  'CLEARED',
  'CONTESTED',
  'FILED',
] as const satisfies readonly ApplicationStatus[];
