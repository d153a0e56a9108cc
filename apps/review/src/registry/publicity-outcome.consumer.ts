import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EventContext } from '@lz/messaging';
import { ITEM_CLEARED_V1, ITEM_CONTESTED_V1, type EventEnvelope } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { FilingService } from './filing.service';

/** publicity.item.cleared.v1 / publicity.item.contested.v1 → the case may (or may never) be filed. */
@Controller()
export class PublicityOutcomeConsumer {
  constructor(private readonly filing: FilingService) {}

  @EventPattern<string>(ITEM_CLEARED_V1)
  async onCleared(
    @Payload() e: EventEnvelope<typeof ITEM_CLEARED_V1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.filing.onCleared(ctx.tx as PrismaTx, e.data);
  }

  @EventPattern<string>(ITEM_CONTESTED_V1)
  async onContested(
    @Payload() e: EventEnvelope<typeof ITEM_CONTESTED_V1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.filing.onContested(ctx.tx as PrismaTx, e.data);
  }
}
