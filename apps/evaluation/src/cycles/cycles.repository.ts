import { Injectable } from '@nestjs/common';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { CycleWindow } from './evaluation-schedule';
import { EVALUATION_REPORT_REMINDER } from './evaluation-window.constants';

export interface NewCycle {
  id: string;
  consortiumId: string;
  leadUscc: string;
  window: CycleWindow;
  policyVersion: string;
}

/** Evaluation cycles: creation and the conditional transitions the window deadlines make. */
@Injectable()
export class CyclesRepository {
  /** Inserts the cycle unless that consortium already has it; true when inserted. */
  async insert(tx: PrismaTx, c: NewCycle): Promise<boolean> {
    const n = await tx.$executeRawUnsafe(
      `INSERT INTO evaluation (id, consortium_id, lead_uscc, cycle, opens_on, due_on, opens_at, due_at, policy_version)
       VALUES ($1::uuid, $2, $3, $4, $5, $6, $7::timestamptz, $8::timestamptz, $9)
       ON CONFLICT (consortium_id, cycle) DO NOTHING`,
      c.id,
      c.consortiumId,
      c.leadUscc,
      c.window.cycle,
      c.window.opensOn,
      c.window.dueOn,
      c.window.opensAt.toISOString(),
      c.window.dueAt.toISOString(),
      c.policyVersion,
    );
    return n === 1;
  }

  /** SCHEDULED → OPEN, once. */
  async open(tx: PrismaTx, id: string): Promise<boolean> {
    const n = await tx.$executeRawUnsafe(
      `UPDATE evaluation SET status = 'OPEN' WHERE id = $1::uuid AND status = 'SCHEDULED'`,
      id,
    );
    return n === 1;
  }

  /** OPEN (no report) → OVERDUE, once. */
  async markOverdue(tx: PrismaTx, id: string): Promise<boolean> {
    const n = await tx.$executeRawUnsafe(
      `UPDATE evaluation SET status = 'OVERDUE' WHERE id = $1::uuid AND status = 'OPEN' AND report IS NULL`,
      id,
    );
    return n === 1;
  }

  /** Cycles not yet reported on → CANCELLED (the consortium left the registry). Returns their ids. */
  async cancelOpenAndScheduled(tx: PrismaTx, consortiumId: string): Promise<string[]> {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE evaluation SET status = 'CANCELLED'
        WHERE consortium_id = $1 AND status IN ('SCHEDULED', 'OPEN')
        RETURNING id::text AS id`,
      consortiumId,
    );
    return rows.map((r) => r.id);
  }

  /** Locks one cycle row for a transition; null when there is none. */
  async lock(tx: PrismaTx, id: string) {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text AS id FROM evaluation WHERE id = $1::uuid FOR UPDATE`,
      id,
    );
    if (rows.length === 0) return null;
    return tx.evaluation.findUnique({ where: { id } });
  }

  /** The ids of the cycle's reminder rows still PENDING (`evaluation.report.reminder:<id>:<n>`). */
  async pendingReminderIds(tx: PrismaTx, evaluationId: string): Promise<string[]> {
    const rows = await tx.deadline.findMany({
      where: {
        kind: EVALUATION_REPORT_REMINDER,
        subjectId: { startsWith: `${evaluationId}:` },
        status: 'PENDING',
      },
      select: { id: true },
      orderBy: { dueAt: 'asc' },
    });
    return rows.map((r) => r.id);
  }

  /** The reminder rows of cycles, for their views (any status). */
  reminderRows(tx: PrismaTx, evaluationIds: readonly string[]) {
    return tx.deadline.findMany({
      where: {
        kind: EVALUATION_REPORT_REMINDER,
        OR: evaluationIds.map((id) => ({ subjectId: { startsWith: `${id}:` } })),
      },
      select: { subjectId: true, dueAt: true, status: true, firedAt: true, provisional: true },
      orderBy: { dueAt: 'asc' },
    });
  }

  find(tx: PrismaTx, id: string) {
    return tx.evaluation.findUnique({ where: { id } });
  }

  /** The graded cycles of a consortium (for the two-failures rule). */
  graded(tx: PrismaTx, consortiumId: string) {
    return tx.evaluation.findMany({
      where: { consortiumId, status: 'GRADED' },
      select: { id: true, cycle: true, passed: true },
      orderBy: { cycle: 'asc' },
    });
  }
}
