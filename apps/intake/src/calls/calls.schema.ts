import { z } from 'zod';
import { listQuerySchema, pageSchema } from '@lz/http';

/** `POST /calls` and `POST /calls/:id/close`: the bodies of @lz/policy (the portal's forms check the same). */
export { closeCallSchema, createCallSchema, type CloseCall, type CreateCall } from '@lz/policy';

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
