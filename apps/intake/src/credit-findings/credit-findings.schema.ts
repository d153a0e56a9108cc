import { z } from 'zod';
import { storedFileViewSchema } from '@lz/evidence';
import { listQuerySchema, pageSchema } from '@lz/http';
import { CREDIT_FINDING_OBJECT_TYPES, usccSchema } from '@lz/policy';

/** `POST /credit-findings` and `POST /credit-findings/:id/end`: the bodies of @lz/policy (the portal's forms check the same). */
export {
  endCreditFindingSchema,
  recordCreditFindingSchema,
  type EndCreditFinding,
  type RecordCreditFinding,
} from '@lz/policy';

export const creditFindingViewSchema = z.object({
  id: z.uuid(),
  uscc: z.string(),
  unitName: z.string(),
  object: z.object({ type: z.enum(CREDIT_FINDING_OBJECT_TYPES), id: z.string() }),
  facts: z.string(),
  decisionRef: z.string(),
  period: z.object({ from: z.string(), until: z.string().nullable() }),
  policyVersion: z.string(),
  recordedAt: z.string(),
  /** In effect today (Asia/Shanghai): inside its period and not ended early. */
  active: z.boolean(),
  ended: z.object({ on: z.string(), reason: z.string(), at: z.string() }).nullable(),
  evidence: z.array(storedFileViewSchema),
});
export type CreditFindingView = z.infer<typeof creditFindingViewSchema>;

/** `GET /credit-findings`: newest first; by unit (`uscc`) and by whether it is in effect today. */
export const listCreditFindingsQuerySchema = listQuerySchema({
  sortable: ['recordedAt', 'validFrom'],
  defaultSort: ['-recordedAt'],
  search: 'the unit name, facts and decision reference',
  filters: {
    uscc: usccSchema.optional(),
    active: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  },
});
export type ListCreditFindingsQuery = z.output<typeof listCreditFindingsQuerySchema>;

export const creditFindingPageSchema = pageSchema(creditFindingViewSchema);
