import { z } from 'zod';
import { deadlineQuerySchema } from '@lz/calendar';

/** `:year` of `/calendar/:year`. */
export const calendarYearParamSchema = z.coerce.number().int().min(1000).max(9999);

/** `GET /calendar/deadline?from=…&workingDays=5[&closingTime=18:00]` (counting rule is NEXT_DAY). */
export const calendarDeadlineQuerySchema = deadlineQuerySchema;

export const calendarYearResponseSchema = z.object({
  year: z.int(),
  holidays: z.array(z.string()),
  makeupWorkdays: z.array(z.string()),
  enteredBy: z.string().optional(),
  created: z.boolean().optional(),
  rescheduledNotices: z.array(z.string()).optional(),
});

export const calendarDeadlineResponseSchema = z.object({
  from: z.string(),
  workingDays: z.int(),
  countingRule: z.literal('NEXT_DAY'),
  closingTime: z.string(),
  publishedOn: z.string(),
  firstCountedDay: z.string(),
  lastWorkingDay: z.string(),
  endsAt: z.string(),
  provisional: z.boolean(),
  unknownYears: z.array(z.int()),
});
