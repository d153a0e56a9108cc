import { z } from 'zod';
import { storedFileViewSchema } from '@lz/evidence';
import { exportable, listQuerySchema, pageSchema } from '@lz/http';
import { boundedText, claimCategorySchema, entityIdSchema, TEXT_LIMITS } from '@lz/policy';
import { carriesAmount } from './claim-rules';

/** Integer fen, never a float or a string (docs/SPEC.md 2.5, docs/API.md "Conventions"). */
const fenInput = z
  .number({ error: 'must be an integer amount in fen' })
  .int({ error: 'must be an integer amount in fen' })
  .min(0, { error: 'must not be negative' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'is too large' });

/** DRAFT → PENDING (submitted with its evidence, docs/SPEC.md C.3) → GRANTED | REJECTED; STOPPED by 5.2c or 5.3a. */
export const CLAIM_STATUSES = ['DRAFT', 'PENDING', 'GRANTED', 'REJECTED', 'STOPPED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * `POST /claims`: a DRAFT post-subsidy claim (后补助, docs/SPEC.md §4); its evidence is uploaded to it
 * (`POST /claims/:id/evidence`) before it is submitted (docs/SPEC.md C.3).
 */
export const createClaimBodySchema = z
  .strictObject({
    consortiumId: entityIdSchema,
    category: claimCategorySchema,
    /** The platform (4.3) or project (4.4) the money is for: caps hold per `ref` over all tranches. */
    subject: z.strictObject({ ref: boundedText(TEXT_LIMITS.short), name: boundedText(TEXT_LIMITS.short) }),
    /** Requested amount; 0 (or omitted) for the priority categories 4.2, 4.5–4.7. */
    amountFen: fenInput.default(0),
  })
  .superRefine((c, ctx) => {
    if (!Number.isSafeInteger(c.amountFen) || c.amountFen < 0) return; // already reported
    if (carriesAmount(c.category) && c.amountFen < 1) {
      ctx.addIssue({ code: 'custom', path: ['amountFen'], message: `a ${c.category} claim needs an amount` });
    }
    if (!carriesAmount(c.category) && c.amountFen !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['amountFen'],
        message: `${c.category} is priority support and carries no amount`,
      });
    }
  });
export type CreateClaimBody = z.infer<typeof createClaimBodySchema>;

/** `POST /claims/:id/decision` (officer). A GRANT without `amountFen` grants the amount claimed. */
export const decisionBodySchema = z
  .strictObject({
    decision: z.enum(['GRANT', 'REJECT']),
    amountFen: fenInput.optional(),
    opinion: boundedText(TEXT_LIMITS.long),
  })
  .refine((d) => d.decision === 'GRANT' || d.amountFen === undefined || d.amountFen === 0, {
    error: 'a rejection grants no amount',
    path: ['amountFen'],
  });
export type DecisionBody = z.infer<typeof decisionBodySchema>;

/**
 * `GET /claims` (scoped: an applicant its own unit's, an officer all): newest first; by consortium,
 * status and category; `q` searches the subject's name and reference.
 */
export const listClaimsQuerySchema = exportable(
  listQuerySchema({
    sortable: ['createdAt', 'decidedAt', 'amountFen', 'status'],
    defaultSort: ['-createdAt'],
    search: "the subject's name or reference",
    filters: {
      consortiumId: entityIdSchema.optional(),
      status: z.enum(CLAIM_STATUSES).optional(),
      category: claimCategorySchema.optional(),
    },
  }),
);

export type ListClaimsQuery = z.output<typeof listClaimsQuerySchema>;

export const claimViewSchema = z.object({
  id: z.string(),
  consortiumId: z.string(),
  category: claimCategorySchema,
  rule: z.string(),
  subject: z.object({ ref: z.string(), name: z.string() }),
  amountFen: z.int(),
  /** The evidence uploaded to the claim (docs/SPEC.md C.3), oldest first. */
  evidence: z.array(storedFileViewSchema),
  status: z.enum(CLAIM_STATUSES),
  submittedAt: z.string().nullable(),
  grantedFen: z.int(),
  budgetYear: z.int().nullable(),
  opinion: z.string().nullable(),
  decidedAt: z.string().nullable(),
  stoppedAt: z.string().nullable(),
  /** Why a STOPPED claim was stopped: 5.2c (delisted) or 5.3a (a credit finding in effect), with a reason. */
  stop: z.object({ rule: z.string(), reason: z.string() }).nullable(),
  /** The consortium as the registry filed it (name, filing number, ACTIVE | DELISTED). */
  consortium: z
    .object({ name: z.string().nullable(), filingNumber: z.string(), status: z.string() })
    .nullable(),
  /**
   * 4.3/4.4: the cap of the claim's platform or project over all tranches, what has been granted to
   * it so far and what is left; null for a category without a cap.
   */
  cap: z.object({ capFen: z.int(), grantedFen: z.int(), leftFen: z.int() }).nullable(),
  /** 5.2b: the consortium's latest evaluation grade, the basis for the decision. */
  latestEvaluation: z
    .object({
      evaluationId: z.string(),
      cycle: z.int(),
      grade: z.string(),
      passed: z.boolean(),
      recordedAt: z.string(),
    })
    .nullable(),
  policyVersion: z.string(),
  createdAt: z.string(),
});
export type ClaimView = z.infer<typeof claimViewSchema>;

export const claimListSchema = pageSchema(claimViewSchema);
