import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { recordAudit } from '@lz/platform';
import {
  CREDIT_FINDING_ENDED_V1,
  CREDIT_FINDING_RECORDED_V1,
  getPolicy,
  shanghaiDate,
  type EventEnvelope,
} from '@lz/policy';
import { OnEvent, type ServiceEventContext } from '../infra/prisma/prisma.service';
import { CreditFindingsRepository } from './credit-findings.repository';

const SYSTEM = { system: 'subsidy.credit-findings.consumer' } as const;

/**
 * docs/SPEC.md 5.3a in this service: while a credit finding is in effect against a consortium's lead
 * or a member, its PENDING claims are stopped (policy `credit.stopsPendingClaims`) and new ones
 * refused (claims.service.ts, claim-decision.service.ts consult the findings as stored). The events
 * may arrive late or out of order: an end stored before its finding keeps the finding from stopping
 * anything; a late finding stops what is pending when it arrives. An early end resumes the claims it
 * stopped, unless another finding still holds them.
 */
@Controller()
export class CreditFindingsConsumer {
  private readonly logger = new Logger(CreditFindingsConsumer.name);

  constructor(private readonly findings: CreditFindingsRepository) {}

  @OnEvent(CREDIT_FINDING_RECORDED_V1)
  async onRecorded(
    @Payload() event: EventEnvelope<typeof CREDIT_FINDING_RECORDED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    const tx = ctx.tx;
    const f = event.data;
    if (!(await this.findings.record(tx, f))) {
      this.logger.log(`credit finding ${f.findingId} is already recorded; nothing to do`);
      return;
    }
    const now = new Date();
    const stops =
      getPolicy(f.policyVersion).credit.stopsPendingClaims &&
      (await this.findings.isActive(tx, f.findingId, shanghaiDate(now)));
    const stopped = stops
      ? await this.findings.stopPendingClaims(
          tx,
          await this.findings.consortiaOf(tx, f.uscc),
          f.findingId,
          `单位${f.uscc}存在在效信用记录（${f.decisionRef}），待审补助申请中止（规则 5.3a）。`,
          now,
        )
      : [];
    await recordAudit(tx, SYSTEM, {
      action: 'credit-finding.recorded',
      objectType: 'credit-finding',
      objectId: f.findingId,
      detail: { uscc: f.uscc, stoppedClaims: stopped, eventId: event.id },
    });
  }

  @OnEvent(CREDIT_FINDING_ENDED_V1)
  async onEnded(
    @Payload() event: EventEnvelope<typeof CREDIT_FINDING_ENDED_V1>,
    @Ctx() ctx: ServiceEventContext,
  ): Promise<void> {
    const tx = ctx.tx;
    const e = event.data;
    if (!(await this.findings.end(tx, e))) {
      this.logger.log(`credit finding ${e.findingId} was already ended; nothing to do`);
      return;
    }
    const today = shanghaiDate(new Date());
    const resumed: string[] = [];
    const stopped = await this.findings.stoppedBy(tx, e.findingId);
    for (const consortiumId of new Set(stopped.map((c) => c.consortiumId))) {
      if ((await this.findings.activeAgainstConsortium(tx, consortiumId, today)).length > 0) continue;
      resumed.push(...stopped.filter((c) => c.consortiumId === consortiumId).map((c) => c.id));
    }
    await this.findings.resume(tx, resumed);
    await recordAudit(tx, SYSTEM, {
      action: 'credit-finding.ended',
      objectType: 'credit-finding',
      objectId: e.findingId,
      detail: { uscc: e.uscc, endedOn: e.endedOn, resumedClaims: resumed, eventId: event.id },
    });
  }
}
