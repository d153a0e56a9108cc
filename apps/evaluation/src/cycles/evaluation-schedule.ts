import { addDays, isIsoDate, shanghaiInstant, type IsoDate } from '@lz/calendar';
import type { Policy } from '@lz/policy';
import { EVALUATION_REPORT_WINDOW_DAYS } from './evaluation-window.constants';

export interface CycleWindow {
  cycle: number;
  /** Asia/Shanghai date the window opens (the cycle's anniversary of filing). */
  opensOn: IsoDate;
  /** Last Asia/Shanghai day on which the report is accepted. */
  dueOn: IsoDate;
  /** 00:00 Asia/Shanghai of `opensOn`. */
  opensAt: Date;
  /** 24:00 Asia/Shanghai of `dueOn`. */
  dueAt: Date;
}

/** `date` plus whole years; 29 February falls back to 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  const out = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(out)) throw new RangeError(`not a date: ${out}`);
  return out;
}

/**
 * The window of cycle `cycle` (1, 2, …) of a consortium filed on `filedOn` (docs/SPEC.md 5.2a 每两年评估一次):
 * it opens on the (intervalYears × cycle)-th anniversary of filing and the report is due at the end
 * (24:00) of the EVALUATION_REPORT_WINDOW_DAYS-th day after that — the opening day does not count,
 * as in docs/SPEC.md §7's counting rule (民法典 第201条). All dates Asia/Shanghai.
 */
export function cycleWindow(filedOn: IsoDate, cycle: number, policy: Policy): CycleWindow {
  if (!Number.isInteger(cycle) || cycle < 1) throw new RangeError(`cycle must be 1 or more, got ${cycle}`);
  const opensOn = addYears(filedOn, policy.evaluation.intervalYears * cycle);
  const dueOn = addDays(opensOn, EVALUATION_REPORT_WINDOW_DAYS);
  return { cycle, opensOn, dueOn, opensAt: shanghaiInstant(opensOn), dueAt: shanghaiInstant(dueOn, '24:00') };
}
