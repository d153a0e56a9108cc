import { z } from 'zod';
import { instantSchema, TEXT_LIMITS } from '../../shared/primitives.schema';
import { actorField, idField } from '../shared/event-fields.schema';

export const ITEM_CONTESTED_V1 = 'publicity.item.contested.v1' as const;

/** An objection on the item was upheld: the application ends (docs/SPEC.md §3.6). */
export const itemContestedV1Schema = z.strictObject({
  noticeId: idField,
  applicationId: idField,
  objectionId: idField,
  outcome: z.literal('UPHELD'),
  reason: z.string().trim().min(1).max(TEXT_LIMITS.medium),
  decidedBy: actorField,
  decidedAt: instantSchema,
});
export type ItemContestedV1 = z.infer<typeof itemContestedV1Schema>;
