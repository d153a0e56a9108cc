import { Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import { containsText, pageArgs } from '@lz/http';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { CreditFinding, CreditFindingEvidence, Prisma } from '../infra/prisma/generated/client';
import type { ListCreditFindingsQuery } from './credit-findings.schema';

export type CreditFindingRow = CreditFinding & { evidence: CreditFindingEvidence[] };
export type CreditFindingEvidenceRow = CreditFindingEvidence;

const withEvidence = { evidence: { orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] } };

/**
 * Who sees which findings (docs/SPEC.md 5.3a): the Bureau and the reviewers every finding (they must
 * see it on every application that involves the unit, whichever jurisdiction); a unit its own only.
 */
export function findingsVisibleTo(scope: Scope): Prisma.CreditFindingWhereInput | null {
  switch (scope.kind) {
    case 'city':
    case 'jurisdiction':
      return {};
    case 'unit':
      return { uscc: scope.uscc };
    default:
      return null;
  }
}

/** In effect on a legal date (`YYYY-MM-DD`, Asia/Shanghai); see isCreditFindingActive in @lz/policy. */
export function activeOn(day: string): Prisma.CreditFindingWhereInput {
  return {
    validFrom: { lte: day },
    OR: [{ validUntil: null }, { validUntil: { gte: day } }],
    AND: [{ OR: [{ endedOn: null }, { endedOn: { gt: day } }] }],
  };
}

@Injectable()
export class CreditFindingsRepository {
  insert(
    tx: PrismaTx,
    row: Omit<CreditFinding, 'endedOn' | 'endedReason' | 'endedBy' | 'endedAt'>,
  ): Promise<CreditFindingRow> {
    return tx.creditFinding.create({ data: row, include: withEvidence });
  }

  findVisible(tx: PrismaTx, scope: Scope, id: string): Promise<CreditFindingRow | null> {
    const visible = findingsVisibleTo(scope);
    if (!visible) return Promise.resolve(null);
    return tx.creditFinding.findFirst({ where: { id, ...visible }, include: withEvidence });
  }

  /** The finding, locked for a change (its end, its evidence). City-wide: officers only call this. */
  async findForUpdate(tx: PrismaTx, id: string): Promise<CreditFindingRow | null> {
    await tx.$queryRawUnsafe(`SELECT 1 FROM credit_finding WHERE id = $1::uuid FOR UPDATE`, id);
    return tx.creditFinding.findUnique({ where: { id }, include: withEvidence });
  }

  end(
    tx: PrismaTx,
    id: string,
    end: { endedOn: string; endedReason: string; endedBy: string; endedAt: Date },
  ): Promise<CreditFindingRow> {
    return tx.creditFinding.update({ where: { id }, data: end, include: withEvidence });
  }

  /** The findings in effect on `day` against any of these units (5.3a at eligibility and submission). */
  activeFor(tx: PrismaTx, usccs: readonly string[], day: string): Promise<CreditFinding[]> {
    if (usccs.length === 0) return Promise.resolve([]);
    return tx.creditFinding.findMany({
      where: { uscc: { in: [...usccs] }, ...activeOn(day) },
      orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }],
    });
  }

  async page(
    tx: PrismaTx,
    scope: Scope,
    q: ListCreditFindingsQuery,
    today: string,
  ): Promise<{ rows: CreditFindingRow[]; total: number }> {
    const visible = findingsVisibleTo(scope);
    if (!visible) return { rows: [], total: 0 };
    const where: Prisma.CreditFindingWhereInput = {
      AND: [
        visible,
        q.uscc === undefined ? {} : { uscc: q.uscc },
        q.active === undefined ? {} : q.active ? activeOn(today) : { NOT: activeOn(today) },
        q.q
          ? {
              OR: [
                { unitName: containsText(q.q) },
                { facts: containsText(q.q) },
                { decisionRef: containsText(q.q) },
              ],
            }
          : {},
      ],
    };
    const [rows, total] = await Promise.all([
      tx.creditFinding.findMany({
        where,
        include: withEvidence,
        ...pageArgs<Prisma.CreditFindingOrderByWithRelationInput>(q),
      }),
      tx.creditFinding.count({ where }),
    ]);
    return { rows, total };
  }

  insertEvidence(
    tx: PrismaTx,
    row: Omit<CreditFindingEvidence, 'createdAt'>,
  ): Promise<CreditFindingEvidenceRow> {
    return tx.creditFindingEvidence.create({ data: row });
  }

  countEvidence(tx: PrismaTx, findingId: string): Promise<number> {
    return tx.creditFindingEvidence.count({ where: { findingId } });
  }

  findEvidenceVisible(
    tx: PrismaTx,
    scope: Scope,
    findingId: string,
    id: string,
  ): Promise<CreditFindingEvidenceRow | null> {
    const visible = findingsVisibleTo(scope);
    if (!visible) return Promise.resolve(null);
    return tx.creditFindingEvidence.findFirst({ where: { id, findingId, finding: visible } });
  }
}
