import { Injectable, Logger } from '@nestjs/common';
import { NotFoundProblem, pageOf } from '@lz/http';
import { OutboxWriter } from '@lz/messaging';
import { recordAudit } from '@lz/platform';
import { CONSORTIUM_DELISTED_V1, type DelistingDecidedV1 } from '@lz/policy';
import type { Consortium } from '../infra/prisma/generated/client';
import { isUuid } from '../infra/ids';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { RegistryRepository } from './registry.repository';
import type { ConsortiumView, RegistryQuery } from './registry.schema';

export function consortiumView(c: Consortium): ConsortiumView {
  return {
    id: c.id,
    applicationId: c.applicationId,
    name: c.name,
    field: c.field,
    jurisdictionCode: c.jurisdictionCode,
    lead: { uscc: c.leadUscc, name: c.leadName },
    members: c.members as Array<{ uscc: string; name: string }>,
    filingNumber: c.filingNumber,
    filedOn: c.filedOn,
    filedAt: c.filedAt.toISOString(),
    status: c.status as ConsortiumView['status'],
    delistedAt: c.delistedAt?.toISOString() ?? null,
  };
}

/** The public registry (入库名单) and delisting (5.2c). */
@Injectable()
export class RegistryService {
  private readonly logger = new Logger(RegistryService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly registry: RegistryRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async list(q: RegistryQuery) {
    const { items, total } = await this.registry.page(this.prisma, q);
    return pageOf(items.map(consortiumView), total, q);
  }

  async get(id: string): Promise<ConsortiumView> {
    const c = isUuid(id) ? await this.registry.findById(this.prisma, id) : null;
    if (!c) throw new NotFoundProblem('consortium');
    return consortiumView(c);
  }

  /** evaluation.delisting.decided.v1 → DELISTED + review.consortium.delisted.v1. Idempotent. */
  async delist(tx: PrismaTx, data: DelistingDecidedV1): Promise<void> {
    const c = isUuid(data.consortiumId) ? await this.registry.lockById(tx, data.consortiumId) : null;
    if (!c) {
      this.logger.warn(`delisting of unknown consortium ${data.consortiumId} ignored`);
      return;
    }
    if (c.status === 'DELISTED') return;
    const at = new Date();
    await this.registry.delist(tx, c.id, at, data.reason);
    await this.outbox.add(tx, {
      type: CONSORTIUM_DELISTED_V1,
      data: {
        consortiumId: c.id,
        filingNumber: c.filingNumber,
        leadUscc: c.leadUscc,
        rule: '5.2c',
        reason: data.reason,
        delistedAt: at.toISOString(),
      },
    });
    await recordAudit(
      tx,
      { system: 'review.consumer' },
      {
        action: 'consortium.delisted',
        objectType: 'consortium',
        objectId: c.id,
        detail: {
          filingNumber: c.filingNumber,
          rule: '5.2c',
          evaluationIds: data.evaluationIds,
          reason: data.reason,
        },
      },
    );
  }
}
