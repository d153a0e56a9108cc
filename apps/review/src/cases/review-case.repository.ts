import { Injectable } from '@nestjs/common';
import { containsText, pageArgs, type ListQuery } from '@lz/http';
import type { ReviewStatus } from '@lz/policy';
import type { Prisma, ReviewCase } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';

type CaseOrderBy = Prisma.ReviewCaseOrderByWithRelationInput;

/** What a case list may filter on; `q` searches the name, the lead's name and its USCC. */
export interface CaseListFilter {
  callId?: string;
  statuses?: readonly ReviewStatus[];
  field?: string;
  jurisdictionCode?: string;
  /** Only these applications (an expert's assignments). */
  applicationIds?: readonly string[];
}

function caseWhere(f: CaseListFilter, q: string | undefined): Prisma.ReviewCaseWhereInput {
  return {
    AND: [
      f.callId ? { callId: f.callId } : {},
      f.statuses ? { status: { in: [...f.statuses] } } : {},
      f.field ? { field: f.field } : {},
      f.jurisdictionCode ? { jurisdictionCode: f.jurisdictionCode } : {},
      f.applicationIds ? { applicationId: { in: [...f.applicationIds] } } : {},
      q
        ? {
            OR: [{ name: containsText(q) }, { leadName: containsText(q) }, { leadUscc: containsText(q) }],
          }
        : {},
    ],
  };
}

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

  /** One page of a jurisdiction's cases (the reviewer's queue): the jurisdiction is required. */
  queueOf(
    tx: PrismaTx,
    jurisdictionCode: string,
    filter: Omit<CaseListFilter, 'jurisdictionCode' | 'applicationIds'>,
    q: ListQuery,
  ): Promise<{ rows: ReviewCase[]; total: number }> {
    return this.page(tx, { ...filter, jurisdictionCode }, q);
  }

  /** One page of the city stage, city-wide (officers). */
  cityStage(
    tx: PrismaTx,
    filter: Omit<CaseListFilter, 'applicationIds'>,
    q: ListQuery,
  ): Promise<{ rows: ReviewCase[]; total: number }> {
    return this.page(tx, filter, q);
  }

  /** One page of the cases among `applicationIds` (an expert's live assignments): the ids are required. */
  assignedAmong(
    tx: PrismaTx,
    applicationIds: readonly string[],
    filter: Omit<CaseListFilter, 'applicationIds'>,
    q: ListQuery,
  ): Promise<{ rows: ReviewCase[]; total: number }> {
    return this.page(tx, { ...filter, applicationIds }, q);
  }

  private async page(
    tx: PrismaTx,
    filter: CaseListFilter,
    q: ListQuery,
  ): Promise<{ rows: ReviewCase[]; total: number }> {
    const where = caseWhere(filter, q.q);
    const [rows, total] = await Promise.all([
      tx.reviewCase.findMany({ where, ...pageArgs<CaseOrderBy>(q, { tiebreak: ['applicationId'] }) }),
      tx.reviewCase.count({ where }),
    ]);
    return { rows, total };
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
