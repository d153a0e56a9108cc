import { Injectable } from '@nestjs/common';
import { containsText, pageArgs } from '@lz/http';
import type { ExpertStatus } from '@lz/policy';
import type { Expert, Prisma } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { ExpertListQuery, ExpertView } from './experts.schema';

/** The columns an officer writes (name, organisation, fields, title, contact). */
export interface ExpertData {
  name: string;
  orgUscc: string;
  orgName: string | null;
  fields: string[];
  title: string | null;
  phone: string | null;
  email: string | null;
}

/** The expert pool. */
@Injectable()
export class ExpertsRepository {
  create(tx: PrismaTx, data: ExpertData & { id: string }): Promise<Expert> {
    return tx.expert.create({ data });
  }

  update(tx: PrismaTx, id: string, data: Partial<ExpertData>, at: Date): Promise<Expert> {
    return tx.expert.update({ where: { id }, data: { ...data, updatedAt: at } });
  }

  retire(tx: PrismaTx, id: string, reason: string, at: Date): Promise<Expert> {
    return tx.expert.update({
      where: { id },
      data: { status: 'RETIRED' satisfies ExpertStatus, retiredAt: at, retireReason: reason, updatedAt: at },
    });
  }

  /** The expert, its row locked until the transaction ends (edits and retirement serialise). */
  async lockById(tx: PrismaTx, id: string): Promise<Expert | null> {
    await tx.$queryRaw`SELECT 1 FROM expert WHERE id = ${id}::uuid FOR UPDATE`;
    return tx.expert.findUnique({ where: { id } });
  }

  findById(tx: PrismaTx, id: string): Promise<Expert | null> {
    return tx.expert.findUnique({ where: { id } });
  }

  /** The expert of this natural key (organisation USCC + name), if any. */
  findByKey(tx: PrismaTx, key: { orgUscc: string; name: string }): Promise<Expert | null> {
    return tx.expert.findUnique({ where: { orgUscc_name: { orgUscc: key.orgUscc, name: key.name } } });
  }

  /** Every expert of these organisations (an import's candidates for its natural keys). */
  ofOrganisations(tx: PrismaTx, orgUsccs: string[]): Promise<Expert[]> {
    return tx.expert.findMany({ where: { orgUscc: { in: orgUsccs } } });
  }

  /**
   * Holds the pool still for an import: imports serialise, and no expert is written beside one, so
   * the natural keys it matched stay what it saw. Reads go on.
   */
  async lockPool(tx: PrismaTx): Promise<void> {
    await tx.$executeRaw`LOCK TABLE expert IN SHARE ROW EXCLUSIVE MODE`;
  }

  /** One page of the pool (id tiebreak). */
  async page(tx: PrismaTx, q: ExpertListQuery): Promise<{ rows: Expert[]; total: number }> {
    const where: Prisma.ExpertWhereInput = {
      AND: [
        q.field ? { fields: { has: q.field } } : {},
        q.status ? { status: q.status } : {},
        q.q
          ? {
              OR: [
                { name: containsText(q.q) },
                { orgUscc: containsText(q.q) },
                { orgName: containsText(q.q) },
              ],
            }
          : {},
      ],
    };
    const [rows, total] = await Promise.all([
      tx.expert.findMany({ where, ...pageArgs<Prisma.ExpertOrderByWithRelationInput>(q) }),
      tx.expert.count({ where }),
    ]);
    return { rows, total };
  }

  /** Every expert of a field still in the pool: the candidates of a draw (a retired one is never drawn). */
  inField(tx: PrismaTx, field: string): Promise<Expert[]> {
    return tx.expert.findMany({
      where: { fields: { has: field }, status: 'ACTIVE' satisfies ExpertStatus },
      orderBy: { id: 'asc' },
    });
  }

  findMany(tx: PrismaTx, ids: string[]): Promise<Expert[]> {
    return tx.expert.findMany({ where: { id: { in: ids } } });
  }
}

export function expertView(e: Expert): ExpertView {
  return {
    id: e.id,
    name: e.name,
    orgUscc: e.orgUscc,
    orgName: e.orgName,
    fields: e.fields,
    title: e.title,
    phone: e.phone,
    email: e.email,
    status: e.status as ExpertStatus,
    retiredAt: e.retiredAt?.toISOString() ?? null,
    retireReason: e.retireReason,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
