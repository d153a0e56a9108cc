import { z } from 'zod';
import { boundedText, entityIdSchema, TEXT_LIMITS } from '@lz/policy';

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

/** `POST /objections/:id/resolution` — an officer, PENDING objections only. */
export const resolveObjectionBodySchema = z.strictObject({
  outcome: z.enum(['UPHELD', 'DISMISSED']),
  reason: boundedText(TEXT_LIMITS.medium),
});
export type ResolveObjectionBody = z.infer<typeof resolveObjectionBodySchema>;

/** What the objector gets back: no contact details echoed. */
export const filedObjectionSchema = z.object({
  id: z.uuid(),
  noticeId: z.uuid(),
  applicationId: z.string(),
  status: z.literal('PENDING'),
  filedAt: z.string(),
});

/** An objection as officers see it (contact included — personal data, never on a public route). */
export const objectionViewSchema = z.object({
  id: z.uuid(),
  noticeId: z.uuid(),
  applicationId: z.string(),
  reason: z.string(),
  contact: z.object({ name: z.string(), phone: z.string() }),
  filedAt: z.string(),
  status: z.enum(['PENDING', 'UPHELD', 'DISMISSED']),
  resolution: z.object({ reason: z.string(), resolvedBy: z.string(), resolvedAt: z.string() }).nullable(),
  /** The item's status after this resolution. */
  itemStatus: z.string().optional(),
});
export type ObjectionView = z.infer<typeof objectionViewSchema>;
