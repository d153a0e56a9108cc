import { Injectable, Logger } from '@nestjs/common';
import type { DeadlineRow } from '@lz/deadlines';
import { recordAudit } from '@lz/platform';
import { OnDeadline, type PrismaTx } from '../infra/prisma/prisma.service';
import { ItemDecisionService } from '../items/item-decision.service';
import { NOTICE_EXPIRY } from './notice-expiry.constants';
import { NoticesRepository } from './notices.repository';

/**
 * The end of a notice's period (docs/SPEC.md §3.5): fired by the BullMQ delayed job of its deadline row, in
 * the transaction that marks the row FIRED. The notice becomes EXPIRED, then each item is decided:
 * cleared, contested, or left awaiting the resolution of its pending objection.
 */
@Injectable()
export class NoticeExpiryProcessor {
  private readonly logger = new Logger(NoticeExpiryProcessor.name);

  constructor(
    private readonly notices: NoticesRepository,
    private readonly items: ItemDecisionService,
  ) {}

  @OnDeadline(NOTICE_EXPIRY)
  async expire(deadline: DeadlineRow, tx: PrismaTx): Promise<void> {
    const noticeId = deadline.subjectId;
    if (!(await this.notices.markExpired(tx, noticeId))) {
      this.logger.warn(`notice ${noticeId} had already expired; nothing to do`);
      return;
    }
    const locked = await this.items.lockItems(tx, { noticeId });
    const decisions = await this.items.decide(tx, locked);
    await recordAudit(
      tx,
      { system: 'publicity.notice.expiry' },
      {
        action: 'notice.expired',
        objectType: 'notice',
        objectId: noticeId,
        detail: {
          dueAt: deadline.dueAt.toISOString(),
          cleared: decisions.filter((d) => d.to === 'CLEARED').map((d) => d.applicationId),
          contested: decisions.filter((d) => d.to === 'CONTESTED').map((d) => d.applicationId),
          awaitingResolution: decisions
            .filter((d) => d.to === 'AWAITING_RESOLUTION')
            .map((d) => d.applicationId),
        },
      },
    );
  }
}
