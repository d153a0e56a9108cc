import { z } from 'zod';
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

export const expertListQuerySchema = z.strictObject({
  field: z.string().trim().min(1).max(100).optional(),
});
export const expertListSchema = z.object({ items: z.array(expertSchema) });
