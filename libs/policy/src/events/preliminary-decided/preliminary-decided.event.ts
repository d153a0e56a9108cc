import { z } from 'zod';
import { jurisdictionSchema } from '../../jurisdictions/jurisdiction.schema';
import { instantSchema } from '../../shared/primitives.schema';
import { actorField, idField, opinionField, revisionField } from '../shared/event-fields.schema';

export const PRELIMINARY_DECIDED_V1 = 'review.preliminary.decided.v1' as const;

export const PRELIMINARY_DECISIONS = ['RECOMMEND', 'RETURN', 'NOT_RECOMMEND'] as const;
export const preliminaryDecisionSchema = z.enum(PRELIMINARY_DECISIONS);
export type PreliminaryDecision = z.infer<typeof preliminaryDecisionSchema>;

/** 区县、园区初审 (docs/SPEC.md §3.3). RETURN sends the application back to the applicant for a new revision. */
export const preliminaryDecidedV1Schema = z.strictObject({
  applicationId: idField,
  revision: revisionField,
  jurisdictionCode: jurisdictionSchema,
  decision: preliminaryDecisionSchema,
  opinion: opinionField,
  decidedBy: actorField,
  decidedAt: instantSchema,
});
export type PreliminaryDecidedV1 = z.infer<typeof preliminaryDecidedV1Schema>;
