import { z } from 'zod';
import { listQuerySchema, pageSchema } from '@lz/http';
import { entityIdSchema, preliminaryDecisionSchema, REVIEW_STATUSES, type ReviewStatus } from '@lz/policy';

/** `POST /preliminary-reviews/:applicationId/decision` (docs/API.md "review"). */
export const preliminaryDecisionBodySchema = z.strictObject({
  decision: preliminaryDecisionSchema,
  /** The opinion (推荐意见) or, for RETURN, the reasons (退回理由). */
  opinion: z
    .string()
    .trim()
    .min(1, { error: 'an opinion (or the reasons for a return) is required' })
    .max(4000),
  /** Optional guard: the revision the reviewer read; a stale one is refused (409, 3.3). */
  revision: z.int().min(1).optional(),
});
export type PreliminaryDecisionBody = z.infer<typeof preliminaryDecisionBodySchema>;

const memberSchema = z.object({
  uscc: z.string(),
  name: z.string(),
  kind: z.string(),
  chainRole: z.string(),
  inLuzhou: z.boolean(),
});

export const queueItemSchema = z.object({
  applicationId: z.string(),
  revision: z.int(),
  callId: z.string(),
  name: z.string(),
  field: z.string(),
  jurisdictionCode: z.string(),
  leadUscc: z.string(),
  leadName: z.string(),
  members: z.array(memberSchema),
  submittedAt: z.string(),
  status: z.string(),
});
export const queueSchema = pageSchema(queueItemSchema);

/**
 * `GET /preliminary-reviews` (a reviewer, own jurisdiction only): the queue, oldest submission
 * first. `status` defaults to SUBMITTED (waiting for a decision); another status lists the
 * jurisdiction's cases there. `q` searches the name, the lead's name and its USCC.
 */
export const queueQuerySchema = listQuerySchema({
  sortable: ['submittedAt', 'name', 'leadName'],
  defaultSort: ['submittedAt'],
  search: 'the consortium name, the lead unit name or its USCC',
  filters: {
    callId: entityIdSchema.optional(),
    status: z.enum(REVIEW_STATUSES as [ReviewStatus, ...ReviewStatus[]]).default('SUBMITTED'),
  },
});
export type QueueQuery = z.output<typeof queueQuerySchema>;

export const preliminaryDecisionResponseSchema = z.object({
  applicationId: z.string(),
  revision: z.int(),
  decision: preliminaryDecisionSchema,
  opinion: z.string(),
  status: z.string(),
  decidedAt: z.string(),
});
