import { Injectable } from '@nestjs/common';
import type { PrismaTx } from '../infra/prisma/prisma.service';

export interface BudgetRow {
  year: number;
  totalFen: number;
  grantedFen: number;
}

/**
 * The budget per year. Spending is one conditional UPDATE (row lock, re-checked after waiting), so
 * concurrent grants never take the granted total past the total; CHECK `granted_fen <= total_fen`
 * backs it in the database.
 */
@Injectable()
export class BudgetsRepository {
  /** Sets the year's total; refused (null) when it would fall below what is already granted. */
  async put(tx: PrismaTx, year: number, totalFen: number, by: string): Promise<BudgetRow | null> {
    const rows = await tx.$queryRawUnsafe<{ year: number; total_fen: string; granted_fen: string }[]>(
      `INSERT INTO budget (year, total_fen, updated_by) VALUES ($1, $2::bigint, $3)
       ON CONFLICT (year) DO UPDATE SET total_fen = EXCLUDED.total_fen, updated_by = EXCLUDED.updated_by,
         updated_at = CURRENT_TIMESTAMP
        WHERE budget.granted_fen <= EXCLUDED.total_fen
       RETURNING year, total_fen::text AS total_fen, granted_fen::text AS granted_fen`,
      year,
      String(totalFen),
      by,
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async find(tx: PrismaTx, year: number): Promise<BudgetRow | null> {
    const b = await tx.budget.findUnique({ where: { year } });
    return b ? { year: b.year, totalFen: Number(b.totalFen), grantedFen: Number(b.grantedFen) } : null;
  }

  /** Adds `amountFen` to the year's granted total if it fits; null when it does not (or no budget). */
  async spend(tx: PrismaTx, year: number, amountFen: number): Promise<BudgetRow | null> {
    const rows = await tx.$queryRawUnsafe<{ year: number; total_fen: string; granted_fen: string }[]>(
      `UPDATE budget SET granted_fen = granted_fen + $2::bigint, updated_at = CURRENT_TIMESTAMP
        WHERE year = $1 AND granted_fen + $2::bigint <= total_fen
        RETURNING year, total_fen::text AS total_fen, granted_fen::text AS granted_fen`,
      year,
      String(amountFen),
    );
    return rows[0] ? toRow(rows[0]) : null;
  }
}

function toRow(r: { year: number; total_fen: string; granted_fen: string }): BudgetRow {
  return { year: r.year, totalFen: Number(r.total_fen), grantedFen: Number(r.granted_fen) };
}
