import { dayKind, workingDayCount, yearGrid } from './calendar-grid';

describe(yearGrid.name, () => {
  // The 2026 Spring Festival of docs/SPEC.md §7: 2/15–2/23 off, Saturday 2/14 a make-up working day.
  const holidays = [
    '2026-02-15',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-23',
  ];
  const makeup = ['2026-02-14'];

  it('marks holidays, make-up days and weekends, Monday first', () => {
    const { months } = yearGrid(2026, holidays, makeup);
    const feb = months[1];
    expect(feb.month).toBe(2);
    // 1 February 2026 is a Sunday: six empty cells before it.
    expect(feb.weeks[0].slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(feb.weeks[0][6]).toEqual({ date: '2026-02-01', day: 1, kind: 'weekend' });
    const cells = feb.weeks.flat().filter((c) => c !== null);
    expect(cells).toHaveLength(28);
    expect(cells.find((c) => c.date === '2026-02-14')?.kind).toBe('makeup');
    expect(cells.find((c) => c.date === '2026-02-16')?.kind).toBe('holiday');
    expect(cells.find((c) => c.date === '2026-02-24')?.kind).toBe('workday');
  });

  it('counts the working days of a year: weekdays that are not holidays, plus make-up days', () => {
    const plain = yearGrid(2027, [], []);
    expect(workingDayCount(plain.counts)).toBe(261);
    const { counts } = yearGrid(2026, holidays, makeup);
    expect(counts).toMatchObject({ holiday: 7, makeup: 1 });
    // 2026 has 261 weekdays; five of the seven holidays fall on weekdays (2/16–2/20, 2/23 → six).
    expect(workingDayCount(counts)).toBe(261 - 6 + 1);
  });
});

describe(dayKind.name, () => {
  it('lets a holiday win over the weekday and a make-up day over the weekend', () => {
    expect(dayKind('2026-10-01', new Set(['2026-10-01']), new Set())).toBe('holiday');
    expect(dayKind('2026-09-27', new Set(), new Set(['2026-09-27']))).toBe('makeup');
    expect(dayKind('2026-09-26', new Set(), new Set())).toBe('weekend');
  });
});
