import { Injectable } from '@nestjs/common';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { Call } from '../infra/prisma/generated/client';

export type CallRow = Call;

/** Calls are city-wide public facts: no scope. */
@Injectable()
export class CallsRepository {
  async lockYear(tx: PrismaTx, year: number): Promise<void> {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('intake.call.year'), $1::int)`, year);
  }

  countInYear(tx: PrismaTx, year: number): Promise<number> {
    return tx.call.count({ where: { year } });
  }

  insert(tx: PrismaTx, row: Omit<Call, 'createdAt'>): Promise<CallRow> {
    return tx.call.create({ data: row });
  }

  find(tx: PrismaTx, id: string): Promise<CallRow | null> {
    return tx.call.findUnique({ where: { id } });
  }

  list(tx: PrismaTx, year?: number): Promise<CallRow[]> {
    return tx.call.findMany({
      where: year === undefined ? {} : { year },
      orderBy: [{ opensAt: 'desc' }],
      take: 200,
    });
  }
}
