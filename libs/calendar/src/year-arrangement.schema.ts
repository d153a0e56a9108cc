import { z } from 'zod';
import { MAX_WORKING_DAYS } from './deadline';
import { isClockTime, isIsoDate } from './shanghai-time';
import { validateArrangement } from './year-arrangement';

/** A calendar date 'YYYY-MM-DD' that exists. */
export const isoDateSchema = z
  .string()
  .refine((value) => isIsoDate(value), { error: "must be a real date written 'YYYY-MM-DD'" });

/** A closing time 'HH:MM' (00:01–23:59) or '24:00'. */
export const closingTimeSchema = z
  .string()
  .refine((value) => isClockTime(value) && value !== '00:00', { error: "must be 'HH:MM' or '24:00'" });

const dateList = z.array(isoDateSchema).max(366);

/**
 * Body of `PUT /calendar/:year` before the cross-field checks: `{holidays, makeupWorkdays}`, no other
 * field. Use `yearArrangementBodySchemaFor(year)` to also run `validateArrangement`.
 */
export const yearArrangementBodySchema = z.strictObject({
  holidays: dateList,
  makeupWorkdays: dateList,
});

export type YearArrangementBody = z.infer<typeof yearArrangementBodySchema>;

/**
 * The `PUT /calendar/:year` body schema for one year (the year comes from the URL). Its issues carry
 * the path (e.g. ['makeupWorkdays', 1]) and, in `params`, `{rule: '7', messageZh}`.
 */
export function yearArrangementBodySchemaFor(year: number) {
  return yearArrangementBodySchema.superRefine((body, ctx) => {
    for (const e of validateArrangement({ year, ...body })) {
      ctx.addIssue({
        code: 'custom',
        path: [...e.path],
        message: e.message,
        params: { rule: e.rule, messageZh: e.messageZh },
      });
    }
  });
}

/** Query of `GET /calendar/deadline?from=…&workingDays=5[&closingTime=18:00]`. */
export const deadlineQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }),
  workingDays: z.coerce.number().int().min(1).max(MAX_WORKING_DAYS),
  closingTime: closingTimeSchema.optional(),
});

export type DeadlineQuery = z.infer<typeof deadlineQuerySchema>;
