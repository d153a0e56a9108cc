import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ITEM_CLEARED_V1, ITEM_CONTESTED_V1, type EventEnvelope } from '@lz/policy';
import { OnEvent, type ServiceEventContext } from '../infra/prisma/prisma.service';
import { FilingService } from './filing.service';

/** publicity.item.cleared.v1 / publicity.item.contested.v1 → the case may (or may never) be filed. */
@Controller()
export class PublicityOutcomeConsumer {
  constructor(private readonly filing: FilingService) {}

  @OnEvent(ITEM_CLEARED_V1)
  async onCleared(
    @Payload() e: EventEnvelope<typeof ITEM_CLEARED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.filing.onCleared(ctx.tx, e.data);
  }

  @OnEvent(ITEM_CONTESTED_V1)
  async onContested(
    @Payload() e: EventEnvelope<typeof ITEM_CONTESTED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.filing.onContested(ctx.tx, e.data);
  }
}
