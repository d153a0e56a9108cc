import { z } from 'zod';
import { PRINTABLE_FORMATS, exportable, listQuerySchema, pageSchema } from '@lz/http';

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

/**
 * `GET /registry` (public, 组建名单): in filing order (year, then sequence); filter by field (领域),
 * jurisdiction and status; `q` searches the name, the lead unit's name and USCC and the filing number.
 */
export const registryQuerySchema = exportable(
  listQuerySchema({
    sortable: ['filingNumber', 'filedAt', 'name'],
    defaultSort: ['filingNumber'],
    search: "the consortium name, the lead unit's name or USCC, or the filing number",
    filters: {
      status: z.enum(CONSORTIUM_STATUSES).optional(),
      field: z.string().trim().min(1).max(100).optional(),
      jurisdictionCode: z.string().trim().min(1).max(20).optional(),
    },
  }),
  PRINTABLE_FORMATS,
);
export type RegistryQuery = z.output<typeof registryQuerySchema>;

export const registryPageSchema = pageSchema(consortiumSchema);
