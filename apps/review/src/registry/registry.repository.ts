import { Injectable } from '@nestjs/common';
import { containsText, pageArgs } from '@lz/http';
import type { Consortium, Prisma } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { RegistryQuery } from './registry.schema';

/** The registry of filed consortia and the per-year filing-number counter. */
@Injectable()
export class RegistryRepository {
  /**
   * Allocates the next filing sequence of `year` inside the caller's transaction: the upsert takes the
   * counter row's lock until commit, so concurrent approvals queue on it and a rolled-back approval
   * gives its number back — numbers are consecutive with no gaps. The unique index on
   * (filing_year, filing_sequence) backs it up.
   */
  async nextSequence(tx: PrismaTx, year: number): Promise<number> {
    const rows = await tx.$queryRaw<{ last_sequence: number }[]>`
      INSERT INTO filing_counter (year, last_sequence) VALUES (${year}, 1)
      ON CONFLICT (year) DO UPDATE SET last_sequence = filing_counter.last_sequence + 1
      RETURNING last_sequence`;
    return Number(rows[0].last_sequence);
  }

  create(tx: PrismaTx, data: Prisma.ConsortiumUncheckedCreateInput): Promise<Consortium> {
    return tx.consortium.create({ data });
  }

  findById(tx: PrismaTx, id: string): Promise<Consortium | null> {
    return tx.consortium.findUnique({ where: { id } });
  }

  findByApplication(tx: PrismaTx, applicationId: string): Promise<Consortium | null> {
    return tx.consortium.findUnique({ where: { applicationId } });
  }

  async lockById(tx: PrismaTx, id: string): Promise<Consortium | null> {
    const rows = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM consortium WHERE id = ${id}::uuid FOR UPDATE`;
    return rows.length === 0 ? null : this.findById(tx, id);
  }

  /** One page of the public registry (no scope: public facts), id tiebreak. */
  async page(tx: PrismaTx, q: RegistryQuery): Promise<{ items: Consortium[]; total: number }> {
    const where: Prisma.ConsortiumWhereInput = {
      AND: [
        q.status ? { status: q.status } : {},
        q.field ? { field: q.field } : {},
        q.jurisdictionCode ? { jurisdictionCode: q.jurisdictionCode } : {},
        q.q
          ? {
              OR: [
                { name: containsText(q.q) },
                { leadName: containsText(q.q) },
                { leadUscc: containsText(q.q) },
                { filingNumber: containsText(q.q) },
              ],
            }
          : {},
      ],
    };
    const [items, total] = await Promise.all([
      tx.consortium.findMany({
        where,
        ...pageArgs<Prisma.ConsortiumOrderByWithRelationInput, RegistryQuery['sort'][number]['field']>(q, {
          columns: { filingNumber: ['filingYear', 'filingSequence'] },
        }),
      }),
      tx.consortium.count({ where }),
    ]);
    return { items, total };
  }

  delist(tx: PrismaTx, id: string, at: Date, reason: string): Promise<Consortium> {
    return tx.consortium.update({
      where: { id },
      data: { status: 'DELISTED', delistedAt: at, delistReason: reason },
    });
  }
}
