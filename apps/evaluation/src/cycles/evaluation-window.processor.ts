import { Inject, Injectable, Logger } from '@nestjs/common';
import { formatShanghaiIso } from '@lz/calendar';
import { DEADLINES_CLOCK, type Clock, type DeadlineRow } from '@lz/deadlines';
import { OutboxWriter } from '@lz/messaging';
import { recordAudit } from '@lz/platform';
import {
  EVALUATION_REPORT_OVERDUE_V1,
  EVALUATION_REPORT_REMINDED_V1,
  EVALUATION_WINDOW_OPENED_V1,
  getPolicy,
} from '@lz/policy';
import type { Evaluation } from '../infra/prisma/generated/client';
import { OnDeadline, type PrismaTx } from '../infra/prisma/prisma.service';
import { CycleSchedulerService } from './cycle-scheduler.service';
import { CyclesRepository } from './cycles.repository';
import {
  EVALUATION_REPORT_REMINDER,
  EVALUATION_WINDOW_DUE,
  EVALUATION_WINDOW_OPEN,
} from './evaluation-window.constants';
import { parseReminderSubject } from './report-reminders';

/**
 * The deadlines of an evaluation window (docs/SPEC.md 5.2a), each fired by the BullMQ delayed job of its
 * row in the transaction that marks the row FIRED; each re-reads and transitions conditionally, so a
 * job that fires twice or late does nothing more.
 *
 * - open: SCHEDULED → OPEN; the lead unit is told (`evaluation.window.opened.v1`) and the report
 *   reminders of the policy (`evaluation.reminders`) become deadline rows of their own.
 * - reminder: the lead unit is reminded (`evaluation.report.reminded.v1`) — only while the window is
 *   OPEN with no report (submitting the report also cancels the rows still pending).
 * - due: a report not submitted by the due instant makes the cycle OVERDUE and is escalated to the
 *   officer (`evaluation.report.overdue.v1`). The draft text says nothing about it, so it is NOT graded
 *   UNQUALIFIED automatically (that would count towards 5.2c's delisting): the policy's
 *   `evaluation.overdueReport` is 'OFFICER_DECIDES' (docs/spec-notes.md) — the cycle stays on the
 *   officer's list (`GET /evaluations?status=OVERDUE`); the officer assigns an evaluator, who records
 *   the grade — UNQUALIFIED if that is the judgement.
 */
@Injectable()
export class EvaluationWindowProcessor {
  private readonly logger = new Logger(EvaluationWindowProcessor.name);

  constructor(
    private readonly cycles: CyclesRepository,
    private readonly scheduler: CycleSchedulerService,
    private readonly outbox: OutboxWriter,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
  ) {}

  @OnDeadline(EVALUATION_WINDOW_OPEN)
  async open(deadline: DeadlineRow, tx: PrismaTx): Promise<void> {
    if (!(await this.openCycle(tx, deadline.subjectId))) {
      this.logger.warn(`evaluation ${deadline.subjectId} was not SCHEDULED at its opening; nothing to do`);
    }
  }

  /**
   * SCHEDULED → OPEN, once: the reminders still ahead become deadline rows, the lead is told, the
   * opening is audited. False when the cycle was not SCHEDULED.
   */
  private async openCycle(tx: PrismaTx, evaluationId: string): Promise<boolean> {
    if (!(await this.cycles.open(tx, evaluationId))) return false;
    const e = await this.cycles.find(tx, evaluationId);
    if (!e) return false; // unreachable: the row was just updated in this transaction
    const reminders = await this.scheduler.scheduleReminders(tx, e, this.clock.now());
    await this.outbox.add(tx, {
      type: EVALUATION_WINDOW_OPENED_V1,
      policyVersion: e.policyVersion,
      data: {
        ...cycleFacts(e),
        opensAt: formatShanghaiIso(e.opensAt),
        reminders: reminders.map((r) => ({
          workingDaysBefore: r.workingDaysBefore,
          at: formatShanghaiIso(r.at),
        })),
        provisional: reminders.some((r) => r.provisional),
      },
    });
    await recordAudit(
      tx,
      { system: 'evaluation.window.open' },
      {
        action: 'evaluation.opened',
        objectType: 'evaluation',
        objectId: e.id,
        detail: {
          opensAt: e.opensAt.toISOString(),
          reminders: reminders.map((r) => ({
            workingDaysBefore: r.workingDaysBefore,
            at: r.at.toISOString(),
          })),
        },
      },
    );
    return true;
  }

  @OnDeadline(EVALUATION_REPORT_REMINDER)
  async remind(deadline: DeadlineRow, tx: PrismaTx): Promise<void> {
    const subject = parseReminderSubject(deadline.subjectId);
    if (!subject) {
      this.logger.warn(`reminder row ${deadline.id} names no evaluation; nothing to do`);
      return;
    }
    const e = await this.cycles.lock(tx, subject.evaluationId);
    if (!e || e.status !== 'OPEN' || e.report !== null) return; // reported, overdue or cancelled
    const now = this.clock.now();
    await this.outbox.add(tx, {
      type: EVALUATION_REPORT_REMINDED_V1,
      policyVersion: e.policyVersion,
      data: {
        ...cycleFacts(e),
        workingDaysBefore: subject.workingDaysBefore,
        remindedAt: formatShanghaiIso(now),
      },
    });
    await recordAudit(
      tx,
      { system: 'evaluation.report.reminder' },
      {
        action: 'evaluation-report.reminded',
        objectType: 'evaluation',
        objectId: e.id,
        detail: { workingDaysBefore: subject.workingDaysBefore, dueAt: e.dueAt.toISOString() },
      },
    );
  }

  @OnDeadline(EVALUATION_WINDOW_DUE)
  async due(deadline: DeadlineRow, tx: PrismaTx): Promise<void> {
    // Both instants past at once (a filing learnt late, a long outage): the two jobs may run in either
    // order, so a due that comes first opens the window itself — the lead is told it opened, then that
    // it is overdue; the open job then finds nothing to do.
    const seen = await this.cycles.lock(tx, deadline.subjectId);
    if (seen?.status === 'SCHEDULED') await this.openCycle(tx, seen.id);
    if (!(await this.cycles.markOverdue(tx, deadline.subjectId))) return; // reported, graded or cancelled
    const e = await this.cycles.find(tx, deadline.subjectId);
    if (!e) return; // unreachable: the row was just updated in this transaction
    await this.scheduler.cancelReminders(tx, e.id);
    const gradeEffect = getPolicy(e.policyVersion).evaluation.overdueReport;
    await this.outbox.add(tx, {
      type: EVALUATION_REPORT_OVERDUE_V1,
      policyVersion: e.policyVersion,
      data: {
        ...cycleFacts(e),
        overdueAt: formatShanghaiIso(this.clock.now()),
        gradeEffect,
      },
    });
    await recordAudit(
      tx,
      { system: 'evaluation.window.due' },
      {
        action: 'evaluation.marked-overdue',
        objectType: 'evaluation',
        objectId: e.id,
        outcome: 'FAILURE',
        detail: { dueAt: deadline.dueAt.toISOString(), reportSubmitted: false, gradeEffect },
      },
    );
  }
}

/** What every window and report event says about its cycle (`evaluationCycleFields` of @lz/policy). */
function cycleFacts(e: Evaluation) {
  return {
    evaluationId: e.id,
    consortiumId: e.consortiumId,
    leadUscc: e.leadUscc,
    cycle: e.cycle,
    dueOn: e.dueOn,
    dueAt: formatShanghaiIso(e.dueAt),
  };
}
