import { Injectable } from '@nestjs/common';
import type { Expert } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';

/** The expert pool. */
@Injectable()
export class ExpertsRepository {
  create(
    tx: PrismaTx,
    data: { id: string; name: string; orgUscc: string; fields: string[] },
  ): Promise<Expert> {
    return tx.expert.create({ data });
  }

  list(tx: PrismaTx, field?: string): Promise<Expert[]> {
    return tx.expert.findMany({
      where: field ? { fields: { has: field } } : {},
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
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
