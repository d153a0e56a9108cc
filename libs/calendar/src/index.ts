export {
  addDays,
  clockTimeToMinutes,
  dayOfWeek,
  formatShanghaiIso,
  isClockTime,
  isIsoDate,
  isWeekend,
  shanghaiDateOf,
  shanghaiInstant,
  toInstant,
  yearOf,
  type IsoDate,
} from './shanghai-time';
export {
  CALENDAR_RULE,
  fromLabelled,
  validateArrangement,
  type ArrangementError,
  type LabelledDate,
  type LabelledYearArrangement,
  type YearArrangement,
} from './year-arrangement';
export { InvalidArrangementException } from './invalid-arrangement.exception';
export {
  WorkingDayCalendar,
  type DayInfo,
  type DayKind,
  type WorkingDayStatus,
} from './working-day-calendar';
export {
  computeDeadline,
  countWorkingDaysBetween,
  MAX_WORKING_DAYS,
  workingDaysBefore,
  type CountingRule,
  type DeadlineInput,
  type DeadlineResult,
  type WorkingDayCount,
  type WorkingDayShift,
} from './deadline';
export {
  closingTimeSchema,
  deadlineQuerySchema,
  isoDateSchema,
  yearArrangementBodySchema,
  yearArrangementBodySchemaFor,
  type DeadlineQuery,
  type YearArrangementBody,
} from './year-arrangement.schema';
export { createSeededCalendar, SEED_ARRANGEMENTS } from './data';
