import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { recordAudit } from '@lz/platform';
import { CITY_DECIDED_V1, type EventEnvelope } from '@lz/policy';
import { OnEvent, type ServiceEventContext } from '../infra/prisma/prisma.service';
import { CandidatesRepository } from './candidates.repository';

/** Items that may be published: the city's decisions (docs/SPEC.md §3.4 → §3.5). REJECTs are recorded too. */
@Controller()
export class CandidatesConsumer {
  private readonly logger = new Logger(CandidatesConsumer.name);

  constructor(private readonly candidates: CandidatesRepository) {}

  @OnEvent(CITY_DECIDED_V1)
  async onCityDecided(
    @Payload() event: EventEnvelope<typeof CITY_DECIDED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    const tx = ctx.tx;
    const applied = await this.candidates.record(tx, event.data);
    if (!applied) {
      this.logger.log(
        `city decision ${event.id} on ${event.data.applicationId} is not newer than the stored one`,
      );
      return;
    }
    await recordAudit(
      tx,
      { system: 'publicity.candidates.consumer' },
      {
        action: 'candidate.recorded',
        objectType: 'application',
        objectId: event.data.applicationId,
        detail: { decision: event.data.decision, revision: event.data.revision, eventId: event.id },
      },
    );
  }
}
