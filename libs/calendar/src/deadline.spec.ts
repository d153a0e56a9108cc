import { createSeededCalendar } from './data';
import { computeDeadline, countWorkingDaysBetween, MAX_WORKING_DAYS } from './deadline';
import { WorkingDayCalendar } from './working-day-calendar';

const calendar = createSeededCalendar();

function fiveDays(publishedAt: Date | string, closingTime = '24:00') {
  return computeDeadline({ publishedAt, workingDays: 5, counting: 'NEXT_DAY', closingTime }, calendar);
}

describe(computeDeadline.name, () => {
  describe('docs/SPEC.md §7 worked examples (5 working days, next-day counting)', () => {
    it('ends 2026-02-26 for a notice published Thu 2026-02-12 (Spring Festival, make-up Sat 2/14)', () => {
      const result = fiveDays('2026-02-12T10:00:00+08:00');
      expect(result).toEqual({
        endsAt: new Date('2026-02-26T16:00:00Z'),
        endsAtIso: '2026-02-27T00:00:00+08:00',
        publishedOn: '2026-02-12',
        firstCountedDay: '2026-02-13',
        lastWorkingDay: '2026-02-26',
        provisional: false,
        unknownYears: [],
      });
    });

    it('ends 2025-10-14 for a notice published Tue 2025-09-30 (National Day + Mid-autumn)', () => {
      const result = fiveDays('2025-09-30T09:00:00+08:00');
      expect(result.lastWorkingDay).toBe('2025-10-14');
      expect(result.endsAtIso).toBe('2025-10-15T00:00:00+08:00');
    });

    it('ends 2026-10-13 for a notice published Wed 2026-09-30 (make-up Sat 10/10)', () => {
      const result = fiveDays('2026-09-30T09:00:00+08:00');
      expect(result.lastWorkingDay).toBe('2026-10-13');
      expect(result.endsAtIso).toBe('2026-10-14T00:00:00+08:00');
    });

    it('ends at 18:00 of the last working day when the closing time is 18:00', () => {
      expect(fiveDays('2026-02-12T10:00:00+08:00', '18:00')).toMatchObject({
        endsAt: new Date('2026-02-26T10:00:00Z'),
        endsAtIso: '2026-02-26T18:00:00+08:00',
        lastWorkingDay: '2026-02-26',
      });
      expect(fiveDays('2025-09-30T09:00:00+08:00', '18:00').endsAtIso).toBe('2025-10-14T18:00:00+08:00');
      expect(fiveDays('2026-09-30T09:00:00+08:00', '18:00').endsAtIso).toBe('2026-10-13T18:00:00+08:00');
    });
  });

  describe('publication day in Shanghai time', () => {
    it('counts from the next Shanghai day for a publication late in the evening', () => {
      const late = fiveDays('2026-02-12T23:30:00+08:00');
      expect(late.publishedOn).toBe('2026-02-12');
      expect(late.lastWorkingDay).toBe('2026-02-26');
      expect(fiveDays(new Date('2026-02-12T15:30:00Z')).lastWorkingDay).toBe('2026-02-26');
    });

    it('treats 2026-02-11T17:00Z (01:00 on the 12th in Shanghai) as published on the 12th', () => {
      const early = fiveDays('2026-02-11T17:00:00Z');
      expect(early.publishedOn).toBe('2026-02-12');
      expect(early.lastWorkingDay).toBe('2026-02-26');
      // one minute earlier is still the 11th in Shanghai: 2/12, 2/13, 2/14, 2/24, 2/25
      expect(fiveDays('2026-02-11T15:59:00Z').lastWorkingDay).toBe('2026-02-25');
    });

    it('does not count the publication day even when it is a working day published at midnight', () => {
      expect(fiveDays('2026-03-02T00:00:00+08:00').lastWorkingDay).toBe('2026-03-09'); // Mon → next Mon
    });
  });

  describe('years with no arrangement', () => {
    it('gives a provisional estimate (Mon–Fri) and names the unknown year', () => {
      const result = fiveDays('2026-12-29T10:00:00+08:00');
      // 12/30, 12/31, then 2027 unknown: Fri 1/1, Mon 1/4, Tue 1/5 taken as working days
      expect(result).toMatchObject({ lastWorkingDay: '2027-01-05', provisional: true, unknownYears: [2027] });
    });

    it('gives the real date once the year is entered', () => {
      const with2027 = calendar.withYear({ year: 2027, holidays: ['2027-01-01'], makeupWorkdays: [] });
      const result = computeDeadline(
        {
          publishedAt: '2026-12-29T10:00:00+08:00',
          workingDays: 5,
          counting: 'NEXT_DAY',
          closingTime: '24:00',
        },
        with2027,
      );
      expect(result).toMatchObject({ lastWorkingDay: '2027-01-06', provisional: false, unknownYears: [] });
    });

    it('lists every unknown year crossed', () => {
      const result = computeDeadline(
        {
          publishedAt: '2027-12-20T10:00:00+08:00',
          workingDays: 20,
          counting: 'NEXT_DAY',
          closingTime: '24:00',
        },
        WorkingDayCalendar.empty(),
      );
      expect(result.unknownYears).toEqual([2027, 2028]);
    });
  });

  describe('input checks', () => {
    const base = {
      publishedAt: '2026-02-12T10:00:00+08:00',
      workingDays: 5,
      counting: 'NEXT_DAY',
      closingTime: '24:00',
    } as const;

    it('refuses an instant written without an offset (its meaning would depend on the server zone)', () => {
      expect(() => computeDeadline({ ...base, publishedAt: '2026-02-12T10:00:00' }, calendar)).toThrow(
        /with an offset/,
      );
      expect(() => computeDeadline({ ...base, publishedAt: '2026-02-12' }, calendar)).toThrow(RangeError);
      expect(() => computeDeadline({ ...base, publishedAt: new Date(Number.NaN) }, calendar)).toThrow(
        /Invalid Date/,
      );
    });

    it('refuses a non-positive or fractional number of working days', () => {
      for (const workingDays of [0, -1, 2.5, Number.NaN, 1001]) {
        expect(() => computeDeadline({ ...base, workingDays }, calendar)).toThrow(/workingDays/);
      }
    });

    it('accepts the longest period, MAX_WORKING_DAYS, and lists the unknown years it crosses in order', () => {
      const r = computeDeadline({ ...base, workingDays: MAX_WORKING_DAYS }, calendar);
      expect(r.provisional).toBe(true);
      expect(r.unknownYears).toEqual([2027, 2028, 2029]);
      expect(countWorkingDaysBetween(base.publishedAt.slice(0, 10), r.lastWorkingDay, calendar)).toEqual({
        count: MAX_WORKING_DAYS,
        provisional: true,
        unknownYears: [2027, 2028, 2029],
      });
    });

    it('refuses a malformed closing time, 00:00, and an unknown counting rule', () => {
      for (const closingTime of ['25:00', '8:00', '24:01', '00:00', '']) {
        expect(() => computeDeadline({ ...base, closingTime }, calendar)).toThrow(RangeError);
      }
      expect(() => computeDeadline({ ...base, closingTime: '00:00' }, calendar)).toThrow(
        "closingTime '00:00' would end the period before its last day; use '24:00'",
      );
      expect(() => computeDeadline({ ...base, counting: 'SAME_DAY' as 'NEXT_DAY' }, calendar)).toThrow(
        /counting rule/,
      );
    });
  });
});

describe(countWorkingDaysBetween.name, () => {
  it('counts the working days of (from, to]', () => {
    expect(countWorkingDaysBetween('2026-02-12', '2026-02-26', calendar)).toEqual({
      count: 5,
      provisional: false,
      unknownYears: [],
    });
    expect(countWorkingDaysBetween('2026-02-12', '2026-02-12', calendar).count).toBe(0);
    expect(countWorkingDaysBetween('2026-02-14', '2026-02-23', calendar).count).toBe(0);
    // 2026: 261 weekdays, 19 of them holidays, 6 make-up days
    expect(countWorkingDaysBetween('2025-12-31', '2026-12-31', calendar).count).toBe(261 - 19 + 6);
  });

  it('marks a count that crosses an unknown year as provisional', () => {
    expect(countWorkingDaysBetween('2026-12-31', '2027-01-08', calendar)).toEqual({
      count: 6,
      provisional: true,
      unknownYears: [2027],
    });
  });

  it('refuses a range that ends before it starts, or a bad date', () => {
    expect(() => countWorkingDaysBetween('2026-02-12', '2026-02-11', calendar)).toThrow(
      /ends before it starts/,
    );
    expect(() => countWorkingDaysBetween('2026-2-12', '2026-02-13', calendar)).toThrow(/YYYY-MM-DD/);
  });
});
