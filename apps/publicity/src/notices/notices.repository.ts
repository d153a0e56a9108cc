import { Injectable } from '@nestjs/common';
import { containsText, pageArgs } from '@lz/http';
import type { Prisma } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { CandidateRow } from '../items/candidates.repository';
import type { NoticePeriod } from './notice-period';
import type { ListNoticesQuery } from './notices.schema';

export interface NewNotice {
  id: string;
  title: string;
  period: NoticePeriod;
  policyVersion: string;
  publishedBy: string;
}

const noticeInclude = {
  items: { orderBy: { position: 'asc' } },
} as const;

/** Notices and their items. */
@Injectable()
export class NoticesRepository {
  async insert(tx: PrismaTx, n: NewNotice): Promise<void> {
    await tx.notice.create({
      data: {
        id: n.id,
        title: n.title,
        publishedAt: n.period.publishedAt,
        endsAt: n.period.endsAt,
        lastWorkingDay: n.period.lastWorkingDay,
        workingDays: n.period.workingDays,
        countingRule: n.period.countingRule,
        closingTime: n.period.closingTime,
        provisional: n.period.provisional,
        unknownYears: n.period.unknownYears,
        policyVersion: n.policyVersion,
        publishedBy: n.publishedBy,
      },
    });
  }

  /**
   * Puts the candidates on the notice; an application already on a notice is left out. Returns the
   * ids that were NOT inserted (already published), so the caller can refuse and roll back.
   */
  async insertItems(tx: PrismaTx, noticeId: string, candidates: readonly CandidateRow[]): Promise<string[]> {
    const inserted = await tx.$queryRawUnsafe<{ application_id: string }[]>(
      `INSERT INTO notice_item (application_id, notice_id, position, name, field, lead_uscc, lead_name)
       SELECT u.application_id, $1::uuid, u.position, u.name, u.field, u.lead_uscc, u.lead_name
         FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[])
              AS u(application_id, position, name, field, lead_uscc, lead_name)
       ON CONFLICT (application_id) DO NOTHING
       RETURNING application_id`,
      noticeId,
      candidates.map((c) => c.applicationId),
      candidates.map((_, i) => i + 1),
      candidates.map((c) => c.name),
      candidates.map((c) => c.field),
      candidates.map((c) => c.leadUscc),
      candidates.map((c) => c.leadName),
    );
    const done = new Set(inserted.map((r) => r.application_id));
    return candidates.map((c) => c.applicationId).filter((id) => !done.has(id));
  }

  /** Application ids already on some notice. */
  async published(tx: PrismaTx, applicationIds: readonly string[]): Promise<string[]> {
    const rows = await tx.noticeItem.findMany({
      where: { applicationId: { in: [...applicationIds] } },
      select: { applicationId: true },
    });
    return rows.map((r) => r.applicationId);
  }

  find(tx: PrismaTx, id: string) {
    return tx.notice.findUnique({ where: { id }, include: noticeInclude });
  }

  /** One page of notices (public: no scope), in the query's order with the id tiebreak. */
  list(tx: PrismaTx, q: ListNoticesQuery) {
    const where: Prisma.NoticeWhereInput = {
      AND: [q.status ? { status: q.status } : {}, q.q ? { title: containsText(q.q) } : {}],
    };
    return Promise.all([
      tx.notice.findMany({
        where,
        ...pageArgs<Prisma.NoticeOrderByWithRelationInput>(q),
        include: noticeInclude,
      }),
      tx.notice.count({ where }),
    ]);
  }

  /** Objection counts per item and status (no personal data) for the public view. */
  async objectionCounts(tx: PrismaTx, noticeIds: readonly string[]) {
    if (noticeIds.length === 0) return [];
    return tx.objection.groupBy({
      by: ['applicationId', 'status'],
      where: { noticeId: { in: [...noticeIds] } },
      _count: { _all: true },
    });
  }

  /**
   * OPEN → EXPIRED, once, in one statement: the notices' expiry fired. Returns the ids that moved
   * (a notice that had already expired is not among them).
   */
  async markExpired(tx: PrismaTx, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const moved = await tx.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE notice SET status = 'EXPIRED' WHERE id = ANY($1::uuid[]) AND status = 'OPEN' RETURNING id::text AS id`,
      [...ids],
    );
    return moved.map((m) => m.id);
  }

  /** Open notices whose end was computed with a year unknown at the time, locked for recomputation. */
  lockOpenProvisional(tx: PrismaTx) {
    return tx.$queryRawUnsafe<
      {
        id: string;
        published_at: Date;
        working_days: number;
        counting_rule: 'NEXT_DAY';
        closing_time: string;
        ends_at: Date;
      }[]
    >(
      `SELECT id::text AS id, published_at, working_days, counting_rule, closing_time, ends_at
         FROM notice WHERE provisional AND status = 'OPEN' ORDER BY id FOR UPDATE`,
    );
  }

  async updatePeriod(tx: PrismaTx, id: string, period: NoticePeriod): Promise<void> {
    await tx.notice.update({
      where: { id },
      data: {
        endsAt: period.endsAt,
        lastWorkingDay: period.lastWorkingDay,
        provisional: period.provisional,
        unknownYears: period.unknownYears,
      },
    });
  }
}
