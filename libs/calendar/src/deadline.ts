import {
  addDays,
  clockTimeToMinutes,
  formatShanghaiIso,
  isIsoDate,
  isWeekend,
  shanghaiDateOf,
  shanghaiInstant,
  toInstant,
  yearOf,
  type IsoDate,
} from './shanghai-time';
import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * How a period is counted. 'NEXT_DAY' (民法典 第201条): the day of publication does not count; the
 * period runs from the next day. The policy object (libs/policy) owns the value; this lib takes it as
 * a parameter.
 */
export type CountingRule = 'NEXT_DAY';

/** The upper bound on `workingDays`, to stop a typo from walking the calendar for ever. */
export const MAX_WORKING_DAYS = 1000;

export interface DeadlineInput {
  /** The publication instant: a Date or an ISO-8601 string with an offset ('Z' or '+08:00'). */
  readonly publishedAt: Date | string;
  /** The period length in working days (a whole number ≥ 1). */
  readonly workingDays: number;
  readonly counting: CountingRule;
  /** Close of the last working day, Shanghai wall-clock: '24:00' (default in policy) or 'HH:MM'. */
  readonly closingTime: string;
}

export interface DeadlineResult {
  /** The instant the period ends (民法典 第203条: the close of the last day). */
  readonly endsAt: Date;
  /** `endsAt` written in Shanghai time, e.g. '2026-02-27T00:00:00+08:00' for 24:00 on 2026-02-26. */
  readonly endsAtIso: string;
  /** The Shanghai date of publication (does not count). */
  readonly publishedOn: IsoDate;
  /** The first day of the period: the day after publication (it counts if it is a working day). */
  readonly firstCountedDay: IsoDate;
  /** The n-th working day; the period ends at its close. */
  readonly lastWorkingDay: IsoDate;
  /**
   * True when the walk crossed a year with no arrangement: those years' Monday–Friday were taken as
   * working days, so the result is only an ESTIMATE. Recompute once the year has been entered.
   */
  readonly provisional: boolean;
  /** The years without an arrangement the walk crossed (ascending); empty when not provisional. */
  readonly unknownYears: readonly number[];
}

export interface WorkingDayCount {
  readonly count: number;
  /** True when some day of the range lies in a year with no arrangement (Monday–Friday assumed). */
  readonly provisional: boolean;
  readonly unknownYears: readonly number[];
}

interface DayVerdict {
  readonly working: boolean;
  readonly unknownYear?: number;
}

/** A day's status, with Monday–Friday assumed (and the year reported) when its year is unknown. */
function judge(date: IsoDate, calendar: WorkingDayCalendar): DayVerdict {
  const status = calendar.isWorkingDay(date);
  if (status === 'unknown') return { working: !isWeekend(date), unknownYear: yearOf(date) };
  return { working: status };
}

/**
 * The end of a period of `workingDays` working days after publication (docs/SPEC.md §3.5, §7).
 *
 * Counting is done on Shanghai dates whatever the process time zone: publication at
 * 2026-02-12T23:30+08:00 is published on the 12th; at 2026-02-11T17:00Z (= 01:00 on the 12th in
 * Shanghai) too. The period starts the next day and ends at `closingTime` of the n-th working day
 * ('24:00' = 00:00 of the following calendar day).
 *
 * Worked example: published Thu 2026-02-12, 5 working days → 2/13 (Fri), 2/14 (Sat, make-up),
 * [2/15–2/23 Spring Festival], 2/24, 2/25, 2/26 → ends 2026-02-27T00:00:00+08:00.
 *
 * If the walk reaches a year with no arrangement, the result is an estimate (Monday–Friday taken as
 * working days): `provisional` is true and `unknownYears` lists those years.
 */
export function computeDeadline(input: DeadlineInput, calendar: WorkingDayCalendar): DeadlineResult {
  const { workingDays, counting, closingTime } = input;
  if (counting !== 'NEXT_DAY') {
    throw new RangeError(`Unsupported counting rule ${JSON.stringify(counting)}; supported: 'NEXT_DAY'`);
  }
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
    throw new RangeError(`workingDays must be a whole number 1–${MAX_WORKING_DAYS}, got ${workingDays}`);
  }
  if (clockTimeToMinutes(closingTime) === 0) {
    throw new RangeError(`closingTime '00:00' would end the period before its last day; use '24:00'`);
  }
  const publishedAt = toInstant(input.publishedAt);
  const publishedOn = shanghaiDateOf(publishedAt);
  const firstCountedDay = addDays(publishedOn, 1);

  const unknownYears = new Set<number>();
  let counted = 0;
  let day = publishedOn;
  while (counted < workingDays) {
    day = addDays(day, 1);
    const verdict = judge(day, calendar);
    if (verdict.unknownYear !== undefined) unknownYears.add(verdict.unknownYear);
    if (verdict.working) counted += 1;
  }

  const endsAt = shanghaiInstant(day, closingTime);
  // The walk goes forward in time, so the Set holds the unknown years in ascending order already.
  const years = [...unknownYears];
  return {
    endsAt,
    endsAtIso: formatShanghaiIso(endsAt),
    publishedOn,
    firstCountedDay,
    lastWorkingDay: day,
    provisional: years.length > 0,
    unknownYears: years,
  };
}

/**
 * The number of working days in (fromExclusive, toInclusive] — both Shanghai dates 'YYYY-MM-DD'.
 * Days in a year with no arrangement are counted Monday–Friday and make the count provisional.
 */
export function countWorkingDaysBetween(
  fromExclusive: IsoDate,
  toInclusive: IsoDate,
  calendar: WorkingDayCalendar,
): WorkingDayCount {
  for (const date of [fromExclusive, toInclusive]) {
    if (!isIsoDate(date)) throw new RangeError(`Expected a date 'YYYY-MM-DD', got ${JSON.stringify(date)}`);
  }
  if (toInclusive < fromExclusive) {
    throw new RangeError(`The range (${fromExclusive}, ${toInclusive}] ends before it starts`);
  }
  const unknownYears = new Set<number>();
  let count = 0;
  for (let day = addDays(fromExclusive, 1); day <= toInclusive; day = addDays(day, 1)) {
    const verdict = judge(day, calendar);
    if (verdict.unknownYear !== undefined) unknownYears.add(verdict.unknownYear);
    if (verdict.working) count += 1;
  }
  const years = [...unknownYears]; // ascending: the loop walks forward in time
  return { count, provisional: years.length > 0, unknownYears: years };
}

export interface WorkingDayShift {
  /** The working day found. */
  readonly date: IsoDate;
  /** True when the walk crossed a year with no arrangement (Monday–Friday assumed there). */
  readonly provisional: boolean;
  readonly unknownYears: readonly number[];
}

/**
 * The `workingDays`-th working day before `date` (a Shanghai date 'YYYY-MM-DD'; `date` itself does
 * not count, whether or not it is a working day) — e.g. "3 working days before the report is due".
 * Counted on the same calendar and with the same rule for unknown years as `computeDeadline`: a day in
 * a year with no arrangement is taken Monday–Friday and makes the answer provisional.
 *
 * Worked example: 10 working days before Tue 2026-10-20 → Wed 2026-09-30 (National Day 10/1–10/7
 * off, Saturday 10/10 a make-up working day).
 */
export function workingDaysBefore(
  date: IsoDate,
  workingDays: number,
  calendar: WorkingDayCalendar,
): WorkingDayShift {
  if (!isIsoDate(date)) throw new RangeError(`Expected a date 'YYYY-MM-DD', got ${JSON.stringify(date)}`);
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
    throw new RangeError(`workingDays must be a whole number 1–${MAX_WORKING_DAYS}, got ${workingDays}`);
  }
  const unknownYears = new Set<number>();
  let counted = 0;
  let day = date;
  while (counted < workingDays) {
    day = addDays(day, -1);
    const verdict = judge(day, calendar);
    if (verdict.unknownYear !== undefined) unknownYears.add(verdict.unknownYear);
    if (verdict.working) counted += 1;
  }
  // The walk goes backwards in time: sort the unknown years ascending, as the other functions give them.
  const years = [...unknownYears].sort((a, b) => a - b);
  return { date: day, provisional: years.length > 0, unknownYears: years };
}
