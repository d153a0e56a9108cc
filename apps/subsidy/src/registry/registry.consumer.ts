import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { recordAudit } from '@lz/platform';
import {
  CONSORTIUM_DELISTED_V1,
  CONSORTIUM_REGISTERED_V1,
  EVALUATION_RESULT_RECORDED_V1,
  type EventEnvelope,
} from '@lz/policy';
import { OnEvent, type ServiceEventContext } from '../infra/prisma/prisma.service';
import { RegistryRepository } from './registry.repository';

const SYSTEM = { system: 'subsidy.registry.consumer' } as const;

/**
 * Who may claim (docs/SPEC.md §4 "only consortia currently in the registry"), and on what basis (5.2b): the
 * registry's filings and delistings, and the evaluation service's grades. A delisting stops every
 * pending claim of the consortium (5.2c).
 */
@Controller()
export class RegistryConsumer {
  private readonly logger = new Logger(RegistryConsumer.name);

  constructor(private readonly registry: RegistryRepository) {}

  @OnEvent(CONSORTIUM_REGISTERED_V1)
  async onRegistered(
    @Payload() event: EventEnvelope<typeof CONSORTIUM_REGISTERED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    const tx = ctx.tx;
    if (!(await this.registry.register(tx, event.data))) {
      this.logger.log(`consortium ${event.data.consortiumId} is already known; nothing to do`);
      return;
    }
    await recordAudit(tx, SYSTEM, {
      action: 'consortium.registered',
      objectType: 'consortium',
      objectId: event.data.consortiumId,
      detail: { filingNumber: event.data.filingNumber, leadUscc: event.data.leadUscc, eventId: event.id },
    });
  }

  @OnEvent(CONSORTIUM_DELISTED_V1)
  async onDelisted(
    @Payload() event: EventEnvelope<typeof CONSORTIUM_DELISTED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    const tx = ctx.tx;
    const { consortiumId } = event.data;
    if (!(await this.registry.delist(tx, event.data))) {
      this.logger.log(`consortium ${consortiumId} was already delisted; nothing to do`);
      return;
    }
    const stopped = await this.registry.stopPendingClaims(tx, consortiumId, new Date());
    await recordAudit(tx, SYSTEM, {
      action: 'consortium.delisted',
      objectType: 'consortium',
      objectId: consortiumId,
      detail: { rule: event.data.rule, stoppedClaims: stopped, eventId: event.id },
    });
  }

  @OnEvent(EVALUATION_RESULT_RECORDED_V1)
  async onEvaluated(
    @Payload() event: EventEnvelope<typeof EVALUATION_RESULT_RECORDED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    const tx = ctx.tx;
    if (!(await this.registry.recordGrade(tx, event.data))) {
      this.logger.log(`grade ${event.data.evaluationId} is older than the stored one; ignored`);
      return;
    }
    await recordAudit(tx, SYSTEM, {
      action: 'evaluation-grade.recorded',
      objectType: 'consortium',
      objectId: event.data.consortiumId,
      detail: { evaluationId: event.data.evaluationId, cycle: event.data.cycle, grade: event.data.grade },
    });
  }
}
