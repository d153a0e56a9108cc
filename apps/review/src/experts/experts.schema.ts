import { z } from 'zod';
import { exportable, listQuerySchema, pageSchema } from '@lz/http';
import { EXPERT_STATUSES } from '@lz/policy';

/**
 * `POST /experts`, `PATCH /experts/:id`, `POST /experts/:id/retire` (docs/API.md "review"): the bodies
 * of @lz/policy, so the portal's forms check the very same rules.
 */
export {
  expertBodySchema,
  expertPatchSchema,
  retireExpertBodySchema,
  type ExpertBody,
  type ExpertPatch,
  type RetireExpertBody,
} from '@lz/policy';

export const expertSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  orgUscc: z.string(),
  orgName: z.string().nullable(),
  fields: z.array(z.string()),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  status: z.enum(EXPERT_STATUSES),
  retiredAt: z.string().nullable(),
  retireReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ExpertView = z.infer<typeof expertSchema>;

/**
 * `GET /experts` (officer): the pool in the order registered; by field and status; `q` on name,
 * organisation name or USCC; `format=xlsx|csv` exports it in the layout an import reads.
 */
export const expertListQuerySchema = exportable(
  listQuerySchema({
    sortable: ['createdAt', 'name'],
    defaultSort: ['createdAt'],
    search: "the expert's name, the organisation's name or its USCC",
    filters: {
      field: z.string().trim().min(1).max(100).optional(),
      status: z.enum(EXPERT_STATUSES).optional(),
    },
  }),
);
export type ExpertListQuery = z.output<typeof expertListQuerySchema>;
export const expertListSchema = pageSchema(expertSchema);

/** `POST /experts/import`: what became of each row of the file (row = its spreadsheet row number). */
export const expertImportResultSchema = z.object({
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  rows: z.array(
    z.object({
      row: z.int(),
      expertId: z.uuid(),
      outcome: z.enum(['CREATED', 'UPDATED', 'UNCHANGED']),
    }),
  ),
});
export type ExpertImportResult = z.infer<typeof expertImportResultSchema>;
