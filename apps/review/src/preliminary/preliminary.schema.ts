import { z } from 'zod';
import { preliminaryDecisionSchema } from '@lz/policy';

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
export const queueSchema = z.object({ items: z.array(queueItemSchema) });

export const preliminaryDecisionResponseSchema = z.object({
  applicationId: z.string(),
  revision: z.int(),
  decision: preliminaryDecisionSchema,
  opinion: z.string(),
  status: z.string(),
  decidedAt: z.string(),
});
