import { Injectable } from '@nestjs/common';
import type { ConsortiumRegisteredV1 } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';

export interface ConsortiumRow {
  id: string;
  leadUscc: string;
  filedOn: string;
  status: string;
  delistingDecidedAt: Date | null;
}

/** The consortia the registry filed, as this service knows them. */
@Injectable()
export class ConsortiaRepository {
  /** Records a filed consortium once; true when it was new. */
  async register(tx: PrismaTx, c: ConsortiumRegisteredV1): Promise<boolean> {
    const n = await tx.$executeRawUnsafe(
      `INSERT INTO consortium (id, filing_number, name, lead_uscc, filed_on)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      c.consortiumId,
      c.filingNumber,
      c.name,
      c.leadUscc,
      c.filedOn,
    );
    return n === 1;
  }

  /** ACTIVE → DELISTED, once. */
  async markDelisted(tx: PrismaTx, id: string, at: Date): Promise<boolean> {
    const n = await tx.$executeRawUnsafe(
      `UPDATE consortium SET status = 'DELISTED', delisted_at = $2::timestamptz WHERE id = $1 AND status = 'ACTIVE'`,
      id,
      at.toISOString(),
    );
    return n === 1;
  }

  /** Sets the 5.2c decision once; false when it had already been decided. */
  async decideDelisting(tx: PrismaTx, id: string, at: Date): Promise<boolean> {
    const n = await tx.$executeRawUnsafe(
      `UPDATE consortium SET delisting_decided_at = $2::timestamptz WHERE id = $1 AND delisting_decided_at IS NULL`,
      id,
      at.toISOString(),
    );
    return n === 1;
  }

  /** The consortia of these ids (for the evaluations' views: name, filing number, the 5.2c decision). */
  findMany(tx: PrismaTx, ids: readonly string[]) {
    return tx.consortium.findMany({ where: { id: { in: [...new Set(ids)] } } });
  }

  /** Locks the consortium row: results of one consortium are recorded one at a time. */
  async lock(tx: PrismaTx, id: string): Promise<ConsortiumRow | null> {
    const rows = await tx.$queryRawUnsafe<ConsortiumRow[]>(
      `SELECT id, lead_uscc AS "leadUscc", filed_on AS "filedOn", status,
              delisting_decided_at AS "delistingDecidedAt"
         FROM consortium WHERE id = $1 FOR UPDATE`,
      id,
    );
    return rows[0] ?? null;
  }
}
