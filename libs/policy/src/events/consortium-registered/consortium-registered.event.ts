import { z } from 'zod';
import { jurisdictionSchema } from '../../jurisdictions/jurisdiction.schema';
import { dateSchema, instantSchema, boundedText, TEXT_LIMITS } from '../../shared/primitives.schema';
import { usccSchema } from '../../uscc/uscc';
import { idField, unitRefSchema } from '../shared/event-fields.schema';

export const CONSORTIUM_REGISTERED_V1 = 'review.consortium.registered.v1' as const;

/** 备案入库 (docs/SPEC.md §3.6): the consortium enters the registry. Evaluation schedules from `filedOn`. */
export const consortiumRegisteredV1Schema = z.strictObject({
  consortiumId: idField,
  applicationId: idField,
  /** e.g. 泸创联备〔2026〕003号 */
  filingNumber: boundedText(64),
  filedOn: dateSchema,
  filedAt: instantSchema,
  name: boundedText(TEXT_LIMITS.short),
  field: boundedText(TEXT_LIMITS.short),
  jurisdictionCode: jurisdictionSchema,
  leadUscc: usccSchema,
  leadName: boundedText(TEXT_LIMITS.short),
  members: z.array(unitRefSchema).max(100),
});
export type ConsortiumRegisteredV1 = z.infer<typeof consortiumRegisteredV1Schema>;
