import { shanghaiInstant, workingDaysBefore, type IsoDate, type WorkingDayCalendar } from '@lz/calendar';
import type { Policy } from '@lz/policy';

/** One reminder of a cycle's report (docs/SPEC.md 5.2a, policy `evaluation.reminders`). */
export interface ReportReminder {
  /** Working days before the due day (0 = on the due day itself). */
  workingDaysBefore: number;
  /** The Asia/Shanghai date it goes out on. */
  on: IsoDate;
  at: Date;
  /** Its date was counted over a year with no holiday arrangement (docs/SPEC.md §7). */
  provisional: boolean;
}

/** The reminder's subject in the deadline table: `<evaluationId>:<n>`. */
export function reminderSubject(evaluationId: string, workingDaysBefore: number): string {
  return `${evaluationId}:${workingDaysBefore}`;
}

/** The inverse of `reminderSubject`; null for anything else. */
export function parseReminderSubject(
  subject: string,
): { evaluationId: string; workingDaysBefore: number } | null {
  const m = /^(.+):(0|[1-9]\d?)$/.exec(subject);
  return m ? { evaluationId: m[1], workingDaysBefore: Number(m[2]) } : null;
}

/**
 * The reminders of a window whose report is due at the end of `dueOn`: one on each of the policy's
 * working days before `dueOn` (`dueOn` not counted) and one on `dueOn` itself, each at the policy's
 * time of day (Asia/Shanghai). Only those after `now` and before the due instant are kept — a window
 * that opens late (or a long reminder period) simply has fewer. In time order (distinct counts give
 * distinct days, so no two share an instant).
 */
export function reportReminders(
  dueOn: IsoDate,
  dueAt: Date,
  now: Date,
  policy: Policy,
  calendar: WorkingDayCalendar,
): ReportReminder[] {
  const { workingDaysBefore: days, onDueDay, at } = policy.evaluation.reminders;
  const all: ReportReminder[] = days.map((n) => {
    const shift = workingDaysBefore(dueOn, n, calendar);
    return {
      workingDaysBefore: n,
      on: shift.date,
      at: shanghaiInstant(shift.date, at),
      provisional: shift.provisional,
    };
  });
  if (onDueDay)
    all.push({ workingDaysBefore: 0, on: dueOn, at: shanghaiInstant(dueOn, at), provisional: false });
  return all
    .filter((r) => r.at.getTime() > now.getTime() && r.at.getTime() < dueAt.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
