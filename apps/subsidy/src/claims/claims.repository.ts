import { Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import { containsText, pageArgs } from '@lz/http';
import type { Prisma } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { ListClaimsQuery } from './claims.schema';

export interface NewClaim {
  id: string;
  consortiumId: string;
  leadUscc: string;
  category: string;
  rule: string;
  subjectRef: string;
  subjectName: string;
  amountFen: number;
  policyVersion: string;
  createdBy: string;
}

/**
 * Scoped reads (docs/SPEC.md §6): an applicant its own unit's claims, an officer every submitted one
 * (a draft is the unit's own until it is submitted), anyone else none.
 */
export function claimScopeWhere(scope: Scope): Prisma.ClaimWhereInput | null {
  if (scope.kind === 'unit') return { leadUscc: scope.uscc };
  if (scope.kind === 'city') return { status: { not: 'DRAFT' } };
  return null;
}

@Injectable()
export class ClaimsRepository {
  async insert(tx: PrismaTx, c: NewClaim): Promise<void> {
    await tx.claim.create({ data: { ...c, amountFen: BigInt(c.amountFen), status: 'DRAFT' } });
  }

  async findVisible(tx: PrismaTx, scope: Scope, id: string) {
    const where = claimScopeWhere(scope);
    if (!where) return null;
    return tx.claim.findFirst({ where: { AND: [where, { id }] } });
  }

  async list(tx: PrismaTx, scope: Scope, q: ListClaimsQuery) {
    const visible = claimScopeWhere(scope);
    if (!visible) return [[], 0] as const;
    const where: Prisma.ClaimWhereInput = {
      AND: [
        visible,
        q.consortiumId ? { consortiumId: q.consortiumId } : {},
        q.status ? { status: q.status } : {},
        q.category ? { category: q.category } : {},
        q.q ? { OR: [{ subjectName: containsText(q.q) }, { subjectRef: containsText(q.q) }] } : {},
      ],
    };
    return Promise.all([
      tx.claim.findMany({ where, ...pageArgs<Prisma.ClaimOrderByWithRelationInput>(q) }),
      tx.claim.count({ where }),
    ]);
  }

  find(tx: PrismaTx, id: string) {
    return tx.claim.findUnique({ where: { id } });
  }

  /** The lead unit's claim, row-locked for a change (FOR UPDATE); null for anyone else's. */
  async lockOwned(tx: PrismaTx, leadUscc: string, id: string) {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text AS id FROM claim WHERE id = $1::uuid AND lead_uscc = $2 FOR UPDATE`,
      id,
      leadUscc,
    );
    return rows.length === 0 ? null : tx.claim.findUnique({ where: { id } });
  }

  async submit(tx: PrismaTx, id: string, by: string, at: Date): Promise<void> {
    await tx.claim.update({ where: { id }, data: { status: 'PENDING', submittedBy: by, submittedAt: at } });
  }

  /** Locks the claim row for its decision. */
  async lock(tx: PrismaTx, id: string) {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text AS id FROM claim WHERE id = $1::uuid FOR UPDATE`,
      id,
    );
    return rows.length === 0 ? null : tx.claim.findUnique({ where: { id } });
  }

  async decide(
    tx: PrismaTx,
    id: string,
    d: {
      status: 'GRANTED' | 'REJECTED';
      grantedFen: number;
      budgetYear: number;
      opinion: string;
      by: string;
      at: Date;
    },
  ): Promise<void> {
    await tx.claim.update({
      where: { id },
      data: {
        status: d.status,
        grantedFen: BigInt(d.grantedFen),
        budgetYear: d.budgetYear,
        opinion: d.opinion,
        decidedBy: d.by,
        decidedAt: d.at,
      },
    });
  }
}
