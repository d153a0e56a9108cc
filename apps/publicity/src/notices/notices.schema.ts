import { z } from 'zod';
import { PRINTABLE_FORMATS, listQuerySchema, pageSchema } from '@lz/http';
import { boundedText, entityIdSchema, instantSchema, TEXT_LIMITS } from '@lz/policy';

/** The most items one notice carries (the `publicity.notice.published.v1` contract's bound). */
export const MAX_ITEMS_PER_NOTICE = 500;

/** `POST /notices`: `publishedAt` defaults to now and may be earlier (a notice already posted elsewhere). */
export const publishNoticeBodySchema = z.strictObject({
  title: boundedText(TEXT_LIMITS.short),
  applicationIds: z
    .array(entityIdSchema)
    .min(1)
    .max(MAX_ITEMS_PER_NOTICE)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'must not list an application twice' }),
  publishedAt: instantSchema.optional(),
});
export type PublishNoticeBody = z.infer<typeof publishNoticeBodySchema>;

export const NOTICE_STATUSES = ['OPEN', 'EXPIRED'] as const;

/** `GET /notices` (public): newest publication first; filter by status, `q` searches the title. */
export const listNoticesQuerySchema = listQuerySchema({
  sortable: ['publishedAt', 'endsAt', 'title'],
  defaultSort: ['-publishedAt'],
  search: 'the title',
  filters: { status: z.enum(NOTICE_STATUSES).optional() },
});
export type ListNoticesQuery = z.output<typeof listNoticesQuerySchema>;

/** `GET /notices/:id`: `format` answers the notice's items as a file, or the notice printed (pdf). */
export const noticeFormatQuerySchema = z.strictObject({
  format: z
    .enum(['json', ...PRINTABLE_FORMATS])
    .optional()
    .meta({
      description: "Answer as: json (default), xlsx or csv (the notice's items), pdf (the printed notice).",
    }),
});
export type NoticeFormatQuery = z.output<typeof noticeFormatQuerySchema>;

const textZhEn = z.object({ text: z.string(), textZh: z.string() });

export const noticeItemViewSchema = z.object({
  applicationId: z.string(),
  name: z.string(),
  field: z.string(),
  leadName: z.string(),
  leadUscc: z.string(),
  status: z.enum(['IN_PUBLICITY', 'AWAITING_RESOLUTION', 'CLEARED', 'CONTESTED']),
  objections: z.object({ pending: z.int(), upheld: z.int(), dismissed: z.int() }),
});

/** A notice as the public sees it: the period, the rule that counted it, its items, how to object. */
export const noticeViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(NOTICE_STATUSES),
  /** Objections are accepted now (by the service clock): `now <= endsAt`. */
  acceptingObjections: z.boolean(),
  publishedAt: z.string(),
  endsAt: z.string(),
  lastWorkingDay: z.string(),
  workingDays: z.int(),
  countingRule: z.literal('NEXT_DAY'),
  closingTime: z.string(),
  provisional: z.boolean(),
  unknownYears: z.array(z.int()),
  policyVersion: z.string(),
  period: textZhEn,
  howToObject: textZhEn.extend({ path: z.string() }),
  items: z.array(noticeItemViewSchema),
});
export type NoticeView = z.infer<typeof noticeViewSchema>;

export const noticeListSchema = pageSchema(noticeViewSchema);

/**
 * `GET /notices/candidates` (officer): what the next notice may carry — the applications the city
 * review decided "to be filed" (review.city.decided.v1) that are on no notice yet; oldest decision
 * first, `q` searches the consortium name, the lead unit's name or its USCC.
 */
export const listCandidatesQuerySchema = listQuerySchema({
  sortable: ['decidedAt', 'name'],
  defaultSort: ['decidedAt'],
  search: 'the consortium name, the lead unit name or its USCC',
  filters: {},
});
export type ListCandidatesQuery = z.output<typeof listCandidatesQuerySchema>;

export const candidateViewSchema = z.object({
  applicationId: z.string(),
  revision: z.int(),
  name: z.string(),
  field: z.string(),
  leadName: z.string(),
  leadUscc: z.string(),
  jurisdictionCode: z.string(),
  decidedAt: z.string(),
});
export type CandidateView = z.infer<typeof candidateViewSchema>;

export const candidatePageSchema = pageSchema(candidateViewSchema);
