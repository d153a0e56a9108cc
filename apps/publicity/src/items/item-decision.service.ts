import { Inject, Injectable } from '@nestjs/common';
import { DEADLINES_CLOCK, type Clock } from '@lz/deadlines';
import { OutboxWriter, type OutboxEventOf } from '@lz/messaging';
import { ITEM_CLEARED_V1, ITEM_CONTESTED_V1 } from '@lz/policy';
import { formatShanghaiIso } from '@lz/calendar';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { itemOutcome, type ItemStatus } from './item-outcome';
import { NoticeItemsRepository, type ItemObjection, type LockedItem } from './notice-items.repository';

export interface ItemDecision {
  noticeId: string;
  applicationId: string;
  from: ItemStatus;
  to: ItemStatus;
}

/**
 * Decides a published item (docs/SPEC.md §3.5–3.6) in the caller's transaction: locks the item row, reads its
 * objections, applies `itemOutcome`, and writes the transition with a conditional update plus, for a
 * final outcome, its event through the outbox (all of one call in one INSERT). CLEARED/CONTESTED are final, so each item's event is
 * written exactly once however often (expiry job twice, resolution racing expiry) this runs.
 */
@Injectable()
export class ItemDecisionService {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly items: NoticeItemsRepository,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Locks the items (ordered by id, so concurrent deciders never deadlock) and returns them with their
   * notice's status as committed now. Objection filing and resolution take the same lock first.
   */
  lockItems(
    tx: PrismaTx,
    which: readonly string[] | { noticeIds: readonly string[] },
  ): Promise<LockedItem[]> {
    return this.items.lock(tx, which);
  }

  /**
   * Decides each locked item. The period has ended when the notice's expiry has fired (status
   * EXPIRED) — never by a clock reading, so nothing clears before the deadline job ran.
   */
  async decide(tx: PrismaTx, items: readonly LockedItem[]): Promise<ItemDecision[]> {
    const open = items.filter((i) => i.status === 'IN_PUBLICITY' || i.status === 'AWAITING_RESOLUTION');
    if (open.length === 0) return [];
    const rows = await this.items.objectionsOf(
      tx,
      open.map((i) => i.application_id),
    );
    const now = this.clock.now();
    // Grouped once: a notice's expiry decides its items in one pass, however many (a batch of
    // expiries hands over thousands).
    const byItem = new Map<string, ItemObjection[]>();
    for (const o of rows) {
      const list = byItem.get(o.application_id);
      if (list) list.push(o);
      else byItem.set(o.application_id, [o]);
    }
    const objectionsOf = (applicationId: string) => byItem.get(applicationId) ?? [];
    const planned = new Map<ItemStatus, LockedItem[]>();
    for (const item of open) {
      const to = itemOutcome(
        objectionsOf(item.application_id).map((o) => o.status),
        item.notice_status === 'EXPIRED',
      );
      if (to === item.status) continue;
      const group = planned.get(to);
      if (group) group.push(item);
      else planned.set(to, [item]);
    }
    const decisions: ItemDecision[] = [];
    // The final outcomes' events, written together at the end (one INSERT, `addMany`): an expiry of
    // a batch of notices decides thousands of items in one transaction.
    const events: OutboxEventOf[] = [];
    for (const [to, items] of planned) {
      const final = to === 'CLEARED' || to === 'CONTESTED';
      // One conditional update per outcome: only rows still undecided move, so each item's final
      // event below is written once however often the decision runs.
      const moved = await this.items.moveUndecided(
        tx,
        items.map((i) => i.application_id),
        to,
        final ? now : null,
      );
      const movedIds = new Set(moved);
      for (const item of items.filter((i) => movedIds.has(i.application_id))) {
        const objections = objectionsOf(item.application_id);
        if (to === 'CLEARED') {
          events.push({
            type: ITEM_CLEARED_V1,
            data: {
              noticeId: item.notice_id,
              applicationId: item.application_id,
              endsAt: formatShanghaiIso(item.ends_at),
              clearedAt: now.toISOString(),
              dismissedObjections: objections.filter((o) => o.status === 'DISMISSED').length,
            },
          });
        } else if (to === 'CONTESTED') {
          const upheld = objections.find((o) => o.status === 'UPHELD');
          if (!upheld) throw new Error(`item ${item.application_id} contested without an upheld objection`);
          events.push({
            type: ITEM_CONTESTED_V1,
            data: {
              noticeId: item.notice_id,
              applicationId: item.application_id,
              objectionId: upheld.id,
              outcome: 'UPHELD',
              reason: upheld.resolution_reason ?? '',
              decidedBy: upheld.resolved_by ?? '',
              decidedAt: (upheld.resolved_at ?? now).toISOString(),
            },
          });
        }
        decisions.push({
          noticeId: item.notice_id,
          applicationId: item.application_id,
          from: item.status,
          to,
        });
      }
    }
    await this.outbox.addMany(tx, events);
    return decisions;
  }
}
