import { createSeededCalendar, formatShanghaiIso, WorkingDayCalendar } from '@lz/calendar';
import { howToObjectText, noticePeriod } from './notice-period';

const policy = { workingDays: 5, countingRule: 'NEXT_DAY', closingTime: '24:00' } as const;
const calendar = createSeededCalendar();

describe(noticePeriod.name, () => {
  it.each([
    ['2026-02-12T10:00:00+08:00', '2026-02-26', '2026-02-27T00:00:00+08:00'],
    ['2025-09-30T10:00:00+08:00', '2025-10-14', '2025-10-15T00:00:00+08:00'],
    ['2026-09-30T10:00:00+08:00', '2026-10-13', '2026-10-14T00:00:00+08:00'],
  ])(
    'ends a notice published %s at the close of %s (docs/SPEC.md §7 worked examples)',
    (published, last, ends) => {
      const period = noticePeriod(new Date(published), policy, calendar);
      expect(period.lastWorkingDay).toBe(last);
      expect(formatShanghaiIso(period.endsAt)).toBe(ends);
      expect(period.provisional).toBe(false);
    },
  );

  it('ends at the configured closing time of the last working day', () => {
    const period = noticePeriod(
      new Date('2026-02-12T10:00:00+08:00'),
      { ...policy, closingTime: '18:00' },
      calendar,
    );
    expect(formatShanghaiIso(period.endsAt)).toBe('2026-02-26T18:00:00+08:00');
  });

  it('marks a period reaching into a year with no arrangement provisional and names the year', () => {
    const period = noticePeriod(new Date('2026-12-29T10:00:00+08:00'), policy, calendar);
    expect(period).toMatchObject({ provisional: true, unknownYears: [2027] });
  });

  it('is not provisional any more once that year is entered', () => {
    const with2027 = calendar.withYear({ year: 2027, holidays: ['2027-01-01'], makeupWorkdays: [] });
    const period = noticePeriod(new Date('2026-12-29T10:00:00+08:00'), policy, with2027);
    expect(period).toMatchObject({ provisional: false, unknownYears: [], lastWorkingDay: '2027-01-06' });
  });

  it('marks every period provisional in a calendar that knows no year', () => {
    const period = noticePeriod(new Date('2026-02-12T10:00:00+08:00'), policy, WorkingDayCalendar.empty());
    expect(period.provisional).toBe(true);
  });
});

describe(howToObjectText.name, () => {
  it('names the close of the last working day in Beijing time and the form, not an instant or an API', () => {
    const how = howToObjectText('n-1', '2026-12-09', '24:00');
    expect(how.textZh).toContain('2026年12月9日24时（北京时间）前');
    expect(how.textZh).toContain('“提出异议”表单');
    expect(how.textZh).not.toMatch(/POST|\/api\/|T\d\d:/);
    expect(how.text).toContain('until the end of 2026-12-09');
    expect(how.path).toBe('/api/v1/notices/n-1/objections');
    expect(howToObjectText('n-1', '2026-12-09', '17:30').textZh).toContain(
      '2026年12月9日17:30（北京时间）前',
    );
  });
});
