import { z } from 'zod';
import { listQuerySchema, pageSchema } from '@lz/http';
import { usccSchema } from '@lz/policy';

/** `POST /experts` (docs/API.md "review"): an expert of the pool. */
export const expertBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  orgUscc: usccSchema,
  fields: z.array(z.string().trim().min(1).max(100)).min(1).max(20),
});
export type ExpertBody = z.infer<typeof expertBodySchema>;

export const expertSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  orgUscc: z.string(),
  fields: z.array(z.string()),
  createdAt: z.string(),
});
export type ExpertView = z.infer<typeof expertSchema>;

/** `GET /experts` (officer): the pool in the order registered; by field; `q` on name or org USCC. */
export const expertListQuerySchema = listQuerySchema({
  sortable: ['createdAt', 'name'],
  defaultSort: ['createdAt'],
  search: "the expert's name or the organisation's USCC",
  filters: { field: z.string().trim().min(1).max(100).optional() },
});
export type ExpertListQuery = z.output<typeof expertListQuerySchema>;
export const expertListSchema = pageSchema(expertSchema);
