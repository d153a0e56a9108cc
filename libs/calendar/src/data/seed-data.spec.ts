// Cross-checks the seed (typed in from the State Council notices) against the `chinese-days`
// package, an independent transcription of the same notices. chinese-days is a devDependency and is
// used only here: its JSON is read directly (its date parsing follows the process time zone).
import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import { addDays, isWeekend } from '../shanghai-time';
import { SEED_ARRANGEMENTS, createSeededCalendar } from './index';

interface ChineseDays {
  readonly holidays: Record<string, string>;
  readonly workdays: Record<string, string>;
}

const reference = chineseDaysData as unknown as ChineseDays;

/** chinese-days values look like "Spring Festival,春节,4"; the Chinese name is the second field. */
function chineseName(value: string): string {
  return value.split(',')[1];
}

function referenceDates(map: Record<string, string>, year: number): string[] {
  return Object.keys(map)
    .filter((date) => date.startsWith(`${year}-`))
    .sort();
}

describe('seed holiday data', () => {
  it.each(SEED_ARRANGEMENTS.map((a) => [a.year, a] as const))('matches chinese-days for %i', (year, seed) => {
    expect(seed.holidays.map((d) => d.date).sort()).toEqual(referenceDates(reference.holidays, year));
    expect(seed.makeupWorkdays.map((d) => d.date).sort()).toEqual(referenceDates(reference.workdays, year));
    for (const { date, label } of seed.holidays)
      expect([date, label]).toEqual([date, expect.stringContaining(chineseName(reference.holidays[date]))]);
    for (const { date, label } of seed.makeupWorkdays) {
      expect([date, label]).toEqual([date, expect.stringContaining(chineseName(reference.workdays[date]))]);
    }
  });

  it('agrees with chinese-days on every day of 2024–2026', () => {
    const calendar = createSeededCalendar();
    let checked = 0;
    for (let date = '2024-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      const expected = date in reference.workdays || (!(date in reference.holidays) && !isWeekend(date));
      expect([date, calendar.isWorkingDay(date)]).toEqual([date, expected]);
      checked += 1;
    }
    expect(checked).toBe(366 + 365 + 365);
  });

  it('has the block lengths of the notices (2025: 春节 and 劳动节 gained a statutory day)', () => {
    const count = (year: number, label: string) =>
      SEED_ARRANGEMENTS.find((a) => a.year === year)!.holidays.filter((d) => d.label === label).length;
    expect(count(2024, '春节')).toBe(8);
    expect(count(2025, '春节')).toBe(8); // 1/28–2/4, with make-up days 1/26 and 2/8
    expect(count(2026, '春节')).toBe(9); // 2/15–2/23, with make-up days 2/14 and 2/28
    expect(count(2025, '劳动节')).toBe(5);
    expect(count(2026, '国庆节')).toBe(7); // 10/1–10/7, with make-up days 9/20 and 10/10
  });
});
