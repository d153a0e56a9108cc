import { z } from 'zod';
import { instantSchema, TEXT_LIMITS } from '../../shared/primitives.schema';
import { idField } from '../shared/event-fields.schema';

export const DELISTING_DECIDED_V1 = 'evaluation.delisting.decided.v1' as const;

/** 5.2c: consecutive failed evaluations → the filing is to be revoked; review delists. */
export const delistingDecidedV1Schema = z.strictObject({
  consortiumId: idField,
  rule: z.literal('5.2c'),
  /** The failed evaluations that triggered it, oldest first. */
  evaluationIds: z.array(idField).min(1).max(10),
  reason: z.string().trim().min(1).max(TEXT_LIMITS.medium),
  decidedAt: instantSchema,
});
export type DelistingDecidedV1 = z.infer<typeof delistingDecidedV1Schema>;
