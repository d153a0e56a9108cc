import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { APPLICATION_SUBMITTED_V1, type EventEnvelope } from '@lz/policy';
import { OnEvent, type ServiceEventContext } from '../infra/prisma/prisma.service';
import { PreliminaryService } from './preliminary.service';

/** intake.application.submitted.v1 → the application (or its new revision) joins its jurisdiction's queue. */
@Controller()
export class ApplicationSubmittedConsumer {
  private readonly logger = new Logger(ApplicationSubmittedConsumer.name);

  constructor(private readonly service: PreliminaryService) {}

  @OnEvent(APPLICATION_SUBMITTED_V1)
  async onSubmitted(
    @Payload() e: EventEnvelope<typeof APPLICATION_SUBMITTED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    const accepted = await this.service.receiveSubmission(ctx.tx, e.data, e.policyVersion);
    if (!accepted) {
      this.logger.warn(
        `ignored ${e.type} ${e.id}: application ${e.data.applicationId} revision ${e.data.revision} is not a new submission`,
      );
    }
  }
}
