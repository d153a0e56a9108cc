import { Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import type { EvaluationEvidence } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { scopeWhere } from './evaluations.repository';

export type EvaluationEvidenceRow = EvaluationEvidence;

/** An evaluation's evidence files (metadata; the bytes are in the blob store); reads through the cycle's scope. */
@Injectable()
export class EvaluationEvidenceRepository {
  insert(tx: PrismaTx, row: Omit<EvaluationEvidence, 'createdAt'>): Promise<EvaluationEvidenceRow> {
    return tx.evaluationEvidence.create({ data: row });
  }

  countFor(tx: PrismaTx, evaluationId: string): Promise<number> {
    return tx.evaluationEvidence.count({ where: { evaluationId } });
  }

  /** The evidence of these evaluations (already read in scope), oldest first. */
  listFor(tx: PrismaTx, evaluationIds: readonly string[]): Promise<EvaluationEvidenceRow[]> {
    return tx.evaluationEvidence.findMany({
      where: { evaluationId: { in: [...evaluationIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Which of `ids` are evidence of this evaluation. */
  async idsOf(tx: PrismaTx, evaluationId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows = await tx.evaluationEvidence.findMany({
      where: { evaluationId, id: { in: [...ids] } },
      select: { id: true },
    });
    return new Set(rows.map((r) => r.id));
  }

  findVisible(
    tx: PrismaTx,
    scope: Scope,
    evaluationId: string,
    id: string,
  ): Promise<EvaluationEvidenceRow | null> {
    const visible = scopeWhere(scope);
    if (!visible) return Promise.resolve(null);
    return tx.evaluationEvidence.findFirst({ where: { id, evaluationId, evaluation: visible } });
  }
}
