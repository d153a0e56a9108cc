import { InvalidArrangementException } from './invalid-arrangement.exception';
import { isWeekend, yearOf, type IsoDate } from './shanghai-time';
import { validateArrangement, type YearArrangement } from './year-arrangement';

/** `true` working day, `false` day off, `'unknown'` the year has no arrangement entered. */
export type WorkingDayStatus = boolean | 'unknown';

/** Why a day is (not) a working day. */
export type DayKind = 'holiday' | 'makeup-workday' | 'weekend' | 'weekday';

export interface DayInfo {
  readonly date: IsoDate;
  readonly working: WorkingDayStatus;
  readonly kind: DayKind;
  /** The holiday's name for a holiday or make-up day, when the arrangement carries labels. */
  readonly label?: string;
}

interface CompiledYear {
  readonly arrangement: YearArrangement;
  readonly holidays: ReadonlySet<IsoDate>;
  readonly makeupWorkdays: ReadonlySet<IsoDate>;
}

function compile(arrangement: YearArrangement): CompiledYear {
  const errors = validateArrangement(arrangement);
  if (errors.length > 0) throw new InvalidArrangementException(arrangement.year, errors);
  const frozen: YearArrangement = Object.freeze({
    year: arrangement.year,
    holidays: Object.freeze([...arrangement.holidays].sort()),
    makeupWorkdays: Object.freeze([...arrangement.makeupWorkdays].sort()),
    ...(arrangement.labels ? { labels: Object.freeze({ ...arrangement.labels }) } : {}),
  });
  return {
    arrangement: frozen,
    holidays: new Set(frozen.holidays),
    makeupWorkdays: new Set(frozen.makeupWorkdays),
  };
}

/**
 * The China working-day calendar (docs/SPEC.md §7): per year, the State Council arrangement decides; a year
 * with no arrangement is UNKNOWN — never silently Monday–Friday.
 *
 * Immutable: `withYear` returns a new calendar and leaves this one untouched, so a deadline computed
 * with one calendar can never change under the caller's feet. A service that lets officers enter
 * years at run time keeps the current calendar in one place (e.g. rebuilt from its table after each
 * `PUT /calendar/:year`) and swaps the reference.
 */
export class WorkingDayCalendar {
  private constructor(private readonly years: ReadonlyMap<number, CompiledYear>) {}

  /** A calendar that knows no year: every date is 'unknown'. */
  static empty(): WorkingDayCalendar {
    return new WorkingDayCalendar(new Map());
  }

  /**
   * Builds a calendar from year arrangements. Throws `InvalidArrangementException` when one is
   * invalid, and a RangeError when a year appears twice.
   */
  static fromArrangements(arrangements: Iterable<YearArrangement>): WorkingDayCalendar {
    const years = new Map<number, CompiledYear>();
    for (const arrangement of arrangements) {
      if (years.has(arrangement.year)) {
        throw new RangeError(`The arrangement for ${arrangement.year} is given twice`);
      }
      years.set(arrangement.year, compile(arrangement));
    }
    return new WorkingDayCalendar(years);
  }

  /** A new calendar with `arrangement` added, or replacing the one for the same year. */
  withYear(arrangement: YearArrangement): WorkingDayCalendar {
    const years = new Map(this.years);
    years.set(arrangement.year, compile(arrangement));
    return new WorkingDayCalendar(years);
  }

  /** A new calendar without `year` (its dates become 'unknown'). */
  withoutYear(year: number): WorkingDayCalendar {
    const years = new Map(this.years);
    years.delete(year);
    return new WorkingDayCalendar(years);
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  /** The years with an arrangement, ascending. */
  knownYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  /** The arrangement entered for `year` (dates sorted), or undefined. */
  arrangementFor(year: number): YearArrangement | undefined {
    return this.years.get(year)?.arrangement;
  }

  /** true / false, or 'unknown' when the date's year has no arrangement. */
  isWorkingDay(date: IsoDate): WorkingDayStatus {
    return this.describeDay(date).working;
  }

  /** The status of a date with the reason and the holiday's label. */
  describeDay(date: IsoDate): DayInfo {
    const year = this.years.get(yearOf(date));
    const weekend = isWeekend(date);
    if (!year) return { date, working: 'unknown', kind: weekend ? 'weekend' : 'weekday' };
    const label = year.arrangement.labels?.[date];
    const withLabel = label === undefined ? {} : { label };
    if (year.holidays.has(date)) return { date, working: false, kind: 'holiday', ...withLabel };
    if (year.makeupWorkdays.has(date)) return { date, working: true, kind: 'makeup-workday', ...withLabel };
    return weekend ? { date, working: false, kind: 'weekend' } : { date, working: true, kind: 'weekday' };
  }
}
