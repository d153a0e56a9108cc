import { z } from 'zod';
import { boundedText, entityIdSchema, TEXT_LIMITS } from '../shared/primitives.schema';

/** A mainland China mobile number (11 digits, 13x–19x). */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** The longest name of an objector's contact. */
export const OBJECTION_CONTACT_NAME_MAX = 100;

/**
 * `POST /notices/:id/objections` — anyone, no login, while the notice is open (docs/SPEC.md 3.5).
 * The publicity service validates with it and the portal's form checks the same rules in the browser.
 */
export const fileObjectionBodySchema = z.strictObject({
  applicationId: entityIdSchema,
  reason: boundedText(TEXT_LIMITS.medium),
  contact: z.strictObject({
    name: boundedText(OBJECTION_CONTACT_NAME_MAX),
    phone: z.string().trim().regex(MAINLAND_MOBILE, {
      error: 'must be a mainland mobile number: 11 digits starting 13–19',
    }),
  }),
});
export type FileObjectionBody = z.infer<typeof fileObjectionBodySchema>;
