import { createSeededCalendar, SEED_ARRANGEMENTS } from './data';
import { InvalidArrangementException } from './invalid-arrangement.exception';
import { addDays } from './shanghai-time';
import { WorkingDayCalendar } from './working-day-calendar';
import { fromLabelled, validateArrangement } from './year-arrangement';
import { yearArrangementBodySchemaFor } from './year-arrangement.schema';

/** Each holiday block of the 2024–2026 notices: first, last, day-before working?, day-after working?. */
const BLOCKS: readonly [string, string, boolean | 'unknown', boolean][] = [
  ['2024-01-01', '2024-01-01', 'unknown', true], // 2023 not seeded
  ['2024-02-10', '2024-02-17', true, true], // 春节; 2/18 (Sun) make-up
  ['2024-04-04', '2024-04-06', true, true], // 清明; 4/7 (Sun) make-up
  ['2024-05-01', '2024-05-05', true, true],
  ['2024-06-10', '2024-06-10', false, true], // 端午, with the weekend before
  ['2024-09-15', '2024-09-17', true, true], // 中秋; 9/14 (Sat) make-up
  ['2024-10-01', '2024-10-07', true, true],
  ['2025-01-01', '2025-01-01', true, true],
  ['2025-01-28', '2025-02-04', true, true], // 春节 2025 (8 days)
  ['2025-04-04', '2025-04-06', true, true],
  ['2025-05-01', '2025-05-05', true, true], // 劳动节 2025 (5 days)
  ['2025-05-31', '2025-06-02', true, true],
  ['2025-10-01', '2025-10-08', true, true], // 国庆 + 中秋 2025
  ['2026-01-01', '2026-01-03', true, true], // 元旦 2026; 1/4 (Sun) make-up
  ['2026-02-15', '2026-02-23', true, true], // 春节 2026 (9 days); 2/14 (Sat) make-up
  ['2026-04-04', '2026-04-06', true, true],
  ['2026-05-01', '2026-05-05', true, true],
  ['2026-06-19', '2026-06-21', true, true],
  ['2026-09-25', '2026-09-27', true, true],
  ['2026-10-01', '2026-10-07', true, true],
];

const MAKEUP_DAYS = [
  [
    '2024-02-04',
    '2024-02-18',
    '2024-04-07',
    '2024-04-28',
    '2024-05-11',
    '2024-09-14',
    '2024-09-29',
    '2024-10-12',
  ],
  ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
].flat();

describe(WorkingDayCalendar.name, () => {
  const calendar = createSeededCalendar();

  describe('seeded holiday blocks', () => {
    it.each(BLOCKS)('knows the block %s … %s and the days around it', (first, last, before, after) => {
      expect(calendar.isWorkingDay(addDays(first, -1))).toBe(before);
      expect(calendar.isWorkingDay(addDays(last, 1))).toBe(after);
      for (let day = first; day <= last; day = addDays(day, 1)) {
        expect([day, calendar.isWorkingDay(day)]).toEqual([day, false]);
        expect(calendar.describeDay(day).kind).toBe('holiday');
      }
    });

    it.each(MAKEUP_DAYS)('treats the make-up day %s as a working day', (date) => {
      expect(calendar.isWorkingDay(date)).toBe(true);
      expect(calendar.describeDay(date).kind).toBe('makeup-workday');
    });

    it('labels the days with the holiday they belong to', () => {
      expect(calendar.describeDay('2026-02-15')).toEqual({
        date: '2026-02-15',
        working: false,
        kind: 'holiday',
        label: '春节',
      });
      expect(calendar.describeDay('2026-02-28')).toEqual({
        date: '2026-02-28',
        working: true,
        kind: 'makeup-workday',
        label: '春节',
      });
      expect(calendar.describeDay('2026-03-07')).toEqual({
        date: '2026-03-07',
        working: false,
        kind: 'weekend',
      });
      expect(calendar.describeDay('2026-03-09')).toEqual({
        date: '2026-03-09',
        working: true,
        kind: 'weekday',
      });
    });

    it('seeds exactly 2024, 2025 and 2026', () => {
      expect(calendar.knownYears()).toEqual([2024, 2025, 2026]);
      expect(SEED_ARRANGEMENTS.map((a) => a.year)).toEqual([2024, 2025, 2026]);
    });
  });

  describe('unknown years', () => {
    it('answers unknown for a year with no arrangement, weekday or weekend', () => {
      expect(calendar.isWorkingDay('2027-01-04')).toBe('unknown'); // a Monday
      expect(calendar.isWorkingDay('2027-01-02')).toBe('unknown'); // a Saturday
      expect(calendar.isWorkingDay('2023-12-29')).toBe('unknown');
      expect(WorkingDayCalendar.empty().isWorkingDay('2026-03-02')).toBe('unknown');
    });

    it('learns a year through withYear and leaves the original calendar as it was', () => {
      const with2027 = calendar.withYear({
        year: 2027,
        holidays: ['2027-01-01'],
        makeupWorkdays: ['2027-01-02'],
      });
      expect(with2027.isWorkingDay('2027-01-01')).toBe(false);
      expect(with2027.isWorkingDay('2027-01-02')).toBe(true);
      expect(with2027.isWorkingDay('2027-01-03')).toBe(false);
      expect(with2027.isWorkingDay('2027-01-04')).toBe(true);
      expect(with2027.knownYears()).toEqual([2024, 2025, 2026, 2027]);
      expect(calendar.isWorkingDay('2027-01-01')).toBe('unknown');
      expect(calendar.hasYear(2027)).toBe(false);
    });

    it('replaces a year that is entered again, and forgets one withoutYear', () => {
      const corrected = calendar.withYear({ year: 2026, holidays: [], makeupWorkdays: [] });
      expect(corrected.isWorkingDay('2026-02-16')).toBe(true);
      expect(calendar.isWorkingDay('2026-02-16')).toBe(false);
      expect(calendar.withoutYear(2026).isWorkingDay('2026-02-16')).toBe('unknown');
    });

    it('returns the stored arrangement sorted and frozen', () => {
      const cal = WorkingDayCalendar.empty().withYear({
        year: 2030,
        holidays: ['2030-10-02', '2030-10-01'],
        makeupWorkdays: ['2030-01-06', '2030-01-05'], // a Sunday, then a Saturday
      });
      const stored = cal.arrangementFor(2030)!;
      expect(stored.holidays).toEqual(['2030-10-01', '2030-10-02']);
      expect(stored.makeupWorkdays).toEqual(['2030-01-05', '2030-01-06']);
      expect(Object.isFrozen(stored.holidays)).toBe(true);
      expect(cal.arrangementFor(2031)).toBeUndefined();
    });
  });

  describe('describeDay', () => {
    it('says why a day of an unknown year would be off or on: weekend or weekday', () => {
      expect(calendar.describeDay('2027-01-02')).toStrictEqual({
        date: '2027-01-02',
        working: 'unknown',
        kind: 'weekend',
      });
      expect(calendar.describeDay('2027-01-04')).toStrictEqual({
        date: '2027-01-04',
        working: 'unknown',
        kind: 'weekday',
      });
    });

    it('carries a label only where the arrangement gives one (no `label: undefined` key)', () => {
      const cal = WorkingDayCalendar.empty().withYear({
        year: 2030,
        holidays: ['2030-10-01', '2030-10-02'],
        makeupWorkdays: [],
        labels: { '2030-10-01': '国庆节' },
      });
      expect(cal.describeDay('2030-10-01').label).toBe('国庆节');
      expect(cal.describeDay('2030-10-02')).toStrictEqual({
        date: '2030-10-02',
        working: false,
        kind: 'holiday',
      });
    });
  });

  describe('building', () => {
    it('lists the known years ascending whatever order they were given in', () => {
      const year = (y: number) => ({ year: y, holidays: [], makeupWorkdays: [] });
      expect(WorkingDayCalendar.fromArrangements([year(2031), year(2029), year(2030)]).knownYears()).toEqual([
        2029, 2030, 2031,
      ]);
    });

    it('refuses an invalid arrangement with the errors listed', () => {
      const build = () =>
        WorkingDayCalendar.fromArrangements([{ year: 2027, holidays: ['2027-02-30'], makeupWorkdays: [] }]);
      expect(build).toThrow(InvalidArrangementException);
      expect(build).toThrow(/holidays\.0/);
    });

    it('refuses the same year twice', () => {
      const a = fromLabelled(SEED_ARRANGEMENTS[0]);
      expect(() => WorkingDayCalendar.fromArrangements([a, a])).toThrow(/2024 is given twice/);
    });
  });
});

describe(validateArrangement.name, () => {
  it('accepts every seeded year', () => {
    for (const seed of SEED_ARRANGEMENTS) expect(validateArrangement(fromLabelled(seed))).toEqual([]);
  });

  it('accepts a holiday on a weekday or a weekend', () => {
    expect(
      validateArrangement({ year: 2027, holidays: ['2027-01-01', '2027-01-02'], makeupWorkdays: [] }),
    ).toEqual([]);
  });

  it('rejects a date outside the year, a non-date, a duplicate, a clash and a weekday make-up day', () => {
    const errors = validateArrangement({
      year: 2027,
      holidays: ['2027-05-01', '2026-12-31', 'May 2', '2027-05-01', '2027-10-09'],
      makeupWorkdays: ['2027-10-09', '2027-10-08', '2027-10-16', '2027-10-16'],
    });
    const found = errors.map((e) => [e.path.join('.'), e.message]);
    expect(found).toEqual([
      ['holidays.1', '2026-12-31 is not in 2027'],
      ['holidays.2', '"May 2" is not a date \'YYYY-MM-DD\''],
      ['holidays.3', '2027-05-01 is listed twice as a holiday'],
      ['makeupWorkdays.3', '2027-10-16 is listed twice as a make-up working day'],
      ['makeupWorkdays.0', '2027-10-09 is both a holiday and a make-up working day'],
      ['makeupWorkdays.1', '2027-10-08 is a weekday; a make-up working day must be a Saturday or Sunday'],
    ]);
    for (const e of errors) {
      expect(e.rule).toBe('7');
      expect(e.messageZh.length).toBeGreaterThan(0);
    }
  });

  it('rejects a year that is not a whole number', () => {
    expect(
      validateArrangement({ year: 2027.5, holidays: [], makeupWorkdays: [] }).map((e) => e.path),
    ).toEqual([['year']]);
  });

  it('accepts the years 1000 to 9999 and names the range in both languages when refusing one outside', () => {
    const at = (year: number) => validateArrangement({ year, holidays: [], makeupWorkdays: [] });
    expect(at(1000)).toEqual([]);
    expect(at(9999)).toEqual([]);
    for (const year of [999, 10000]) {
      expect(at(year)).toEqual([
        {
          rule: '7',
          path: ['year'],
          message: 'year must be a whole number 1000–9999',
          messageZh: '年份必须是 1000–9999 之间的整数',
        },
      ]);
    }
  });

  it('names a list that is not a list (a body from outside the schema), in both languages', () => {
    const errors = validateArrangement({
      year: 2027,
      holidays: '2027-01-01' as unknown as string[],
      makeupWorkdays: null as unknown as string[],
    });
    expect(errors).toEqual([
      {
        rule: '7',
        path: ['holidays'],
        message: "holidays must be a list of dates 'YYYY-MM-DD'",
        messageZh: '节假日必须是日期（YYYY-MM-DD）列表',
      },
      {
        rule: '7',
        path: ['makeupWorkdays'],
        message: "makeupWorkdays must be a list of dates 'YYYY-MM-DD'",
        messageZh: '调休上班日必须是日期（YYYY-MM-DD）列表',
      },
    ]);
  });

  it('reports a make-up entry that is not a date once (not also as a weekday)', () => {
    expect(
      validateArrangement({ year: 2027, holidays: [], makeupWorkdays: ['Oct 9'] }).map((e) => e.messageZh),
    ).toEqual(['"Oct 9" 不是有效日期（YYYY-MM-DD）']);
  });
});

describe(yearArrangementBodySchemaFor.name, () => {
  it('parses a valid body', () => {
    const body = { holidays: ['2027-01-01'], makeupWorkdays: ['2027-01-02'] };
    expect(yearArrangementBodySchemaFor(2027).parse(body)).toEqual(body);
  });

  it('reports bad dates, unknown fields and cross-field problems with their paths', () => {
    const result = yearArrangementBodySchemaFor(2027).safeParse({
      holidays: ['2027-02-29'],
      makeupWorkdays: [],
      year: 2027,
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['custom', 'unrecognized_keys']),
    );
    expect(result.error!.issues.find((i) => i.code === 'custom')?.path).toEqual(['holidays', 0]);

    const crossField = yearArrangementBodySchemaFor(2027).safeParse({
      holidays: ['2027-03-01'],
      makeupWorkdays: ['2027-03-02'],
    });
    expect(crossField.success).toBe(false);
    const issue = crossField.error!.issues[0];
    expect(issue.path).toEqual(['makeupWorkdays', 0]);
    expect(issue.code === 'custom' && issue.params).toMatchObject({ rule: '7' });
  });
});
