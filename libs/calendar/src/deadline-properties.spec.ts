import fc from 'fast-check';
import { createSeededCalendar } from './data';
import { computeDeadline, countWorkingDaysBetween } from './deadline';
import { addDays, shanghaiDateOf, shanghaiInstant, yearOf } from './shanghai-time';

const calendar = createSeededCalendar();
const RUNS = { numRuns: 300 };

/** Publication instants whose 20-working-day period stays inside the seeded years 2024–2026. */
const seededInstant = fc
  .integer({ min: Date.parse('2024-01-01T00:00:00+08:00'), max: Date.parse('2026-11-30T23:59:59.999+08:00') })
  .map((ms) => new Date(ms));
/** Publication instants from late 2026 into 2028, whose periods reach unseeded years. */
const lateInstant = fc
  .integer({ min: Date.parse('2026-12-01T00:00:00+08:00'), max: Date.parse('2028-12-31T23:59:59.999+08:00') })
  .map((ms) => new Date(ms));
const workingDays = fc.integer({ min: 1, max: 20 });
const closingTime = fc.constantFrom('24:00', '18:00', '17:30', '23:59');

function deadline(publishedAt: Date, n: number, closing = '24:00') {
  return computeDeadline(
    { publishedAt, workingDays: n, counting: 'NEXT_DAY', closingTime: closing },
    calendar,
  );
}

describe(`${computeDeadline.name} properties`, () => {
  it('ends on a working day with exactly n working days after the publication date', () => {
    fc.assert(
      fc.property(seededInstant, workingDays, closingTime, (publishedAt, n, closing) => {
        const result = deadline(publishedAt, n, closing);
        const publishedOn = shanghaiDateOf(publishedAt);
        expect(result.publishedOn).toBe(publishedOn);
        expect(result.firstCountedDay).toBe(addDays(publishedOn, 1));
        expect(calendar.isWorkingDay(result.lastWorkingDay)).toBe(true);
        expect(countWorkingDaysBetween(publishedOn, result.lastWorkingDay, calendar).count).toBe(n);
        // the n-th, not a later one: the day before holds only n - 1
        expect(countWorkingDaysBetween(publishedOn, addDays(result.lastWorkingDay, -1), calendar).count).toBe(
          n - 1,
        );
        expect(result.endsAt.getTime()).toBeGreaterThan(publishedAt.getTime());
        expect(result.endsAt).toEqual(shanghaiInstant(result.lastWorkingDay, closing));
        expect(result.provisional).toBe(false);
        expect(result.unknownYears).toEqual([]);
      }),
      RUNS,
    );
  });

  it('is provisional exactly when the period reaches a year with no arrangement, and names it', () => {
    fc.assert(
      fc.property(lateInstant, workingDays, (publishedAt, n) => {
        const result = deadline(publishedAt, n);
        const lastYear = yearOf(result.lastWorkingDay);
        expect(result.provisional).toBe(lastYear >= 2027);
        if (lastYear >= 2027) expect(result.unknownYears).toContain(lastYear);
        for (const year of result.unknownYears) expect(year).toBeGreaterThanOrEqual(2027);
        expect(result.endsAt.getTime()).toBeGreaterThan(publishedAt.getTime());
      }),
      RUNS,
    );
  });

  it('becomes final once the unknown years are entered', () => {
    const entered = calendar
      .withYear({ year: 2027, holidays: ['2027-01-01', '2027-10-01'], makeupWorkdays: ['2027-09-26'] })
      .withYear({ year: 2028, holidays: ['2028-01-03'], makeupWorkdays: [] })
      .withYear({ year: 2029, holidays: [], makeupWorkdays: [] });
    fc.assert(
      fc.property(lateInstant, workingDays, (publishedAt, n) => {
        const provisional = deadline(publishedAt, n);
        const final = computeDeadline(
          { publishedAt, workingDays: n, counting: 'NEXT_DAY', closingTime: '24:00' },
          entered,
        );
        expect(final.provisional).toBe(false);
        expect(final.unknownYears).toEqual([]);
        expect(entered.isWorkingDay(final.lastWorkingDay)).toBe(true);
        expect(countWorkingDaysBetween(final.publishedOn, final.lastWorkingDay, entered).count).toBe(n);
        if (!provisional.provisional) expect(final).toEqual(provisional);
      }),
      RUNS,
    );
  });

  it('answers unknown for any date from 2027 on', () => {
    const futureDate = fc
      .integer({ min: Date.parse('2027-01-01T00:00:00+08:00'), max: Date.parse('2099-12-31T23:59:59+08:00') })
      .map((ms) => shanghaiDateOf(new Date(ms)));
    fc.assert(
      fc.property(futureDate, (date) => {
        expect(calendar.isWorkingDay(date)).toBe('unknown');
      }),
      RUNS,
    );
  });
});
