import { Injectable } from '@nestjs/common';
import type { Prisma, ReviewCase } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { ReviewStatus } from '@lz/policy';

/** The member summaries stored with a case. */
export interface CaseMember {
  uscc: string;
  name: string;
  kind: string;
  chainRole: string;
  inLuzhou: boolean;
}

export function caseMembers(c: Pick<ReviewCase, 'members'>): CaseMember[] {
  return c.members as unknown as CaseMember[];
}

/** Review's copy of an application. Jurisdiction-scoped reads take the jurisdiction code. */
@Injectable()
export class ReviewCaseRepository {
  findById(tx: PrismaTx, applicationId: string): Promise<ReviewCase | null> {
    return tx.reviewCase.findUnique({ where: { applicationId } });
  }

  /** Locks the row for the rest of the transaction (concurrent decisions on one case serialise). */
  async lockById(tx: PrismaTx, applicationId: string): Promise<ReviewCase | null> {
    const rows = await tx.$queryRaw<{ application_id: string }[]>`
      SELECT application_id FROM review_case WHERE application_id = ${applicationId} FOR UPDATE`;
    return rows.length === 0 ? null : this.findById(tx, applicationId);
  }

  /** A case only if it is routed to `jurisdictionCode` (another jurisdiction's case is null → 404). */
  async lockInJurisdiction(
    tx: PrismaTx,
    jurisdictionCode: string,
    applicationId: string,
  ): Promise<ReviewCase | null> {
    const c = await this.lockById(tx, applicationId);
    return c && c.jurisdictionCode === jurisdictionCode ? c : null;
  }

  queueOf(tx: PrismaTx, jurisdictionCode: string): Promise<ReviewCase[]> {
    return tx.reviewCase.findMany({
      where: { jurisdictionCode, status: 'SUBMITTED' },
      orderBy: [{ submittedAt: 'asc' }, { applicationId: 'asc' }],
    });
  }

  /** Cases past preliminary review (city-wide, for officers), optionally in one status. */
  cityStage(tx: PrismaTx, statuses: readonly ReviewStatus[]): Promise<ReviewCase[]> {
    return tx.reviewCase.findMany({
      where: { status: { in: [...statuses] } },
      orderBy: [{ updatedAt: 'asc' }, { applicationId: 'asc' }],
      take: 500,
    });
  }

  findMany(tx: PrismaTx, applicationIds: string[]): Promise<ReviewCase[]> {
    return tx.reviewCase.findMany({
      where: { applicationId: { in: applicationIds } },
      orderBy: [{ updatedAt: 'asc' }, { applicationId: 'asc' }],
    });
  }

  upsertSubmission(
    tx: PrismaTx,
    data: Omit<Prisma.ReviewCaseUncheckedCreateInput, 'status' | 'createdAt' | 'updatedAt'>,
  ): Promise<ReviewCase> {
    const { applicationId, ...rest } = data;
    return tx.reviewCase.upsert({
      where: { applicationId },
      create: { applicationId, ...rest, status: 'SUBMITTED' },
      update: { ...rest, status: 'SUBMITTED', updatedAt: new Date() },
    });
  }

  setStatus(
    tx: PrismaTx,
    applicationId: string,
    status: ReviewStatus,
    extra: Prisma.ReviewCaseUncheckedUpdateInput = {},
  ): Promise<ReviewCase> {
    return tx.reviewCase.update({
      where: { applicationId },
      data: { ...extra, status, updatedAt: new Date() },
    });
  }
}
