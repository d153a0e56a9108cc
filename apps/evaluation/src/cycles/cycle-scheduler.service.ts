import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { IsoDate } from '@lz/calendar';
import { deadlineId, DeadlineScheduler, type ScheduledDeadline } from '@lz/deadlines';
import { getPolicy } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { CyclesRepository } from './cycles.repository';
import { cycleWindow } from './evaluation-schedule';
import { EVALUATION_WINDOW_DUE, EVALUATION_WINDOW_OPEN } from './evaluation-window.constants';

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

  /** Cancels both deadline rows of a cycle (in the caller's transaction). */
  async cancel(tx: PrismaTx, evaluationId: string): Promise<void> {
    await this.scheduler.cancel(tx, deadlineId(EVALUATION_WINDOW_OPEN, evaluationId));
    await this.scheduler.cancel(tx, deadlineId(EVALUATION_WINDOW_DUE, evaluationId));
  }
}
