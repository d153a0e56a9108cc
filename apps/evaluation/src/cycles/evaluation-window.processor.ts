import { Injectable, Logger } from '@nestjs/common';
import type { DeadlineRow } from '@lz/deadlines';
import { recordAudit } from '@lz/platform';
import { OnDeadline, type PrismaTx } from '../infra/prisma/prisma.service';
import { CyclesRepository } from './cycles.repository';
import { EVALUATION_WINDOW_DUE, EVALUATION_WINDOW_OPEN } from './evaluation-window.constants';

/**
 * The two deadlines of an evaluation window (docs/SPEC.md 5.2a), each fired by the BullMQ delayed job of its
 * row in the transaction that marks the row FIRED; both re-read and transition conditionally.
 *
 * A report not submitted by the due instant: the draft text says nothing about it, so it is NOT
 * graded UNQUALIFIED automatically (that would count towards 5.2c's delisting). The cycle becomes
 * OVERDUE and stays on the officer's list (`GET /evaluations?status=OVERDUE`); the officer assigns an
 * evaluator, who records the grade — UNQUALIFIED if that is the judgement.
 */
@Injectable()
export class EvaluationWindowProcessor {
  private readonly logger = new Logger(EvaluationWindowProcessor.name);

  constructor(private readonly cycles: CyclesRepository) {}

  @OnDeadline(EVALUATION_WINDOW_OPEN)
  async open(deadline: DeadlineRow, tx: PrismaTx): Promise<void> {
    if (!(await this.cycles.open(tx, deadline.subjectId))) {
      this.logger.warn(`evaluation ${deadline.subjectId} was not SCHEDULED at its opening; nothing to do`);
      return;
    }
    await recordAudit(
      tx,
      { system: 'evaluation.window.open' },
      {
        action: 'evaluation.opened',
        objectType: 'evaluation',
        objectId: deadline.subjectId,
        detail: { opensAt: deadline.dueAt.toISOString() },
      },
    );
  }

  @OnDeadline(EVALUATION_WINDOW_DUE)
  async due(deadline: DeadlineRow, tx: PrismaTx): Promise<void> {
    if (!(await this.cycles.markOverdue(tx, deadline.subjectId))) return; // reported, graded or cancelled
    await recordAudit(
      tx,
      { system: 'evaluation.window.due' },
      {
        action: 'evaluation.marked-overdue',
        objectType: 'evaluation',
        objectId: deadline.subjectId,
        outcome: 'FAILURE',
        detail: { dueAt: deadline.dueAt.toISOString(), reportSubmitted: false },
      },
    );
  }
}
