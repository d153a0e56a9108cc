import { Injectable } from '@nestjs/common';
import { containsText, pageArgs } from '@lz/http';
import type { Prisma } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { ListObjectionsQuery } from './objections.schema';

export interface NewObjection {
  id: string;
  receiptNo: string;
  noticeId: string;
  applicationId: string;
  reason: string;
  contactName: string;
  contactPhone: string;
  clientIp: string | undefined;
  filedAt: Date;
}

const withItemName = { item: { select: { name: true } } } as const;

/** Objections (异议) and the public request counter that rate-limits filing them. */
@Injectable()
export class ObjectionsRepository {
  /** Whether the notice objections are filed against exists. */
  async noticeExists(tx: PrismaTx, noticeId: string): Promise<boolean> {
    return (await tx.notice.findUnique({ where: { id: noticeId }, select: { id: true } })) !== null;
  }

  /**
   * Inserts the objection unless its receipt number is taken (ON CONFLICT DO NOTHING, so the
   * transaction stays usable); false → the caller draws another number.
   */
  async insert(tx: PrismaTx, o: NewObjection): Promise<boolean> {
    const { count } = await tx.objection.createMany({
      skipDuplicates: true,
      data: {
        id: o.id,
        receiptNo: o.receiptNo,
        noticeId: o.noticeId,
        applicationId: o.applicationId,
        reason: o.reason,
        contactName: o.contactName,
        contactPhone: o.contactPhone,
        clientIp: o.clientIp ?? null,
        filedAt: o.filedAt,
      },
    });
    return count === 1;
  }

  find(tx: PrismaTx, id: string) {
    return tx.objection.findUnique({ where: { id }, include: withItemName });
  }

  findByReceipt(tx: PrismaTx, receiptNo: string) {
    return tx.objection.findUnique({ where: { receiptNo } });
  }

  /** One page of objections (officers: every notice, or `noticeId`'s), id as the tiebreak. */
  async page(tx: PrismaTx, q: ListObjectionsQuery) {
    const where: Prisma.ObjectionWhereInput = {
      AND: [
        q.noticeId ? { noticeId: q.noticeId } : {},
        q.applicationId ? { applicationId: q.applicationId } : {},
        q.status ? { status: q.status } : {},
        q.q ? { OR: [{ receiptNo: containsText(q.q) }, { reason: containsText(q.q) }] } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      tx.objection.findMany({
        where,
        ...pageArgs<Prisma.ObjectionOrderByWithRelationInput>(q),
        include: withItemName,
      }),
      tx.objection.count({ where }),
    ]);
    return { rows, total };
  }

  /** PENDING → outcome, once. Returns false when it was already resolved. */
  async resolve(
    tx: PrismaTx,
    id: string,
    r: { outcome: 'UPHELD' | 'DISMISSED'; reason: string; resolvedBy: string; resolvedAt: Date },
  ): Promise<boolean> {
    const n = await tx.$executeRawUnsafe(
      `UPDATE objection SET status = $2, resolution_reason = $3, resolved_by = $4, resolved_at = $5::timestamptz
        WHERE id = $1::uuid AND status = 'PENDING'`,
      id,
      r.outcome,
      r.reason,
      r.resolvedBy,
      r.resolvedAt,
    );
    return n > 0;
  }

  /**
   * Counts one request of `clientKey` in the fixed window starting at `windowStart` and returns the
   * count so far (its own transaction: refused requests count too). Old windows are pruned.
   */
  async hit(tx: PrismaTx, clientKey: string, windowStart: Date): Promise<number> {
    await tx.$executeRawUnsafe(
      `DELETE FROM objection_rate_window WHERE client_key = $1 AND window_start < $2::timestamptz`,
      clientKey,
      windowStart,
    );
    const rows = await tx.$queryRawUnsafe<{ hits: number }[]>(
      `INSERT INTO objection_rate_window (client_key, window_start, hits) VALUES ($1, $2::timestamptz, 1)
       ON CONFLICT (client_key, window_start) DO UPDATE SET hits = objection_rate_window.hits + 1
       RETURNING hits`,
      clientKey,
      windowStart,
    );
    return rows[0].hits;
  }
}
