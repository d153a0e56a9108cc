import { isIsoDate, isWeekend, type IsoDate } from './shanghai-time';

/**
 * One year's State Council holiday arrangement (国务院办公厅关于 20xx 年部分节假日安排的通知).
 * `holidays`: the statutory days off as the notice lists them (weekend days inside a block included;
 * a weekday not listed is a working day). `makeupWorkdays` (调休上班): weekend days that are working days.
 */
export interface YearArrangement {
  readonly year: number;
  readonly holidays: readonly IsoDate[];
  readonly makeupWorkdays: readonly IsoDate[];
  /** Optional label per date, e.g. { '2026-02-15': '春节' }. */
  readonly labels?: Readonly<Record<IsoDate, string>>;
}

/** docs/SPEC.md §7 is the rule every calendar error cites. */
export const CALENDAR_RULE = '7';

/** One problem in an arrangement, in the problem+json `errors[]` item shape. */
export interface ArrangementError {
  readonly rule: typeof CALENDAR_RULE;
  /** Where in `{year, holidays, makeupWorkdays}`: e.g. ['makeupWorkdays', 2]. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly messageZh: string;
}

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

function error(path: (string | number)[], message: string, messageZh: string): ArrangementError {
  return { rule: CALENDAR_RULE, path, message, messageZh };
}

/**
 * Checks an arrangement and returns every problem found (empty when valid):
 * the year is a whole number; every date is a real 'YYYY-MM-DD' inside that year; no date is listed
 * twice in one list; no date is both a holiday and a make-up working day; a make-up working day is a
 * Saturday or Sunday (a weekday is a working day anyway). A holiday may fall on any day of the week.
 */
export function validateArrangement(arrangement: {
  readonly year: number;
  readonly holidays: readonly string[];
  readonly makeupWorkdays: readonly string[];
}): ArrangementError[] {
  const errors: ArrangementError[] = [];
  const { year } = arrangement;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    errors.push(
      error(
        ['year'],
        `year must be a whole number ${MIN_YEAR}–${MAX_YEAR}`,
        `年份必须是 ${MIN_YEAR}–${MAX_YEAR} 之间的整数`,
      ),
    );
  }

  const checkList = (key: 'holidays' | 'makeupWorkdays', what: string, whatZh: string): Set<string> => {
    const seen = new Set<string>();
    const list = arrangement[key];
    if (!Array.isArray(list)) {
      errors.push(
        error([key], `${key} must be a list of dates 'YYYY-MM-DD'`, `${whatZh}必须是日期（YYYY-MM-DD）列表`),
      );
      return seen;
    }
    list.forEach((date: unknown, index: number) => {
      const path = [key, index];
      if (!isIsoDate(date)) {
        errors.push(
          error(
            path,
            `${JSON.stringify(date)} is not a date 'YYYY-MM-DD'`,
            `${JSON.stringify(date)} 不是有效日期（YYYY-MM-DD）`,
          ),
        );
        return;
      }
      if (Number.isInteger(year) && Number(date.slice(0, 4)) !== year) {
        errors.push(error(path, `${date} is not in ${year}`, `${date} 不在 ${year} 年内`));
      }
      if (seen.has(date)) {
        errors.push(error(path, `${date} is listed twice as a ${what}`, `${date} 作为${whatZh}重复出现`));
      }
      seen.add(date);
    });
    return seen;
  };

  const holidays = checkList('holidays', 'holiday', '节假日');
  checkList('makeupWorkdays', 'make-up working day', '调休上班日');

  if (Array.isArray(arrangement.makeupWorkdays)) {
    arrangement.makeupWorkdays.forEach((date, index) => {
      if (!isIsoDate(date)) return;
      const path = ['makeupWorkdays', index];
      if (holidays.has(date)) {
        errors.push(
          error(
            path,
            `${date} is both a holiday and a make-up working day`,
            `${date} 不能同时是节假日和调休上班日`,
          ),
        );
      }
      if (!isWeekend(date)) {
        errors.push(
          error(
            path,
            `${date} is a weekday; a make-up working day must be a Saturday or Sunday`,
            `${date} 是工作日，调休上班日必须是周六或周日`,
          ),
        );
      }
    });
  }
  return errors;
}

/** A date with the holiday it belongs to, as written in the State Council notice. */
export interface LabelledDate {
  readonly date: IsoDate;
  readonly label: string;
}

/** The seed data form: each date carries its holiday's name; `source` is the notice. */
export interface LabelledYearArrangement {
  readonly year: number;
  readonly source: string;
  readonly holidays: readonly LabelledDate[];
  readonly makeupWorkdays: readonly LabelledDate[];
}

/** Drops the labels into `labels` and keeps the plain date lists. */
export function fromLabelled(labelled: LabelledYearArrangement): YearArrangement {
  const labels: Record<IsoDate, string> = {};
  for (const { date, label } of [...labelled.holidays, ...labelled.makeupWorkdays]) labels[date] = label;
  return {
    year: labelled.year,
    holidays: labelled.holidays.map((d) => d.date),
    makeupWorkdays: labelled.makeupWorkdays.map((d) => d.date),
    labels,
  };
}
