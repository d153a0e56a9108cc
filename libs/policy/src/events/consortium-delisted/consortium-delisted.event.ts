import { z } from 'zod';
import { instantSchema, boundedText, TEXT_LIMITS } from '../../shared/primitives.schema';
import { usccSchema } from '../../uscc/uscc';
import { idField } from '../shared/event-fields.schema';

export const CONSORTIUM_DELISTED_V1 = 'review.consortium.delisted.v1' as const;

/** 取消备案并摘牌: the registry entry is DELISTED; subsidy stops pending claims (5.2c). */
export const consortiumDelistedV1Schema = z.strictObject({
  consortiumId: idField,
  filingNumber: boundedText(64),
  leadUscc: usccSchema,
  rule: z.literal('5.2c'),
  reason: z.string().trim().min(1).max(TEXT_LIMITS.medium),
  delistedAt: instantSchema,
});
export type ConsortiumDelistedV1 = z.infer<typeof consortiumDelistedV1Schema>;
