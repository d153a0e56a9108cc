import { Injectable } from '@nestjs/common';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { ItemStatus, ObjectionStatus } from './item-outcome';

/** The item row as locked for a decision. */
export interface LockedItem {
  application_id: string;
  notice_id: string;
  status: ItemStatus;
  notice_status: 'OPEN' | 'EXPIRED';
  ends_at: Date;
}

/** An objection as the decision of its item reads it. */
export interface ItemObjection {
  id: string;
  application_id: string;
  status: ObjectionStatus;
  resolution_reason: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
}

/** The published items of notices (notice_item) and what their decision reads (SPEC §3.5–3.6). */
@Injectable()
export class NoticeItemsRepository {
  /**
   * Locks the items — by application id, or every item of these notices — ordered by id, so
   * concurrent deciders never deadlock, and returns them with their notice's status as committed
   * now. Objection filing and resolution take the same lock first.
   */
  async lock(
    tx: PrismaTx,
    which: readonly string[] | { noticeIds: readonly string[] },
  ): Promise<LockedItem[]> {
    const byNotice = !Array.isArray(which);
    const ids = byNotice
      ? (which as { noticeIds: readonly string[] }).noticeIds
      : (which as readonly string[]);
    if (ids.length === 0) return [];
    const items = await tx.$queryRawUnsafe<Omit<LockedItem, 'notice_status' | 'ends_at'>[]>(
      `SELECT application_id, notice_id::text AS notice_id, status FROM notice_item
        WHERE ${byNotice ? 'notice_id = ANY($1::uuid[])' : 'application_id = ANY($1::text[])'}
        ORDER BY application_id FOR UPDATE`,
      [...ids],
    );
    if (items.length === 0) return [];
    const notices = await tx.$queryRawUnsafe<{ id: string; status: 'OPEN' | 'EXPIRED'; ends_at: Date }[]>(
      `SELECT id::text AS id, status, ends_at FROM notice WHERE id = ANY($1::uuid[])`,
      [...new Set(items.map((i) => i.notice_id))],
    );
    const byId = new Map(notices.map((n) => [n.id, n]));
    return items.map((i) => {
      const notice = byId.get(i.notice_id);
      if (!notice) throw new Error(`notice ${i.notice_id} of item ${i.application_id} is missing`);
      return { ...i, notice_status: notice.status, ends_at: notice.ends_at };
    });
  }

  /** The objections of these items, resolved ones first in resolution order. */
  objectionsOf(tx: PrismaTx, applicationIds: readonly string[]): Promise<ItemObjection[]> {
    return tx.$queryRawUnsafe<ItemObjection[]>(
      `SELECT id::text AS id, application_id, status, resolution_reason, resolved_by, resolved_at FROM objection
        WHERE application_id = ANY($1::text[]) ORDER BY resolved_at NULLS LAST, filed_at, id`,
      [...applicationIds],
    );
  }

  /**
   * Moves the items still undecided (IN_PUBLICITY, AWAITING_RESOLUTION) to `to` in one conditional
   * update and returns the ids that moved: an item's final event is written once however often the
   * decision runs.
   */
  async moveUndecided(
    tx: PrismaTx,
    applicationIds: readonly string[],
    to: ItemStatus,
    decidedAt: Date | null,
  ): Promise<string[]> {
    const moved = await tx.$queryRawUnsafe<{ application_id: string }[]>(
      `UPDATE notice_item SET status = $2, decided_at = $3::timestamptz
        WHERE application_id = ANY($1::text[]) AND status IN ('IN_PUBLICITY', 'AWAITING_RESOLUTION')
        RETURNING application_id`,
      [...applicationIds],
      to,
      decidedAt,
    );
    return moved.map((m) => m.application_id);
  }
}
