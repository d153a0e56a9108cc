import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  APPLICATION_SUBMITTED_V1,
  CITY_DECIDED_V1,
  CLAIM_DECIDED_V1,
  CONSORTIUM_DELISTED_V1,
  CONSORTIUM_REGISTERED_V1,
  CREDIT_FINDING_ENDED_V1,
  CREDIT_FINDING_RECORDED_V1,
  DELISTING_DECIDED_V1,
  EVALUATION_REPORT_OVERDUE_V1,
  EVALUATION_REPORT_REMINDED_V1,
  EVALUATION_RESULT_RECORDED_V1,
  EVALUATION_WINDOW_OPENED_V1,
  EVALUATOR_ASSIGNED_V1,
  ITEM_CLEARED_V1,
  ITEM_CONTESTED_V1,
  NOTICE_PUBLISHED_V1,
  OBJECTION_FILED_V1,
  PRELIMINARY_DECIDED_V1,
  type EventEnvelope,
  type EventType,
} from '@lz/policy';
import { DeliveryRelay } from '../deliveries/delivery-relay.service';
import { OnEvent, type ServiceEventContext } from '../infra/prisma/prisma.service';
import { messagesFor, type Subjects } from './messages';
import { NotifyService } from './notify.service';
import { SubjectsRepository } from './subjects.repository';

/**
 * Every event that tells someone something (events/messages.ts says who and what). The platform's
 * consumer runs each handler in one transaction with the inbox row of the event, so an event
 * delivered twice stores its messages once. An event naming an application or consortium this
 * service has not heard of yet fails its attempt (retried with back-off, then the DLQ, replayable
 * with `npm run dlq`): its recipient cannot be known without the event that introduces it.
 */
@Controller()
export class NotificationsConsumer {
  constructor(
    private readonly subjects: SubjectsRepository,
    private readonly notify: NotifyService,
    private readonly relay: DeliveryRelay,
  ) {}

  @OnEvent(APPLICATION_SUBMITTED_V1)
  async onSubmitted(
    @Payload() event: EventEnvelope<typeof APPLICATION_SUBMITTED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.subjects.recordApplication(ctx.tx, event.data);
    await this.tell(event, ctx, {});
  }

  @OnEvent(PRELIMINARY_DECIDED_V1)
  async onPreliminary(
    @Payload() event: EventEnvelope<typeof PRELIMINARY_DECIDED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.tell(event, ctx, await this.aboutApplication(ctx, event.data.applicationId));
  }

  @OnEvent(CITY_DECIDED_V1)
  async onCity(@Payload() event: EventEnvelope<typeof CITY_DECIDED_V1>, @Ctx() ctx: ServiceEventContext) {
    await this.tell(event, ctx, {});
  }

  @OnEvent(NOTICE_PUBLISHED_V1)
  async onNotice(
    @Payload() event: EventEnvelope<typeof NOTICE_PUBLISHED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ) {
    await this.tell(event, ctx, {});
  }

  @OnEvent(OBJECTION_FILED_V1)
  async onObjection(
    @Payload() event: EventEnvelope<typeof OBJECTION_FILED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.tell(event, ctx, await this.aboutApplication(ctx, event.data.applicationId));
  }

  @OnEvent(ITEM_CLEARED_V1)
  async onCleared(@Payload() event: EventEnvelope<typeof ITEM_CLEARED_V1>, @Ctx() ctx: ServiceEventContext) {
    await this.tell(event, ctx, await this.aboutApplication(ctx, event.data.applicationId));
  }

  @OnEvent(ITEM_CONTESTED_V1)
  async onContested(
    @Payload() event: EventEnvelope<typeof ITEM_CONTESTED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.tell(event, ctx, await this.aboutApplication(ctx, event.data.applicationId));
  }

  @OnEvent(CONSORTIUM_REGISTERED_V1)
  async onRegistered(
    @Payload() event: EventEnvelope<typeof CONSORTIUM_REGISTERED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.subjects.recordConsortium(ctx.tx, event.data);
    await this.tell(event, ctx, {});
  }

  @OnEvent(EVALUATION_WINDOW_OPENED_V1)
  async onWindowOpened(
    @Payload() event: EventEnvelope<typeof EVALUATION_WINDOW_OPENED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    // The event names the lead unit; the consortium's name is a courtesy when known.
    await this.tell(event, ctx, await this.aboutConsortium(ctx, event.data.consortiumId));
  }

  /** 5.2a: the institution commissioned (and the one it replaces) — the event names both. */
  @OnEvent(EVALUATOR_ASSIGNED_V1)
  async onEvaluatorAssigned(
    @Payload() event: EventEnvelope<typeof EVALUATOR_ASSIGNED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.tell(event, ctx, await this.aboutConsortium(ctx, event.data.consortiumId));
  }

  @OnEvent(EVALUATION_REPORT_REMINDED_V1)
  async onReportReminded(
    @Payload() event: EventEnvelope<typeof EVALUATION_REPORT_REMINDED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.tell(event, ctx, await this.aboutConsortium(ctx, event.data.consortiumId));
  }

  @OnEvent(EVALUATION_REPORT_OVERDUE_V1)
  async onReportOverdue(
    @Payload() event: EventEnvelope<typeof EVALUATION_REPORT_OVERDUE_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.tell(event, ctx, await this.aboutConsortium(ctx, event.data.consortiumId));
  }

  @OnEvent(EVALUATION_RESULT_RECORDED_V1)
  async onResult(
    @Payload() event: EventEnvelope<typeof EVALUATION_RESULT_RECORDED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.tell(event, ctx, await this.aboutConsortium(ctx, event.data.consortiumId));
  }

  @OnEvent(DELISTING_DECIDED_V1)
  async onDelistingDecided(
    @Payload() event: EventEnvelope<typeof DELISTING_DECIDED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.tell(event, ctx, await this.aboutConsortium(ctx, event.data.consortiumId));
  }

  @OnEvent(CONSORTIUM_DELISTED_V1)
  async onDelisted(
    @Payload() event: EventEnvelope<typeof CONSORTIUM_DELISTED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    // The event carries the lead's USCC and filing number; the name is a courtesy when known.
    await this.tell(event, ctx, await this.aboutConsortium(ctx, event.data.consortiumId));
  }

  @OnEvent(CLAIM_DECIDED_V1)
  async onClaim(@Payload() event: EventEnvelope<typeof CLAIM_DECIDED_V1>, @Ctx() ctx: ServiceEventContext) {
    await this.tell(event, ctx, await this.aboutConsortium(ctx, event.data.consortiumId));
  }

  /** 5.3a: the unit the finding is against is named in the event itself. */
  @OnEvent(CREDIT_FINDING_RECORDED_V1)
  async onCreditFindingRecorded(
    @Payload() event: EventEnvelope<typeof CREDIT_FINDING_RECORDED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.tell(event, ctx, {});
  }

  @OnEvent(CREDIT_FINDING_ENDED_V1)
  async onCreditFindingEnded(
    @Payload() event: EventEnvelope<typeof CREDIT_FINDING_ENDED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.tell(event, ctx, {});
  }

  private async aboutApplication(ctx: ServiceEventContext, id: string): Promise<Subjects> {
    return { application: await this.subjects.application(ctx.tx, id) };
  }

  private async aboutConsortium(ctx: ServiceEventContext, id: string): Promise<Subjects> {
    return { consortium: await this.subjects.consortium(ctx.tx, id) };
  }

  private async tell<T extends EventType>(
    event: EventEnvelope<T>,
    ctx: ServiceEventContext,
    subjects: Subjects,
  ): Promise<void> {
    const queued = await this.notify.store(ctx.tx, event, messagesFor(event.type, event.data, subjects));
    if (queued > 0) ctx.afterCommit(() => this.relay.kick());
  }
}
