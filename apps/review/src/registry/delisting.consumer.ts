import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DELISTING_DECIDED_V1, type EventEnvelope } from '@lz/policy';
import { OnEvent, type ServiceEventContext } from '../infra/prisma/prisma.service';
import { RegistryService } from './registry.service';

/** evaluation.delisting.decided.v1 (5.2c) → the consortium is DELISTED. */
@Controller()
export class DelistingConsumer {
  constructor(private readonly registry: RegistryService) {}

  @OnEvent(DELISTING_DECIDED_V1)
  async onDelisting(
    @Payload() e: EventEnvelope<typeof DELISTING_DECIDED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    await this.registry.delist(ctx.tx, e.data);
  }
}
