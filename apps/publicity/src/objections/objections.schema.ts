import { z } from 'zod';
import { listQuerySchema, pageSchema } from '@lz/http';
import { boundedText, entityIdSchema, TEXT_LIMITS } from '@lz/policy';
import { readReceiptNumber } from './receipt-number';

/** A mainland China mobile number (11 digits, 13x–19x). */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** `POST /notices/:id/objections` — anyone, no login, while the notice is open. */
export const fileObjectionBodySchema = z.strictObject({
  applicationId: entityIdSchema,
  reason: boundedText(TEXT_LIMITS.medium),
  contact: z.strictObject({
    name: boundedText(100),
    phone: z.string().trim().regex(MAINLAND_MOBILE, {
      error: 'must be a mainland mobile number: 11 digits starting 13–19',
    }),
  }),
});
export type FileObjectionBody = z.infer<typeof fileObjectionBodySchema>;

/**
 * `POST /objections/:id/resolution` — an officer, PENDING objections only. The reason is public: the
 * objector reads it with the receipt number (`GET /objections/receipts/:receiptNo`).
 */
export const resolveObjectionBodySchema = z.strictObject({
  outcome: z.enum(['UPHELD', 'DISMISSED']),
  reason: boundedText(TEXT_LIMITS.medium),
});
export type ResolveObjectionBody = z.infer<typeof resolveObjectionBodySchema>;

export const OBJECTION_STATUSES = ['PENDING', 'UPHELD', 'DISMISSED'] as const;

/** 回执编号, e.g. `YY2026-K7M3-9QXT` (receipt-number.ts has the format). */
const receiptNoSchema = z.string().meta({ example: 'YY2026-K7M3-9QXT' });

/** What the objector gets back: the receipt number to quote; no contact details echoed. */
export const filedObjectionSchema = z.object({
  id: z.uuid(),
  receiptNo: receiptNoSchema,
  noticeId: z.uuid(),
  applicationId: z.string(),
  status: z.literal('PENDING'),
  filedAt: z.string(),
});

/** An objection as officers see it (contact included — personal data, never on a public route). */
export const objectionViewSchema = z.object({
  id: z.uuid(),
  receiptNo: receiptNoSchema,
  noticeId: z.uuid(),
  applicationId: z.string(),
  /** The name of the item (application) objected to, as the notice prints it. */
  itemName: z.string(),
  reason: z.string(),
  contact: z.object({ name: z.string(), phone: z.string() }),
  filedAt: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  resolution: z.object({ reason: z.string(), resolvedBy: z.string(), resolvedAt: z.string() }).nullable(),
  /** The item's status after this resolution. */
  itemStatus: z.string().optional(),
});
export type ObjectionView = z.infer<typeof objectionViewSchema>;

const objectionFilters = {
  applicationId: entityIdSchema.optional(),
  status: z.enum(OBJECTION_STATUSES).optional(),
};
const objectionListSpec = {
  sortable: ['filedAt', 'status', 'resolvedAt'],
  defaultSort: ['filedAt'],
  search: 'the receipt number or the reason',
} as const;

/** `GET /notices/:id/objections` (officer): oldest first; filter by item and status. */
export const noticeObjectionsQuerySchema = listQuerySchema({
  ...objectionListSpec,
  filters: objectionFilters,
});

/** `GET /objections` (officer): every notice's objections, oldest first; filter by notice, item, status. */
export const listObjectionsQuerySchema = listQuerySchema({
  ...objectionListSpec,
  filters: { noticeId: z.uuid().optional(), ...objectionFilters },
});
export type ListObjectionsQuery = z.output<typeof listObjectionsQuerySchema>;

export const objectionPageSchema = pageSchema(objectionViewSchema);

/** `:receiptNo` as typed (any case, spaces around); a wrong format or check character is a 400. */
export const receiptNoParamSchema = z
  .string()
  .max(40)
  .transform((typed, ctx) => {
    const read = readReceiptNumber(typed);
    if (read.ok) return read.receiptNo;
    ctx.issues.push({
      code: 'custom',
      input: typed,
      message:
        read.reason === 'format'
          ? 'A receipt number reads YY<year>-XXXX-XXXX, e.g. YY2026-K7M3-9QXT'
          : 'The receipt number does not check out: a character was mistyped',
      params: {
        rule: 'input.receipt_no',
        messageZh:
          read.reason === 'format'
            ? '回执编号格式应为 YY年份-XXXX-XXXX,例如 YY2026-K7M3-9QXT'
            : '回执编号校验位不符,请核对是否输错',
      },
    });
    return z.NEVER;
  });

/** What anyone holding the receipt number learns: the status and the decision's public reason only. */
export const objectionReceiptSchema = z.object({
  receiptNo: receiptNoSchema,
  status: z.enum(OBJECTION_STATUSES),
  resolution: z.object({ reason: z.string(), resolvedAt: z.string() }).nullable(),
});
export type ObjectionReceipt = z.infer<typeof objectionReceiptSchema>;
