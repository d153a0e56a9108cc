import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EventContext } from '@lz/messaging';
import { APPLICATION_SUBMITTED_V1, type EventEnvelope } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { PreliminaryService } from './preliminary.service';

/** intake.application.submitted.v1 → the application (or its new revision) joins its jurisdiction's queue. */
@Controller()
export class ApplicationSubmittedConsumer {
  private readonly logger = new Logger(ApplicationSubmittedConsumer.name);

  constructor(private readonly service: PreliminaryService) {}

  @EventPattern<string>(APPLICATION_SUBMITTED_V1)
  async onSubmitted(
    @Payload() e: EventEnvelope<typeof APPLICATION_SUBMITTED_V1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    const accepted = await this.service.receiveSubmission(ctx.tx as PrismaTx, e.data, e.policyVersion);
    if (!accepted) {
      this.logger.warn(
        `ignored ${e.type} ${e.id}: application ${e.data.applicationId} revision ${e.data.revision} is not a new submission`,
      );
    }
  }
}
