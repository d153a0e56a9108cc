import { z } from 'zod';
import { creditFindingObjectSchema } from '../../credit/credit-finding.schema';
import { boundedText, dateSchema, instantSchema, TEXT_LIMITS } from '../../shared/primitives.schema';
import { usccSchema } from '../../uscc/uscc';
import { actorField, idField } from '../shared/event-fields.schema';

export const CREDIT_FINDING_RECORDED_V1 = 'intake.credit-finding.recorded.v1' as const;

/** docs/SPEC.md 5.3a: the Bureau recorded a credit finding against a unit; services enforce its effects. */
export const creditFindingRecordedV1Schema = z.strictObject({
  findingId: idField,
  uscc: usccSchema,
  unitName: boundedText(TEXT_LIMITS.short),
  object: creditFindingObjectSchema,
  decisionRef: boundedText(TEXT_LIMITS.short),
  from: dateSchema,
  until: dateSchema.nullable(),
  /** The policy version whose `credit` parameters decide the effects. */
  policyVersion: boundedText(64),
  recordedBy: actorField,
  recordedAt: instantSchema,
});
export type CreditFindingRecordedV1 = z.infer<typeof creditFindingRecordedV1Schema>;
