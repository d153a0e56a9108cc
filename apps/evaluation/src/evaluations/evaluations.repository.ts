import { Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import { pageArgs } from '@lz/http';
import type { Prisma } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { ListEvaluationsQuery } from './evaluations.schema';

/**
 * Scoped reads of evaluation cycles (docs/SPEC.md §6): an applicant sees its own consortia's (as lead), an
 * evaluator the cycles assigned to its institution, an officer all; any other scope sees nothing.
 */
export function scopeWhere(scope: Scope): Prisma.EvaluationWhereInput | null {
  switch (scope.kind) {
    case 'unit':
      return { leadUscc: scope.uscc };
    case 'evaluator':
      return { evaluatorOrgUscc: scope.org };
    case 'city':
      return {};
    default:
      return null;
  }
}

@Injectable()
export class EvaluationsRepository {
  async findVisible(tx: PrismaTx, scope: Scope, id: string) {
    const where = scopeWhere(scope);
    if (!where) return null;
    return tx.evaluation.findFirst({ where: { AND: [where, { id }] } });
  }

  async list(tx: PrismaTx, scope: Scope, q: ListEvaluationsQuery) {
    const visible = scopeWhere(scope);
    if (!visible) return [[], 0] as const;
    const where: Prisma.EvaluationWhereInput = {
      AND: [
        visible,
        q.consortiumId ? { consortiumId: q.consortiumId } : {},
        q.status ? { status: q.status } : {},
        q.cycle === undefined ? {} : { cycle: q.cycle },
      ],
    };
    return Promise.all([
      tx.evaluation.findMany({ where, ...pageArgs<Prisma.EvaluationOrderByWithRelationInput>(q) }),
      tx.evaluation.count({ where }),
    ]);
  }

  async saveReport(
    tx: PrismaTx,
    id: string,
    report: Prisma.InputJsonValue,
    by: string,
    at: Date,
  ): Promise<void> {
    await tx.evaluation.update({
      where: { id },
      data: { report, submittedBy: by, submittedAt: at, status: 'SUBMITTED' },
    });
  }

  async assign(tx: PrismaTx, id: string, evaluatorOrgUscc: string, by: string, at: Date): Promise<void> {
    await tx.evaluation.update({
      where: { id },
      data: { evaluatorOrgUscc, assignedBy: by, assignedAt: at },
    });
  }

  async grade(
    tx: PrismaTx,
    id: string,
    g: { grade: string; passed: boolean; consecutiveFailures: number; comment: string; by: string; at: Date },
  ): Promise<void> {
    await tx.evaluation.update({
      where: { id },
      data: {
        status: 'GRADED',
        grade: g.grade,
        passed: g.passed,
        consecutiveFailures: g.consecutiveFailures,
        comment: g.comment,
        gradedBy: g.by,
        gradedAt: g.at,
      },
    });
  }
}
