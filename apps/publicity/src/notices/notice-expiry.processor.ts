import { Injectable, Logger } from '@nestjs/common';
import type { DeadlineRow } from '@lz/deadlines';
import { recordAuditMany } from '@lz/platform';
import { OnDeadlines, type PrismaTx } from '../infra/prisma/prisma.service';
import { ItemDecisionService, type ItemDecision } from '../items/item-decision.service';
import { NOTICE_EXPIRY } from './notice-expiry.constants';
import { NoticesRepository } from './notices.repository';

/**
 * The end of notices' periods (docs/SPEC.md §3.5): fired by the BullMQ delayed jobs of their deadline
 * rows, in the transaction that marks the rows FIRED — one notice, or every notice that ended at the
 * same instant (up to the deadlines' batch size) at once. Each notice becomes EXPIRED, then each of
 * its items is decided: cleared, contested, or left awaiting the resolution of its pending objection;
 * one audit row per notice (one INSERT for all of them).
 */
@Injectable()
export class NoticeExpiryProcessor {
  private readonly logger = new Logger(NoticeExpiryProcessor.name);

  constructor(
    private readonly notices: NoticesRepository,
    private readonly items: ItemDecisionService,
  ) {}

  @OnDeadlines(NOTICE_EXPIRY)
  async expire(deadlines: DeadlineRow[], tx: PrismaTx): Promise<void> {
    const expired = new Set(
      await this.notices.markExpired(
        tx,
        deadlines.map((d) => d.subjectId),
      ),
    );
    const already = deadlines.filter((d) => !expired.has(d.subjectId)).map((d) => d.subjectId);
    if (already.length > 0) {
      this.logger.warn(`notices ${already.join(', ')} had already expired; nothing to do for them`);
    }
    if (expired.size === 0) return;
    const locked = await this.items.lockItems(tx, { noticeIds: [...expired] });
    const decisions = await this.items.decide(tx, locked);
    const byNotice = new Map<string, ItemDecision[]>([...expired].map((id) => [id, []]));
    for (const d of decisions) byNotice.get(d.noticeId)?.push(d);
    // One audit row per notice (the audit trail's object is the notice), all in one INSERT.
    const facts = deadlines.flatMap((deadline) => {
      const ds = byNotice.get(deadline.subjectId);
      if (!ds) return [];
      const to = (status: ItemDecision['to']) =>
        ds.filter((d) => d.to === status).map((d) => d.applicationId);
      return [
        {
          action: 'notice.expired' as const,
          objectType: 'notice',
          objectId: deadline.subjectId,
          detail: {
            dueAt: deadline.dueAt.toISOString(),
            cleared: to('CLEARED'),
            contested: to('CONTESTED'),
            awaitingResolution: to('AWAITING_RESOLUTION'),
          },
        },
      ];
    });
    await recordAuditMany(tx, { system: 'publicity.notice.expiry' }, facts);
  }
}
