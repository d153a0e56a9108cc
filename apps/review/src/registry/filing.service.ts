import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import { shanghaiDateOf, yearOf } from '@lz/calendar';
import { NotFoundProblem } from '@lz/http';
import { OutboxWriter } from '@lz/messaging';
import { recordAudit } from '@lz/platform';
import {
  CONSORTIUM_REGISTERED_V1,
  type ItemClearedV1,
  type ItemContestedV1,
  toJurisdictionCode,
} from '@lz/policy';
import { caseMembers, ReviewCaseRepository } from '../cases/review-case.repository';
import { assertStepAllowed } from '../cases/review-case.status';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { formatFilingNumber } from './filing-number';
import { RegistryRepository } from './registry.repository';
import { consortiumView } from './registry.service';

/**
 * 审批、入库 (docs/SPEC.md §3.6): publicity's outcome reaches the case (CLEARED / CONTESTED); an officer
 * approves a CLEARED item, which creates the consortium with the next filing number of the
 * Asia/Shanghai year of the approval.
 */
@Injectable()
export class FilingService {
  private readonly logger = new Logger(FilingService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: ReviewCaseRepository,
    private readonly registry: RegistryRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async onCleared(tx: PrismaTx, data: ItemClearedV1): Promise<void> {
    const c = await this.cases.lockById(tx, data.applicationId);
    if (!c || c.status !== 'CITY_TO_BE_FILED') {
      this.logger.warn(
        `item cleared for application ${data.applicationId} in status ${c?.status ?? 'unknown'}: ignored`,
      );
      return;
    }
    await this.cases.setStatus(tx, c.applicationId, 'CLEARED', {
      noticeId: data.noticeId,
      publicityEndedAt: new Date(data.endsAt),
    });
    await recordAudit(
      tx,
      { system: 'review.consumer' },
      {
        action: 'filing.cleared',
        objectType: 'application',
        objectId: c.applicationId,
        detail: {
          noticeId: data.noticeId,
          endsAt: data.endsAt,
          dismissedObjections: data.dismissedObjections,
        },
      },
    );
  }

  /** An upheld objection ends the application (docs/SPEC.md §3.6): it can never be filed. */
  async onContested(tx: PrismaTx, data: ItemContestedV1): Promise<void> {
    const c = await this.cases.lockById(tx, data.applicationId);
    if (!c || (c.status !== 'CITY_TO_BE_FILED' && c.status !== 'CLEARED')) {
      this.logger.warn(
        `item contested for application ${data.applicationId} in status ${c?.status ?? 'unknown'}: ignored`,
      );
      return;
    }
    await this.cases.setStatus(tx, c.applicationId, 'CONTESTED', { noticeId: data.noticeId });
    await recordAudit(
      tx,
      { system: 'review.consumer' },
      {
        action: 'filing.contested',
        objectType: 'application',
        objectId: c.applicationId,
        outcome: 'SUCCESS',
        detail: { noticeId: data.noticeId, objectionId: data.objectionId, reason: data.reason },
      },
    );
  }

  async approve(officer: Principal, ip: string | undefined, applicationId: string) {
    const consortium = await this.prisma.transaction(async (tx) => {
      const c = await this.cases.lockById(tx, applicationId);
      if (!c) throw new NotFoundProblem('application');
      assertStepAllowed('filingApproval', c.status);
      const filedAt = new Date();
      const filedOn = shanghaiDateOf(filedAt);
      const year = yearOf(filedOn);
      const sequence = await this.registry.nextSequence(tx, year);
      const filingNumber = formatFilingNumber(year, sequence);
      const members = caseMembers(c).map(({ uscc, name }) => ({ uscc, name }));
      const created = await this.registry.create(tx, {
        id: randomUUID(),
        applicationId,
        filingNumber,
        filingYear: year,
        filingSequence: sequence,
        filedOn,
        filedAt,
        name: c.name,
        field: c.field,
        jurisdictionCode: c.jurisdictionCode,
        leadUscc: c.leadUscc,
        leadName: c.leadName,
        members,
        status: 'ACTIVE',
      });
      await this.cases.setStatus(tx, applicationId, 'FILED');
      await this.outbox.add(tx, {
        type: CONSORTIUM_REGISTERED_V1,
        policyVersion: c.policyVersion,
        data: {
          consortiumId: created.id,
          applicationId,
          filingNumber,
          filedOn,
          filedAt: filedAt.toISOString(),
          name: c.name,
          field: c.field,
          jurisdictionCode: toJurisdictionCode(c.jurisdictionCode),
          leadUscc: c.leadUscc,
          leadName: c.leadName,
          members,
        },
      });
      await recordAudit(
        tx,
        { principal: officer, ip },
        {
          action: 'filing.approved',
          objectType: 'application',
          objectId: applicationId,
          detail: { consortiumId: created.id, filingNumber },
        },
      );
      return created;
    });
    return consortiumView(consortium);
  }
}
