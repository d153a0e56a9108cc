// Date arithmetic in China Standard Time (Asia/Shanghai), independent of the process time zone.
//
// Asia/Shanghai has been a fixed UTC+08:00 since 1991 (no DST), so a "Shanghai date" is the UTC date
// of the instant shifted by +8 h. Nothing here uses the local-time getters of `Date`
// (getDate, getHours, …) or parses a string without an explicit offset: the results are the same
// whatever `process.env.TZ` says.

/** A calendar date 'YYYY-MM-DD' (proleptic Gregorian, no time, no zone). */
export type IsoDate = string;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An instant as text must carry its offset, or `Date.parse` would read it in the process zone. */
const ISO_INSTANT_RE =
  /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;
const CLOCK_TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function utcMidnight({ year, month, day }: DateParts): number {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function formatUtcDate(epochMs: number): IsoDate {
  const d = new Date(epochMs);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** True when `value` is 'YYYY-MM-DD' and names a real day (no 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return formatUtcDate(utcMidnight(parts)) === value;
}

function parseIsoDate(date: IsoDate): DateParts {
  if (!isIsoDate(date)) {
    throw new RangeError(`Expected a calendar date 'YYYY-MM-DD', got ${JSON.stringify(date)}`);
  }
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** The year of a 'YYYY-MM-DD' date. */
export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).year;
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  return formatUtcDate(utcMidnight(parseIsoDate(date)) + days * DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(utcMidnight(parseIsoDate(date))).getUTCDay();
}

/** Saturday or Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

/**
 * Turns a `Date` or an ISO-8601 instant with an explicit offset ('…Z' or '…+08:00') into a valid `Date`.
 * A string without an offset is refused: its meaning would depend on the server's time zone.
 */
export function toInstant(value: Date | string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Invalid Date');
    return new Date(value.getTime());
  }
  const m = typeof value === 'string' ? ISO_INSTANT_RE.exec(value) : null;
  if (!m || !isIsoDate(m[1])) {
    throw new RangeError(
      `Expected an ISO-8601 instant with an offset, e.g. '2026-02-12T10:00:00+08:00', got ${JSON.stringify(value)}`,
    );
  }
  // The pattern and the real-date check leave nothing that Date.parse refuses (no NaN to handle).
  return new Date(Date.parse(value));
}

/** The calendar date in Asia/Shanghai on which `instant` falls. */
export function shanghaiDateOf(instant: Date | string): IsoDate {
  return formatUtcDate(toInstant(instant).getTime() + SHANGHAI_OFFSET_MS);
}

/**
 * Minutes after midnight of a clock time 'HH:MM' (00:00–23:59) or '24:00' (= end of the day,
 * i.e. 00:00 of the next day). Throws on anything else.
 */
export function clockTimeToMinutes(time: string): number {
  if (time === '24:00') return 24 * 60;
  const m = typeof time === 'string' ? CLOCK_TIME_RE.exec(time) : null;
  if (!m)
    throw new RangeError(
      `Expected a clock time 'HH:MM' (00:00–23:59) or '24:00', got ${JSON.stringify(time)}`,
    );
  return Number(m[1]) * 60 + Number(m[2]);
}

/** True for 'HH:MM' (00:00–23:59) and '24:00'. */
export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && (value === '24:00' || CLOCK_TIME_RE.test(value));
}

/**
 * The instant of a wall-clock time on a date in Asia/Shanghai.
 * `shanghaiInstant('2026-02-26', '24:00')` is 2026-02-27T00:00:00+08:00 (= 2026-02-26T16:00:00Z).
 */
export function shanghaiInstant(date: IsoDate, time = '00:00'): Date {
  const minutes = clockTimeToMinutes(time);
  return new Date(utcMidnight(parseIsoDate(date)) + minutes * 60 * 1000 - SHANGHAI_OFFSET_MS);
}

/**
 * An instant written in Shanghai wall-clock time with its offset: '2026-02-27T00:00:00+08:00'
 * (milliseconds are added only when not zero).
 */
export function formatShanghaiIso(instant: Date | string): string {
  const shifted = new Date(toInstant(instant).getTime() + SHANGHAI_OFFSET_MS);
  const date = formatUtcDate(shifted.getTime());
  const time = `${pad2(shifted.getUTCHours())}:${pad2(shifted.getUTCMinutes())}:${pad2(shifted.getUTCSeconds())}`;
  const ms = shifted.getUTCMilliseconds();
  return `${date}T${time}${ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`}+08:00`;
}
