import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EventContext } from '@lz/messaging';
import { DELISTING_DECIDED_V1, type EventEnvelope } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { RegistryService } from './registry.service';

/** evaluation.delisting.decided.v1 (5.2c) → the consortium is DELISTED. */
@Controller()
export class DelistingConsumer {
  constructor(private readonly registry: RegistryService) {}

  @EventPattern<string>(DELISTING_DECIDED_V1)
  async onDelisting(
    @Payload() e: EventEnvelope<typeof DELISTING_DECIDED_V1>,
    @Ctx() ctx: EventContext,
  ): Promise<void> {
    await this.registry.delist(ctx.tx as PrismaTx, e.data);
  }
}
