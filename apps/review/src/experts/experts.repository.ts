import { Injectable } from '@nestjs/common';
import { containsText, pageArgs } from '@lz/http';
import type { Expert, Prisma } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { ExpertListQuery } from './experts.schema';

/** The expert pool. */
@Injectable()
export class ExpertsRepository {
  create(
    tx: PrismaTx,
    data: { id: string; name: string; orgUscc: string; fields: string[] },
  ): Promise<Expert> {
    return tx.expert.create({ data });
  }

  /** One page of the pool (id tiebreak). */
  async page(tx: PrismaTx, q: ExpertListQuery): Promise<{ rows: Expert[]; total: number }> {
    const where: Prisma.ExpertWhereInput = {
      AND: [
        q.field ? { fields: { has: q.field } } : {},
        q.q ? { OR: [{ name: containsText(q.q) }, { orgUscc: containsText(q.q) }] } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      tx.expert.findMany({ where, ...pageArgs<Prisma.ExpertOrderByWithRelationInput>(q) }),
      tx.expert.count({ where }),
    ]);
    return { rows, total };
  }

  /** Every expert of a field: the candidates of a draw. */
  inField(tx: PrismaTx, field: string): Promise<Expert[]> {
    return tx.expert.findMany({ where: { fields: { has: field } }, orderBy: { id: 'asc' } });
  }

  findMany(tx: PrismaTx, ids: string[]): Promise<Expert[]> {
    return tx.expert.findMany({ where: { id: { in: ids } } });
  }
}

export function expertView(e: Expert) {
  return {
    id: e.id,
    name: e.name,
    orgUscc: e.orgUscc,
    fields: e.fields,
    createdAt: e.createdAt.toISOString(),
  };
}
