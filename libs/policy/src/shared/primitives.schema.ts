import { z } from 'zod';

/** Upper bounds on free text, so that a request body cannot grow without limit. */
export const TEXT_LIMITS = {
  short: 200,
  medium: 2_000,
  long: 20_000,
} as const;

/** A non-blank string of at most `max` characters (trimmed before the checks). */
export function boundedText(max: number = TEXT_LIMITS.short) {
  return z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
}

/** A calendar date `YYYY-MM-DD` (Asia/Shanghai legal date) that exists in the calendar. */
export const dateSchema = z.iso.date({ error: 'must be a real date YYYY-MM-DD' });
export type IsoDate = z.infer<typeof dateSchema>;

/** An ISO-8601 instant with an explicit offset (`Z` or `±hh:mm`), e.g. `2024-05-15T09:00:00+08:00`. */
export const instantSchema = z.iso.datetime({
  offset: true,
  error: 'must be an ISO-8601 instant with offset, e.g. 2024-05-15T09:00:00+08:00',
});
export type IsoInstant = z.infer<typeof instantSchema>;

export const uuidSchema = z.uuid({ error: 'must be a UUID' });

/** Ids issued by our services (calls, attachments): opaque, bounded. */
export const entityIdSchema = z
  .string({ error: 'must be an id string' })
  .min(1, { error: 'must not be empty' })
  .max(64, { error: 'must be at most 64 characters' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'must contain only letters, digits, - and _' });
