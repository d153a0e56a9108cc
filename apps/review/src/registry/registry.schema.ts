import { z } from 'zod';

export const CONSORTIUM_STATUSES = ['ACTIVE', 'DELISTED'] as const;

export const consortiumSchema = z.object({
  id: z.uuid(),
  applicationId: z.string(),
  name: z.string(),
  field: z.string(),
  jurisdictionCode: z.string(),
  lead: z.object({ uscc: z.string(), name: z.string() }),
  members: z.array(z.object({ uscc: z.string(), name: z.string() })),
  filingNumber: z.string(),
  filedOn: z.string(),
  filedAt: z.string(),
  status: z.enum(CONSORTIUM_STATUSES),
  delistedAt: z.string().nullable(),
});
export type ConsortiumView = z.infer<typeof consortiumSchema>;

export const registryQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(CONSORTIUM_STATUSES).optional(),
  field: z.string().trim().min(1).max(100).optional(),
});
export type RegistryQuery = z.infer<typeof registryQuerySchema>;

export const registryPageSchema = z.object({
  items: z.array(consortiumSchema),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
