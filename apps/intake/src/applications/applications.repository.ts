import { Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import { containsText, escapeLike, pageArgs } from '@lz/http';
import type { ApplicationStatus } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { Application, ApplicationRevision, Prisma } from '../infra/prisma/generated/client';
import type { ListApplicationsQuery, ListRevisionsQuery } from './applications.schema';

export type ApplicationRow = Application;
export type RevisionRow = ApplicationRevision;

/**
 * What a scope may see (docs/SPEC.md §6): an applicant its own unit's applications (lead USCC = its USCC);
 * a jurisdiction reviewer those routed to its jurisdiction once submitted; an officer every
 * submitted one; nobody else anything.
 */
export function visibleTo(scope: Scope): Prisma.ApplicationWhereInput {
  switch (scope.kind) {
    case 'unit':
      return { leadUscc: scope.uscc };
    case 'jurisdiction':
      return { jurisdictionCode: scope.code, status: { not: 'DRAFT' } };
    case 'city':
      return { status: { not: 'DRAFT' } };
    default:
      return { id: { in: [] } };
  }
}

/** Applications, always read through the caller's scope; writes go through the lead's USCC. */
@Injectable()
export class ApplicationsRepository {
  insert(
    tx: PrismaTx,
    row: Pick<Application, 'id' | 'callId' | 'leadUscc' | 'jurisdictionCode' | 'createdBy'> & {
      document: Prisma.InputJsonValue;
    },
  ): Promise<ApplicationRow> {
    return tx.application.create({ data: { ...row, status: 'DRAFT', revision: 0 } });
  }

  findVisible(tx: PrismaTx, scope: Scope, id: string): Promise<ApplicationRow | null> {
    return tx.application.findFirst({ where: { AND: [{ id }, visibleTo(scope)] } });
  }

  /** The lead unit's application, row-locked for a state change (FOR UPDATE). */
  async lockOwned(tx: PrismaTx, leadUscc: string, id: string): Promise<ApplicationRow | null> {
    const rows = await tx.$queryRawUnsafe<Array<{ id: string }>>(
      'SELECT id FROM application WHERE id = $1::uuid AND lead_uscc = $2 FOR UPDATE',
      id,
      leadUscc,
    );
    if (rows.length === 0) return null;
    return tx.application.findUnique({ where: { id } });
  }

  /** Row-locked by id, for the event handlers (system actor: no caller scope). */
  async lockForEvent(tx: PrismaTx, id: string): Promise<ApplicationRow | null> {
    const rows = await tx.$queryRawUnsafe<Array<{ id: string }>>(
      'SELECT id FROM application WHERE id = $1::uuid FOR UPDATE',
      id,
    );
    if (rows.length === 0) return null;
    return tx.application.findUnique({ where: { id } });
  }

  /** One page of the applications the scope may see, id tiebreak. */
  async page(
    tx: PrismaTx,
    scope: Scope,
    q: ListApplicationsQuery,
  ): Promise<{ rows: ApplicationRow[]; total: number }> {
    const where: Prisma.ApplicationWhereInput = {
      AND: [
        visibleTo(scope),
        q.callId ? { callId: q.callId } : {},
        q.status ? { status: q.status } : {},
        q.jurisdictionCode ? { jurisdictionCode: q.jurisdictionCode } : {},
        q.q
          ? {
              OR: [
                { leadUscc: containsText(q.q) },
                { document: { path: ['name'], string_contains: escapeLike(q.q) } },
              ],
            }
          : {},
      ],
    };
    const [rows, total] = await Promise.all([
      tx.application.findMany({ where, ...pageArgs<Prisma.ApplicationOrderByWithRelationInput>(q) }),
      tx.application.count({ where }),
    ]);
    return { rows, total };
  }

  /** How many applications of a call the scope sees, per jurisdiction and status (one GROUP BY). */
  async counts(
    tx: PrismaTx,
    scope: Scope,
    callId: string,
  ): Promise<Array<{ jurisdictionCode: string; status: string; count: number }>> {
    const groups = await tx.application.groupBy({
      by: ['jurisdictionCode', 'status'],
      where: { AND: [visibleTo(scope), { callId }] },
      _count: { _all: true },
      orderBy: [{ jurisdictionCode: 'asc' }, { status: 'asc' }],
    });
    // Only a draft may lack its jurisdiction (a check of the table), and drafts are not counted.
    return groups.flatMap((g) =>
      g.jurisdictionCode === null
        ? []
        : [{ jurisdictionCode: g.jurisdictionCode, status: g.status, count: g._count._all }],
    );
  }

  /** C.1: does the lead have another open application in this call? */
  async otherOpenForLead(
    tx: PrismaTx,
    leadUscc: string,
    callId: string,
    exceptId: string,
    openStatuses: readonly string[],
  ): Promise<boolean> {
    const n = await tx.application.count({
      where: { leadUscc, callId, id: { not: exceptId }, status: { in: [...openStatuses] } },
    });
    return n > 0;
  }

  replaceDocument(
    tx: PrismaTx,
    id: string,
    doc: { document: Prisma.InputJsonValue; jurisdictionCode: string | null },
  ): Promise<ApplicationRow> {
    return tx.application.update({
      where: { id },
      data: { document: doc.document, jurisdictionCode: doc.jurisdictionCode, updatedAt: new Date() },
    });
  }

  setStatus(
    tx: PrismaTx,
    id: string,
    status: ApplicationStatus,
    extra: { revision?: number; submittedAt?: Date } = {},
  ): Promise<ApplicationRow> {
    return tx.application.update({ where: { id }, data: { status, ...extra, updatedAt: new Date() } });
  }

  insertRevision(tx: PrismaTx, row: Prisma.ApplicationRevisionUncheckedCreateInput): Promise<RevisionRow> {
    return tx.applicationRevision.create({ data: row });
  }

  /** One page of the submitted revisions of an application the scope may see (revision is unique in it). */
  async revisions(
    tx: PrismaTx,
    scope: Scope,
    applicationId: string,
    q: ListRevisionsQuery,
  ): Promise<{ rows: RevisionRow[]; total: number }> {
    const where: Prisma.ApplicationRevisionWhereInput = { applicationId, application: visibleTo(scope) };
    const [rows, total] = await Promise.all([
      tx.applicationRevision.findMany({
        where,
        ...pageArgs<Prisma.ApplicationRevisionOrderByWithRelationInput>(q, { tiebreak: ['revision'] }),
      }),
      tx.applicationRevision.count({ where }),
    ]);
    return { rows, total };
  }
}
