import { z } from 'zod';
import { exportable, listQuerySchema, pageSchema } from '@lz/http';
import { entityIdSchema, preliminaryDecisionSchema, REVIEW_STATUSES, type ReviewStatus } from '@lz/policy';

/** `POST /preliminary-reviews/:applicationId/decision`: libs/policy's, which the portal's form applies too. */
export { preliminaryDecisionBodySchema, type PreliminaryDecisionBody } from '@lz/policy';

/** A member summary of the submitted revision (review's copy). */
export const memberSchema = z.object({
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
export type QueueItem = z.infer<typeof queueItemSchema>;

/**
 * `GET /preliminary-reviews` (a reviewer, own jurisdiction only): the queue, oldest submission
 * first. `status` defaults to SUBMITTED (waiting for a decision); another status lists the
 * jurisdiction's cases there. `q` searches the name, the lead's name and its USCC.
 */
export const queueQuerySchema = exportable(
  listQuerySchema({
    sortable: ['submittedAt', 'name', 'leadName'],
    defaultSort: ['submittedAt'],
    search: 'the consortium name, the lead unit name or its USCC',
    filters: {
      callId: entityIdSchema.optional(),
      status: z.enum(REVIEW_STATUSES as [ReviewStatus, ...ReviewStatus[]]).default('SUBMITTED'),
    },
  }),
);
export type QueueQuery = z.output<typeof queueQuerySchema>;

export const preliminaryDecisionResponseSchema = z.object({
  applicationId: z.string(),
  revision: z.int(),
  decision: preliminaryDecisionSchema,
  opinion: z.string(),
  status: z.string(),
  decidedAt: z.string(),
});
