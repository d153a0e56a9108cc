/**
 * A year of the working-day calendar as month grids (weeks from Monday), each day marked: a
 * statutory holiday is off, a make-up day (调休) is a working day, otherwise Monday–Friday work
 * (docs/SPEC.md §7). Pure date arithmetic on `YYYY-MM-DD` in UTC, so the browser's zone never shifts a day.
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

export interface DayCell {
  date: string;
  day: number;
  kind: DayKind;
}

export interface MonthGrid {
  month: number;
  /** Rows of 7 cells, Monday first; null outside the month. */
  weeks: Array<Array<DayCell | null>>;
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function dayKind(date: string, holidays: ReadonlySet<string>, makeup: ReadonlySet<string>): DayKind {
  if (holidays.has(date)) return 'holiday';
  if (makeup.has(date)) return 'makeup';
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 || weekday === 6 ? 'weekend' : 'workday';
}

export function yearGrid(
  year: number,
  holidayList: readonly string[],
  makeupList: readonly string[],
): { months: MonthGrid[]; counts: Record<DayKind, number> } {
  const holidays = new Set(holidayList);
  const makeup = new Set(makeupList);
  const counts: Record<DayKind, number> = { workday: 0, weekend: 0, holiday: 0, makeup: 0 };
  const months: MonthGrid[] = [];
  for (let month = 1; month <= 12; month++) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
    const cells: Array<DayCell | null> = Array.from({ length: lead }, () => null);
    for (let day = 1; day <= days; day++) {
      const date = iso(year, month, day);
      const kind = dayKind(date, holidays, makeup);
      counts[kind] += 1;
      cells.push({ date, day, kind });
    }
    while (cells.length % 7 !== 0) cells.push(null);
    const weeks: Array<Array<DayCell | null>> = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    months.push({ month, weeks });
  }
  return { months, counts };
}

/** Working days of the year: Monday–Friday that are not holidays, plus the make-up days. */
export function workingDayCount(counts: Record<DayKind, number>): number {
  return counts.workday + counts.makeup;
}
