import { z } from 'zod';
import { instantSchema } from '../../shared/primitives.schema';
import { idField } from '../shared/event-fields.schema';

export const ITEM_CLEARED_V1 = 'publicity.item.cleared.v1' as const;

/** The period ended and no objection on the item is pending or upheld (docs/SPEC.md §3.5): it may be filed. */
export const itemClearedV1Schema = z.strictObject({
  noticeId: idField,
  applicationId: idField,
  endsAt: instantSchema,
  clearedAt: instantSchema,
  /** Objections filed on the item and dismissed. */
  dismissedObjections: z.int().min(0),
});
export type ItemClearedV1 = z.infer<typeof itemClearedV1Schema>;
