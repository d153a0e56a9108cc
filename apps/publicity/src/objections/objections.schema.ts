import { z } from 'zod';
import { boundedText, TEXT_LIMITS } from '@lz/policy';

/** `POST /notices/:id/objections`: the body schema is shared with the portal's form (@lz/policy). */
export { fileObjectionBodySchema, MAINLAND_MOBILE, type FileObjectionBody } from '@lz/policy';

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
