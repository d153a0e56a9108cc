import { z } from 'zod';

/** A mainland mobile number (SMS goes to mobiles only). */
const mobile = z.string().regex(/^1[3-9]\d{9}$/, { error: 'must be an 11-digit mainland mobile number' });

/** `PUT /notifications/preferences`: which channels the caller wants besides the in-app inbox. */
export const preferencesBodySchema = z.strictObject({
  email: z.strictObject({
    enabled: z.boolean(),
    /** Where to send; an applicant without one is written to at the contact its unit declared. */
    address: z.email({ error: 'must be an email address' }).max(254).nullable(),
  }),
  sms: z.strictObject({ enabled: z.boolean(), phone: mobile.nullable() }),
});
export type PreferencesBody = z.infer<typeof preferencesBodySchema>;

export const preferencesViewSchema = z.object({
  /** The in-app inbox is always on. */
  inApp: z.literal(true),
  email: z.object({
    enabled: z.boolean(),
    address: z.string().nullable(),
    /** Whether the platform sends e-mail at all (SMTP configured). */
    available: z.boolean(),
  }),
  sms: z.object({
    enabled: z.boolean(),
    phone: z.string().nullable(),
    /** Whether an SMS provider is configured (none is built in: false on a default installation). */
    available: z.boolean(),
  }),
  /** False until the caller saves preferences: the defaults are shown. */
  saved: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type PreferencesView = z.infer<typeof preferencesViewSchema>;

export const PREFERENCE_RULES = {
  emailAddress: 'notifications.email_address',
  smsUnavailable: 'notifications.sms_unavailable',
  smsPhone: 'notifications.sms_phone',
} as const;
