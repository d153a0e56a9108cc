import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { statusAfterCity, statusAfterPreliminary, type EventEnvelope } from '@lz/policy';
import { OnEvent, type ServiceEventContext } from '../infra/prisma/prisma.service';
import { ProcedureOutcomesService } from './procedure-outcomes.service';

/**
 * The outcomes of the procedure's steps after submission (docs/SPEC.md §3.3–§3.6: preliminary review, city
 * review, publicity and its objections, filing), as review and publicity announce them, recorded on the
 * application: its status and the applicant's timeline.
 */
@Controller()
export class ProcedureOutcomesConsumer {
  constructor(private readonly outcomes: ProcedureOutcomesService) {}

  @OnEvent('review.preliminary.decided.v1')
  async onPreliminary(
    @Payload() e: EventEnvelope<'review.preliminary.decided.v1'>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.outcomes.apply(ctx.tx, e, {
      applicationId: e.data.applicationId,
      to: statusAfterPreliminary(e.data.decision),
      revision: e.data.revision,
      occurredAt: e.data.decidedAt,
      // RETURN carries the reasons for revision (退回修改, with reasons).
      note: e.data.opinion || null,
    });
  }

  @OnEvent('review.city.decided.v1')
  async onCity(
    @Payload() e: EventEnvelope<'review.city.decided.v1'>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.outcomes.apply(ctx.tx, e, {
      applicationId: e.data.applicationId,
      to: statusAfterCity(e.data.decision),
      revision: e.data.revision,
      occurredAt: e.data.decidedAt,
      note: e.data.opinion || null,
    });
  }

  @OnEvent('publicity.notice.published.v1')
  async onNoticePublished(
    @Payload() e: EventEnvelope<'publicity.notice.published.v1'>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    for (const item of e.data.items) {
      await this.outcomes.apply(ctx.tx, e, {
        applicationId: item.applicationId,
        to: 'IN_PUBLICITY',
        occurredAt: e.data.publishedAt,
        note: `${e.data.title} (until ${e.data.endsAt}${e.data.provisional ? ', provisional' : ''})`,
      });
    }
  }

  /** An objection does not change the status; the applicant sees it on the timeline (异议). */
  @OnEvent('publicity.objection.filed.v1')
  async onObjectionFiled(
    @Payload() e: EventEnvelope<'publicity.objection.filed.v1'>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.outcomes.note(ctx.tx, e, {
      applicationId: e.data.applicationId,
      occurredAt: e.data.filedAt,
      note: `异议已提出 (objection filed): ${e.data.reason}`,
    });
  }

  @OnEvent('publicity.item.cleared.v1')
  async onItemCleared(
    @Payload() e: EventEnvelope<'publicity.item.cleared.v1'>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.outcomes.apply(ctx.tx, e, {
      applicationId: e.data.applicationId,
      to: 'CLEARED',
      occurredAt: e.data.clearedAt,
      note: null,
    });
  }

  @OnEvent('publicity.item.contested.v1')
  async onItemContested(
    @Payload() e: EventEnvelope<'publicity.item.contested.v1'>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.outcomes.apply(ctx.tx, e, {
      applicationId: e.data.applicationId,
      to: 'CONTESTED',
      occurredAt: e.data.decidedAt,
      note: e.data.reason,
    });
  }

  @OnEvent('review.consortium.registered.v1')
  async onRegistered(
    @Payload() e: EventEnvelope<'review.consortium.registered.v1'>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.outcomes.apply(ctx.tx, e, {
      applicationId: e.data.applicationId,
      to: 'FILED',
      occurredAt: e.data.filedAt,
      note: e.data.filingNumber,
    });
  }
}
