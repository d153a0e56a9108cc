import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EventContext } from '@lz/messaging';
import type { EventEnvelope } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { DecisionsService } from './decisions.service';

const PRELIMINARY = {
  RECOMMEND: 'PRELIM_RECOMMENDED',
  RETURN: 'RETURNED',
  NOT_RECOMMEND: 'PRELIM_REJECTED',
} as const;
const CITY = { TO_BE_FILED: 'CITY_TO_BE_FILED', REJECT: 'CITY_REJECTED' } as const;

/** The review and publicity events that move an application on (the applicant's timeline). */
@Controller()
export class DecisionsConsumer {
  constructor(private readonly decisions: DecisionsService) {}

  @EventPattern<string>('review.preliminary.decided.v1')
  async onPreliminary(
    @Payload() e: EventEnvelope<'review.preliminary.decided.v1'>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.decisions.apply(ctx.tx as PrismaTx, e, {
      applicationId: e.data.applicationId,
      to: PRELIMINARY[e.data.decision],
      revision: e.data.revision,
      occurredAt: e.data.decidedAt,
      // RETURN carries the reasons for revision (退回修改, with reasons).
      note: e.data.opinion || null,
    });
  }

  @EventPattern<string>('review.city.decided.v1')
  async onCity(
    @Payload() e: EventEnvelope<'review.city.decided.v1'>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.decisions.apply(ctx.tx as PrismaTx, e, {
      applicationId: e.data.applicationId,
      to: CITY[e.data.decision],
      revision: e.data.revision,
      occurredAt: e.data.decidedAt,
      note: e.data.opinion || null,
    });
  }

  @EventPattern<string>('publicity.notice.published.v1')
  async onNoticePublished(
    @Payload() e: EventEnvelope<'publicity.notice.published.v1'>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    for (const item of e.data.items) {
      await this.decisions.apply(ctx.tx as PrismaTx, e, {
        applicationId: item.applicationId,
        to: 'IN_PUBLICITY',
        occurredAt: e.data.publishedAt,
        note: `${e.data.title} (until ${e.data.endsAt}${e.data.provisional ? ', provisional' : ''})`,
      });
    }
  }

  /** An objection does not change the status; the applicant sees it on the timeline (异议). */
  @EventPattern<string>('publicity.objection.filed.v1')
  async onObjectionFiled(
    @Payload() e: EventEnvelope<'publicity.objection.filed.v1'>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.decisions.note(ctx.tx as PrismaTx, e, {
      applicationId: e.data.applicationId,
      occurredAt: e.data.filedAt,
      note: `异议已提出 (objection filed): ${e.data.reason}`,
    });
  }

  @EventPattern<string>('publicity.item.cleared.v1')
  async onItemCleared(
    @Payload() e: EventEnvelope<'publicity.item.cleared.v1'>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.decisions.apply(ctx.tx as PrismaTx, e, {
      applicationId: e.data.applicationId,
      to: 'CLEARED',
      occurredAt: e.data.clearedAt,
      note: null,
    });
  }

  @EventPattern<string>('publicity.item.contested.v1')
  async onItemContested(
    @Payload() e: EventEnvelope<'publicity.item.contested.v1'>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.decisions.apply(ctx.tx as PrismaTx, e, {
      applicationId: e.data.applicationId,
      to: 'CONTESTED',
      occurredAt: e.data.decidedAt,
      note: e.data.reason,
    });
  }

  @EventPattern<string>('review.consortium.registered.v1')
  async onRegistered(
    @Payload() e: EventEnvelope<'review.consortium.registered.v1'>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.decisions.apply(ctx.tx as PrismaTx, e, {
      applicationId: e.data.applicationId,
      to: 'FILED',
      occurredAt: e.data.filedAt,
      note: e.data.filingNumber,
    });
  }
}
