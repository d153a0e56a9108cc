import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { createSeededCalendar, type IsoDate } from '@lz/calendar';
import { deadlineId, DeadlineScheduler, type ScheduledDeadline } from '@lz/deadlines';
import { getPolicy } from '@lz/policy';
import type { Evaluation } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { CyclesRepository } from './cycles.repository';
import { cycleWindow } from './evaluation-schedule';
import {
  EVALUATION_REPORT_REMINDER,
  EVALUATION_WINDOW_DUE,
  EVALUATION_WINDOW_OPEN,
} from './evaluation-window.constants';
import { reminderSubject, reportReminders, type ReportReminder } from './report-reminders';

export interface CycleOwner {
  id: string;
  leadUscc: string;
  filedOn: string;
}

export interface ScheduledCycle {
  evaluationId: string;
  cycle: number;
  deadlines: ScheduledDeadline[];
}

/**
 * Creates a consortium's evaluation cycle with its two deadline rows (window open, report due) in the
 * caller's transaction. The delayed jobs follow from the rows when that transaction commits (the
 * scheduler registers on its after-commit hook), for a request and an event handler alike.
 */
@Injectable()
export class CycleSchedulerService {
  /**
   * The published working-day calendar (@lz/calendar's seeded State Council years), which the
   * reminder dates are counted on; a date counted over a year it lacks is marked provisional.
   */
  private readonly calendar = createSeededCalendar();

  constructor(
    private readonly cycles: CyclesRepository,
    private readonly scheduler: DeadlineScheduler,
  ) {}

  async schedule(
    tx: PrismaTx,
    owner: CycleOwner,
    cycle: number,
    policyVersion: string,
  ): Promise<ScheduledCycle | null> {
    const window = cycleWindow(owner.filedOn as IsoDate, cycle, getPolicy(policyVersion));
    const id = randomUUID();
    const inserted = await this.cycles.insert(tx, {
      id,
      consortiumId: owner.id,
      leadUscc: owner.leadUscc,
      window,
      policyVersion,
    });
    if (!inserted) return null;
    const deadlines = [
      await this.scheduler.schedule(tx, {
        kind: EVALUATION_WINDOW_OPEN,
        subjectId: id,
        dueAt: window.opensAt,
      }),
      await this.scheduler.schedule(tx, { kind: EVALUATION_WINDOW_DUE, subjectId: id, dueAt: window.dueAt }),
    ];
    return { evaluationId: id, cycle, deadlines };
  }

  /**
   * The report reminders of a cycle whose window has just opened (policy `evaluation.reminders` of the
   * cycle's version): one deadline row each, in the caller's transaction; those already past at `now`
   * are left out. Returns what it scheduled, in time order.
   */
  async scheduleReminders(tx: PrismaTx, e: Evaluation, now: Date): Promise<ReportReminder[]> {
    const reminders = reportReminders(
      e.dueOn as IsoDate,
      e.dueAt,
      now,
      getPolicy(e.policyVersion),
      this.calendar,
    );
    for (const r of reminders) {
      await this.scheduler.schedule(tx, {
        kind: EVALUATION_REPORT_REMINDER,
        subjectId: reminderSubject(e.id, r.workingDaysBefore),
        dueAt: r.at,
        provisional: r.provisional,
      });
    }
    return reminders;
  }

  /** Cancels the reminders of a cycle still to go out (the report is in, or the cycle ended). */
  async cancelReminders(tx: PrismaTx, evaluationId: string): Promise<void> {
    for (const id of await this.cycles.pendingReminderIds(tx, evaluationId)) {
      await this.scheduler.cancel(tx, id);
    }
  }

  /** Cancels every deadline row of a cycle: window open, reminders, report due (in the caller's transaction). */
  async cancel(tx: PrismaTx, evaluationId: string): Promise<void> {
    await this.scheduler.cancel(tx, deadlineId(EVALUATION_WINDOW_OPEN, evaluationId));
    await this.cancelReminders(tx, evaluationId);
    await this.scheduler.cancel(tx, deadlineId(EVALUATION_WINDOW_DUE, evaluationId));
  }
}
