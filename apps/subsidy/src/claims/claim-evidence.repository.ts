import { Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import type { ClaimEvidence } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { claimScopeWhere } from './claims.repository';

export type ClaimEvidenceRow = ClaimEvidence;

/** A claim's evidence files (metadata; the bytes are in the blob store); reads through the claim's scope. */
@Injectable()
export class ClaimEvidenceRepository {
  insert(tx: PrismaTx, row: Omit<ClaimEvidence, 'createdAt'>): Promise<ClaimEvidenceRow> {
    return tx.claimEvidence.create({ data: row });
  }

  countFor(tx: PrismaTx, claimId: string): Promise<number> {
    return tx.claimEvidence.count({ where: { claimId } });
  }

  /** The evidence of these claims (already read in scope), oldest first. */
  listFor(tx: PrismaTx, claimIds: readonly string[]): Promise<ClaimEvidenceRow[]> {
    return tx.claimEvidence.findMany({
      where: { claimId: { in: [...claimIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  findVisible(tx: PrismaTx, scope: Scope, claimId: string, id: string): Promise<ClaimEvidenceRow | null> {
    const visible = claimScopeWhere(scope);
    if (!visible) return Promise.resolve(null);
    return tx.claimEvidence.findFirst({ where: { id, claimId, claim: visible } });
  }
}
