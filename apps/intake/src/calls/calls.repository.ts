import { Injectable } from '@nestjs/common';
import { containsText, pageArgs } from '@lz/http';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { Call, Prisma } from '../infra/prisma/generated/client';
import type { CallStatus, ListCallsQuery } from './calls.schema';

/** Where a call stands at `now` (opensAt inclusive, closesAt exclusive: docs/SPEC.md 3.1). */
function statusWhere(status: CallStatus, now: Date): Prisma.CallWhereInput {
  switch (status) {
    case 'UPCOMING':
      return { opensAt: { gt: now } };
    case 'OPEN':
      return { opensAt: { lte: now }, closesAt: { gt: now } };
    case 'CLOSED':
      return { closesAt: { lte: now } };
  }
}

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

  /** Ends the window at `now` (提前截止). */
  close(tx: PrismaTx, id: string, now: Date): Promise<CallRow> {
    return tx.call.update({ where: { id }, data: { closesAt: now } });
  }

  /** The call, locked for a change of its window. */
  async findForUpdate(tx: PrismaTx, id: string): Promise<CallRow | null> {
    await tx.$queryRawUnsafe(`SELECT 1 FROM call WHERE id = $1::uuid FOR UPDATE`, id);
    return this.find(tx, id);
  }

  find(tx: PrismaTx, id: string): Promise<CallRow | null> {
    return tx.call.findUnique({ where: { id } });
  }

  /** One page of calls (public facts, no scope), id tiebreak. */
  async page(tx: PrismaTx, q: ListCallsQuery, now: Date): Promise<{ rows: CallRow[]; total: number }> {
    const where: Prisma.CallWhereInput = {
      AND: [
        q.year === undefined ? {} : { year: q.year },
        q.status ? statusWhere(q.status, now) : {},
        q.q ? { title: containsText(q.q) } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      tx.call.findMany({ where, ...pageArgs<Prisma.CallOrderByWithRelationInput>(q) }),
      tx.call.count({ where }),
    ]);
    return { rows, total };
  }
}
