import { z } from 'zod';
import { listQuerySchema, pageSchema } from '@lz/http';
import { callSchema, TEXT_LIMITS } from '@lz/policy';

/**
 * `POST /calls` (docs/API.md): the call of @lz/policy plus `justification`, which a second call in the
 * same year needs (第三条(一): 原则上每年集中申报1次 — in principle once a year, docs/SPEC.md 3.1).
 */
export const createCallSchema = z
  .strictObject({
    ...callSchema.shape,
    justification: z
      .string({ error: 'must be a string' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(TEXT_LIMITS.long, { error: `must be at most ${TEXT_LIMITS.long} characters` })
      .optional(),
  })
  .refine((c) => Date.parse(c.opensAt) < Date.parse(c.closesAt), {
    error: 'closesAt must be after opensAt',
    path: ['closesAt'],
  });
export type CreateCall = z.infer<typeof createCallSchema>;

export const callViewSchema = z.object({
  id: z.uuid(),
  year: z.int(),
  title: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  policyVersion: z.string(),
  justification: z.string().nullable(),
  /** Open for submission now (opensAt ≤ now < closesAt). */
  open: z.boolean(),
});
export type CallView = z.infer<typeof callViewSchema>;

/** Where a call stands now: not yet open, open for submission, closed. */
export const CALL_STATUSES = ['UPCOMING', 'OPEN', 'CLOSED'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** `GET /calls` (public): latest opening first; by year and status; `q` searches the title. */
export const listCallsQuerySchema = listQuerySchema({
  sortable: ['opensAt', 'closesAt', 'year', 'title'],
  defaultSort: ['-opensAt'],
  search: 'the title',
  filters: {
    year: z.coerce.number().int().min(2024).max(2100).optional(),
    status: z.enum(CALL_STATUSES).optional(),
  },
});
export type ListCallsQuery = z.output<typeof listCallsQuerySchema>;

export const callPageSchema = pageSchema(callViewSchema);
