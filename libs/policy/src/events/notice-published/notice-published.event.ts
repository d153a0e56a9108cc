import { z } from 'zod';
import { instantSchema, boundedText, TEXT_LIMITS } from '../../shared/primitives.schema';
import { usccSchema } from '../../uscc/uscc';
import { idField } from '../shared/event-fields.schema';

export const NOTICE_PUBLISHED_V1 = 'publicity.notice.published.v1' as const;

/** 公示 (docs/SPEC.md §3.5): the notice and its computed end, with the counting parameters printed on it. */
export const noticePublishedV1Schema = z.strictObject({
  noticeId: idField,
  title: boundedText(TEXT_LIMITS.short),
  publishedAt: instantSchema,
  endsAt: instantSchema,
  workingDays: z.int().min(1),
  countingRule: z.enum(['NEXT_DAY']),
  closingTime: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/),
  /** The end reaches into a year whose holiday arrangement is not entered yet (docs/SPEC.md §7). */
  provisional: z.boolean(),
  items: z
    .array(
      z.strictObject({
        applicationId: idField,
        name: boundedText(TEXT_LIMITS.short),
        leadUscc: usccSchema,
        leadName: boundedText(TEXT_LIMITS.short),
      }),
    )
    .min(1)
    .max(500),
});
export type NoticePublishedV1 = z.infer<typeof noticePublishedV1Schema>;
