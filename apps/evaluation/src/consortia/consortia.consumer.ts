import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { recordAudit } from '@lz/platform';
import { CONSORTIUM_DELISTED_V1, CONSORTIUM_REGISTERED_V1, type EventEnvelope } from '@lz/policy';
import { CycleSchedulerService } from '../cycles/cycle-scheduler.service';
import { CyclesRepository } from '../cycles/cycles.repository';
import { OnEvent, type ServiceEventContext } from '../infra/prisma/prisma.service';
import { ConsortiaRepository } from './consortia.repository';

const SYSTEM = { system: 'evaluation.consortia.consumer' } as const;

/**
 * The registry's facts (docs/SPEC.md §3.6, 5.2c): a filed consortium gets its first biennial cycle; a
 * delisted one has every cycle not yet reported on cancelled, with its deadlines, and gets no more.
 * The delayed jobs of new deadline rows are added right after the delivery's transaction commits
 * (the deadline scheduler's after-commit hook).
 */
@Controller()
export class ConsortiaConsumer {
  private readonly logger = new Logger(ConsortiaConsumer.name);

  constructor(
    private readonly consortia: ConsortiaRepository,
    private readonly cycles: CyclesRepository,
    private readonly scheduler: CycleSchedulerService,
  ) {}

  @OnEvent(CONSORTIUM_REGISTERED_V1)
  async onRegistered(
    @Payload() event: EventEnvelope<typeof CONSORTIUM_REGISTERED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    const tx = ctx.tx;
    const c = event.data;
    if (!(await this.consortia.register(tx, c))) {
      this.logger.log(`consortium ${c.consortiumId} is already known; nothing to do`);
      return;
    }
    const scheduled = await this.scheduler.schedule(
      tx,
      { id: c.consortiumId, leadUscc: c.leadUscc, filedOn: c.filedOn },
      1,
      event.policyVersion,
    );
    await recordAudit(tx, SYSTEM, {
      action: 'consortium.registered',
      objectType: 'consortium',
      objectId: c.consortiumId,
      detail: {
        filingNumber: c.filingNumber,
        filedOn: c.filedOn,
        firstEvaluationId: scheduled?.evaluationId,
      },
    });
  }

  @OnEvent(CONSORTIUM_DELISTED_V1)
  async onDelisted(
    @Payload() event: EventEnvelope<typeof CONSORTIUM_DELISTED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    const tx = ctx.tx;
    const { consortiumId } = event.data;
    const locked = await this.consortia.lock(tx, consortiumId);
    if (!locked) {
      this.logger.warn(`delisting of unknown consortium ${consortiumId}: ignored`);
      return;
    }
    if (!(await this.consortia.markDelisted(tx, consortiumId, new Date(event.data.delistedAt)))) return;
    const cancelled = await this.cycles.cancelOpenAndScheduled(tx, consortiumId);
    for (const id of cancelled) await this.scheduler.cancel(tx, id);
    await recordAudit(tx, SYSTEM, {
      action: 'consortium.delisted',
      objectType: 'consortium',
      objectId: consortiumId,
      detail: { rule: event.data.rule, cancelledEvaluations: cancelled, eventId: event.id },
    });
  }
}
