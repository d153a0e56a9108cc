import { z } from 'zod';
import { boundedText, dateSchema, instantSchema, TEXT_LIMITS } from '../../shared/primitives.schema';
import { usccSchema } from '../../uscc/uscc';
import { actorField, idField } from '../shared/event-fields.schema';

export const CREDIT_FINDING_ENDED_V1 = 'intake.credit-finding.ended.v1' as const;

/** docs/SPEC.md 5.3a: a credit finding was ended early (correction, appeal upheld); its effects stop. */
export const creditFindingEndedV1Schema = z.strictObject({
  findingId: idField,
  uscc: usccSchema,
  reason: boundedText(TEXT_LIMITS.medium),
  /** The legal date (Asia/Shanghai) from which the finding no longer applies. */
  endedOn: dateSchema,
  endedBy: actorField,
  endedAt: instantSchema,
});
export type CreditFindingEndedV1 = z.infer<typeof creditFindingEndedV1Schema>;
