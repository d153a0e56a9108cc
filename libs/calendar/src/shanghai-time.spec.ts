import {
  addDays,
  clockTimeToMinutes,
  dayOfWeek,
  isClockTime,
  formatShanghaiIso,
  isIsoDate,
  shanghaiDateOf,
  shanghaiInstant,
  toInstant,
  yearOf,
} from './shanghai-time';

describe(shanghaiDateOf.name, () => {
  it('gives the Shanghai date of an instant, which is UTC + 8 h', () => {
    expect(shanghaiDateOf(new Date('2026-02-11T15:59:59.999Z'))).toBe('2026-02-11');
    expect(shanghaiDateOf(new Date('2026-02-11T16:00:00Z'))).toBe('2026-02-12');
    expect(shanghaiDateOf('2026-02-12T23:30:00+08:00')).toBe('2026-02-12');
    expect(shanghaiDateOf('2026-12-31T16:00:00Z')).toBe('2027-01-01');
  });
});

describe(shanghaiInstant.name, () => {
  it('reads 24:00 as the start of the next day and HH:MM as Shanghai wall-clock time', () => {
    expect(shanghaiInstant('2026-02-26', '24:00').toISOString()).toBe('2026-02-26T16:00:00.000Z');
    expect(shanghaiInstant('2026-02-26', '18:00').toISOString()).toBe('2026-02-26T10:00:00.000Z');
    expect(shanghaiInstant('2026-02-26').toISOString()).toBe('2026-02-25T16:00:00.000Z');
  });

  it('refuses times that are not HH:MM or 24:00', () => {
    for (const time of ['24:30', '9:00', '12:60', 'noon'])
      expect(() => shanghaiInstant('2026-02-26', time)).toThrow(RangeError);
  });
});

describe(formatShanghaiIso.name, () => {
  it('writes an instant with the +08:00 offset', () => {
    expect(formatShanghaiIso(new Date('2026-02-26T16:00:00Z'))).toBe('2026-02-27T00:00:00+08:00');
    expect(formatShanghaiIso(new Date('2026-02-26T10:00:00.250Z'))).toBe('2026-02-26T18:00:00.250+08:00');
  });
});

describe(addDays.name, () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(dayOfWeek('2026-02-14')).toBe(6);
  });
});

describe(isIsoDate.name, () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-01')).toBe(false);
    expect(isIsoDate(20260201)).toBe(false);
  });
});

describe(toInstant.name, () => {
  it('accepts instants with an offset and refuses local-time strings', () => {
    expect(toInstant('2026-02-12T10:00+08:00').toISOString()).toBe('2026-02-12T02:00:00.000Z');
    expect(toInstant('2026-02-12T02:00:00.123Z').toISOString()).toBe('2026-02-12T02:00:00.123Z');
    expect(() => toInstant('2026-02-12 10:00')).toThrow(RangeError);
    expect(() => toInstant('2026-02-30T10:00:00Z')).toThrow(RangeError);
  });
});

// Added for the survivors of `npm run test:mutation -- --mutate libs/calendar/src/shanghai-time.ts`
// (docs/mutation-testing.md).
describe('edges the first tests left open', () => {
  it('writes and reads years before 1000 with four digits', () => {
    expect(addDays('0999-12-31', 1)).toBe('1000-01-01');
    expect(isIsoDate('0999-12-31')).toBe(true);
    expect(yearOf('0099-06-01')).toBe(99);
  });

  it('refuses an impossible date and a fractional number of days, saying what it expected', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(
      'Expected a calendar date \'YYYY-MM-DD\', got "2026-02-30"',
    );
    expect(() => addDays('2026-01-01', 1.5)).toThrow('addDays needs a whole number of days, got 1.5');
  });

  it('counts the minutes of a clock time, and refuses text around one', () => {
    expect(clockTimeToMinutes('18:30')).toBe(18 * 60 + 30);
    expect(shanghaiInstant('2026-02-26', '08:05').toISOString()).toBe('2026-02-26T00:05:00.000Z');
    for (const time of ['012:00', '12:000', ' 12:00'])
      expect(() => clockTimeToMinutes(time)).toThrow(
        `Expected a clock time 'HH:MM' (00:00–23:59) or '24:00', got ${JSON.stringify(time)}`,
      );
    expect(['12:00', '24:00', '012:00', '12:000'].map(isClockTime)).toEqual([true, true, false, false]);
  });

  it('refuses a String object that reads like a time or an instant (only primitive strings are text here)', () => {
    const boxed = (s: string) => new String(s) as unknown as string;
    expect(isClockTime(boxed('12:00'))).toBe(false);
    expect(() => clockTimeToMinutes(boxed('12:00'))).toThrow(RangeError);
    expect(() => toInstant(boxed('2026-02-12T10:00:00Z'))).toThrow(RangeError);
  });

  it('refuses text before or after an instant, and accepts every offset the format allows', () => {
    for (const value of ['x2026-02-12T10:00:00Z', '2026-02-12T10:00:00Z ', '2026-02-12T10:00:00+08:00x'])
      expect(() => toInstant(value)).toThrow(
        `Expected an ISO-8601 instant with an offset, e.g. '2026-02-12T10:00:00+08:00', got ${JSON.stringify(value)}`,
      );
    expect(toInstant('2026-02-12T10:00:00-23:00').toISOString()).toBe('2026-02-13T09:00:00.000Z');
    expect(toInstant('2026-02-12T10:00:00+20:30').toISOString()).toBe('2026-02-11T13:30:00.000Z');
  });

  it('writes milliseconds with three digits', () => {
    expect(formatShanghaiIso(new Date('2026-02-26T10:00:00.005Z'))).toBe('2026-02-26T18:00:00.005+08:00');
  });
});
