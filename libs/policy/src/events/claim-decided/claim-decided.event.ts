import { z } from 'zod';
import { fenSchema } from '../../money/money';
import { instantSchema, boundedText, TEXT_LIMITS } from '../../shared/primitives.schema';
import { claimCategorySchema } from '../../subsidy/claim-category';
import { actorField, idField, opinionField } from '../shared/event-fields.schema';

export const CLAIM_DECIDED_V1 = 'subsidy.claim.decided.v1' as const;

/** A post-subsidy claim decided (docs/SPEC.md §4): GRANT with the granted amount, or REJECT. */
export const claimDecidedV1Schema = z
  .strictObject({
    claimId: idField,
    consortiumId: idField,
    category: claimCategorySchema,
    subject: z.strictObject({ ref: boundedText(TEXT_LIMITS.short), name: boundedText(TEXT_LIMITS.short) }),
    decision: z.enum(['GRANT', 'REJECT']),
    requestedFen: fenSchema,
    /** Granted amount; 0 when rejected. */
    grantedFen: fenSchema,
    budgetYear: z.int().min(2024).max(2100),
    opinion: opinionField,
    decidedBy: actorField,
    decidedAt: instantSchema,
  })
  .refine((c) => c.decision === 'GRANT' || c.grantedFen === 0, {
    error: 'a rejected claim grants 0 fen',
    path: ['grantedFen'],
  });
export type ClaimDecidedV1 = z.infer<typeof claimDecidedV1Schema>;
