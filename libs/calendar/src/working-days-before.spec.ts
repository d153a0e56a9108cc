import { createSeededCalendar } from './data';
import { computeDeadline, workingDaysBefore } from './deadline';
import { WorkingDayCalendar } from './working-day-calendar';

const calendar = createSeededCalendar();

describe(workingDaysBefore.name, () => {
  it('walks back over National Day 2026 and counts the make-up Saturday 10/10', () => {
    expect(workingDaysBefore('2026-10-20', 10, calendar)).toEqual({
      date: '2026-09-30',
      provisional: false,
      unknownYears: [],
    });
  });

  it('does not count the date itself, and skips the weekend before it', () => {
    expect(workingDaysBefore('2026-10-20', 1, calendar).date).toBe('2026-10-19');
    expect(workingDaysBefore('2026-10-20', 3, calendar).date).toBe('2026-10-15');
    // Monday 2026-10-19: one working day before is Friday 10/16
    expect(workingDaysBefore('2026-10-19', 1, calendar).date).toBe('2026-10-16');
  });

  it('counts from a day off the same way (due on a Sunday)', () => {
    // Sunday 2026-03-15 → Friday 3/13 is one working day before it
    expect(workingDaysBefore('2026-03-15', 1, calendar).date).toBe('2026-03-13');
  });

  it('steps over the Spring Festival 2026 (2/15–2/23 off, Saturdays 2/14 and 2/28 on)', () => {
    expect(workingDaysBefore('2026-02-25', 2, calendar).date).toBe('2026-02-14');
    expect(workingDaysBefore('2026-03-02', 1, calendar).date).toBe('2026-02-28');
  });

  it('is the inverse of the forward count on working days', () => {
    for (const from of ['2026-02-12', '2026-09-30', '2025-09-30']) {
      const end = computeDeadline(
        { publishedAt: `${from}T10:00:00+08:00`, workingDays: 5, counting: 'NEXT_DAY', closingTime: '24:00' },
        calendar,
      );
      expect(workingDaysBefore(end.lastWorkingDay, 5, calendar).date).toBe(from);
    }
  });

  it('marks the answer provisional when it crosses a year with no arrangement, Monday–Friday assumed', () => {
    // 2027 is not in the seed data: Friday 2027-01-01 is taken as a working day
    expect(workingDaysBefore('2027-01-04', 1, calendar)).toEqual({
      date: '2027-01-01',
      provisional: true,
      unknownYears: [2027],
    });
    const empty = WorkingDayCalendar.empty();
    expect(workingDaysBefore('2026-01-05', 3, empty)).toEqual({
      date: '2025-12-31',
      provisional: true,
      unknownYears: [2025, 2026],
    });
  });

  it('refuses a count that is not a whole number from 1, and a malformed date', () => {
    expect(() => workingDaysBefore('2026-10-20', 0, calendar)).toThrow(RangeError);
    expect(() => workingDaysBefore('2026-10-20', 2.5, calendar)).toThrow(RangeError);
    expect(() => workingDaysBefore('2026-10-20', 1001, calendar)).toThrow(RangeError);
    expect(() => workingDaysBefore('2026-13-01', 1, calendar)).toThrow(RangeError);
  });
});
