import { z } from 'zod';
import { jurisdictionSchema } from '../../jurisdictions/jurisdiction.schema';
import { instantSchema, boundedText, TEXT_LIMITS } from '../../shared/primitives.schema';
import { usccSchema } from '../../uscc/uscc';
import { actorField, idField, opinionField, revisionField } from '../shared/event-fields.schema';

export const CITY_DECIDED_V1 = 'review.city.decided.v1' as const;

export const CITY_DECISIONS = ['TO_BE_FILED', 'REJECT'] as const;
export const cityDecisionSchema = z.enum(CITY_DECISIONS);
export type CityDecision = z.infer<typeof cityDecisionSchema>;

/** 市级审查 (docs/SPEC.md §3.4). Carries what publicity needs to print the item on a notice. */
export const cityDecidedV1Schema = z.strictObject({
  applicationId: idField,
  revision: revisionField,
  decision: cityDecisionSchema,
  opinion: opinionField,
  /** Mean panel score 0–100, null when no scores were recorded. */
  aggregateScore: z.number().min(0).max(100).nullable(),
  decidedBy: actorField,
  decidedAt: instantSchema,
  name: boundedText(TEXT_LIMITS.short),
  field: boundedText(TEXT_LIMITS.short),
  leadUscc: usccSchema,
  leadName: boundedText(TEXT_LIMITS.short),
  jurisdictionCode: jurisdictionSchema,
});
export type CityDecidedV1 = z.infer<typeof cityDecidedV1Schema>;
