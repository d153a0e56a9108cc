import { z } from 'zod';
import { preliminaryDecisionSchema } from '../events/preliminary-decided/preliminary-decided.event';

/** The longest opinion (推荐意见) or reasons for a return (退回理由) a reviewer may write. */
export const PRELIMINARY_OPINION_MAX = 4000;

/**
 * `POST /preliminary-reviews/:applicationId/decision` (docs/API.md "review", docs/SPEC.md 3.3): the
 * district or park department's decision with its opinion. Here so that the review service and the
 * portal's decision form check it with the very same rules.
 */
export const preliminaryDecisionBodySchema = z.strictObject({
  decision: preliminaryDecisionSchema,
  /** The opinion (推荐意见) or, for RETURN, the reasons (退回理由). */
  opinion: z
    .string()
    .trim()
    .min(1, { error: 'an opinion (or the reasons for a return) is required' })
    .max(PRELIMINARY_OPINION_MAX),
  /** Optional guard: the revision the reviewer read; a stale one is refused (409, 3.3). */
  revision: z.int().min(1).optional(),
});
export type PreliminaryDecisionBody = z.infer<typeof preliminaryDecisionBodySchema>;
