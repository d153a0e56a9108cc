import { Injectable } from '@nestjs/common';
import type { ConsortiumDelistedV1, ConsortiumRegisteredV1, EvaluationResultRecordedV1 } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';

/** The registry's consortia as the subsidy service knows them, and their latest evaluation grade. */
@Injectable()
export class RegistryRepository {
  /** A filed consortium, once (a later registration of a delisted one changes nothing). */
  async register(tx: PrismaTx, c: ConsortiumRegisteredV1): Promise<boolean> {
    const n = await tx.$executeRawUnsafe(
      `INSERT INTO consortium (id, lead_uscc, filing_number, name) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO NOTHING`,
      c.consortiumId,
      c.leadUscc,
      c.filingNumber,
      c.name,
    );
    if (n === 1 && c.members.length > 0) {
      // 5.3a: a finding against a member stops the consortium's claims too.
      await tx.$executeRawUnsafe(
        `INSERT INTO consortium_member (consortium_id, uscc) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
        c.consortiumId,
        c.members.map((m) => m.uscc),
      );
    }
    return n === 1;
  }

  /**
   * ACTIVE (or not yet known) → DELISTED, once. Takes the consortium row's lock, so a grant that holds
   * it FOR SHARE finishes first and any later grant sees DELISTED.
   */
  async delist(tx: PrismaTx, d: ConsortiumDelistedV1): Promise<boolean> {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO consortium (id, lead_uscc, filing_number, status, delisted_at)
       VALUES ($1, $2, $3, 'DELISTED', $4::timestamptz)
       ON CONFLICT (id) DO UPDATE SET status = 'DELISTED', delisted_at = EXCLUDED.delisted_at
        WHERE consortium.status = 'ACTIVE'
       RETURNING id`,
      d.consortiumId,
      d.leadUscc,
      d.filingNumber,
      new Date(d.delistedAt).toISOString(),
    );
    return rows.length === 1;
  }

  /** Keeps the newest grade per consortium (by cycle); true when this one was stored. */
  async recordGrade(tx: PrismaTx, r: EvaluationResultRecordedV1): Promise<boolean> {
    const rows = await tx.$queryRawUnsafe<{ consortium_id: string }[]>(
      `INSERT INTO evaluation_grade (consortium_id, evaluation_id, cycle, grade, passed, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6::timestamptz)
       ON CONFLICT (consortium_id) DO UPDATE SET evaluation_id = EXCLUDED.evaluation_id,
         cycle = EXCLUDED.cycle, grade = EXCLUDED.grade, passed = EXCLUDED.passed,
         recorded_at = EXCLUDED.recorded_at
        WHERE evaluation_grade.cycle <= EXCLUDED.cycle
       RETURNING consortium_id`,
      r.consortiumId,
      r.evaluationId,
      r.cycle,
      r.grade,
      r.passed,
      new Date(r.recordedAt).toISOString(),
    );
    return rows.length === 1;
  }

  /** 5.2c: every PENDING (or still DRAFT) claim of a delisted consortium → STOPPED. Returns their ids. */
  async stopPendingClaims(tx: PrismaTx, consortiumId: string, at: Date): Promise<string[]> {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE claim SET status = 'STOPPED', stopped_at = $2::timestamptz, stop_rule = '5.2c',
              stop_reason = '该创新联合体已取消备案并摘牌', stopped_by_finding = NULL
        WHERE consortium_id = $1 AND (status IN ('DRAFT', 'PENDING') OR (status = 'STOPPED' AND stop_rule = '5.3a'))
        RETURNING id::text AS id`,
      consortiumId,
      at.toISOString(),
    );
    return rows.map((r) => r.id);
  }

  find(tx: PrismaTx, id: string) {
    return tx.consortium.findUnique({ where: { id } });
  }

  /** Locks the consortium row FOR SHARE: grants run side by side, a delisting waits for them. */
  async shareLock(tx: PrismaTx, id: string): Promise<{ status: string } | null> {
    const rows = await tx.$queryRawUnsafe<{ status: string }[]>(
      `SELECT status FROM consortium WHERE id = $1 FOR SHARE`,
      id,
    );
    return rows[0] ?? null;
  }

  /** The consortia of these ids, as the registry filed them (for the claims' views). */
  findMany(tx: PrismaTx, ids: readonly string[]) {
    return tx.consortium.findMany({ where: { id: { in: [...new Set(ids)] } } });
  }

  grades(tx: PrismaTx, consortiumIds: readonly string[]) {
    return tx.evaluationGrade.findMany({ where: { consortiumId: { in: [...new Set(consortiumIds)] } } });
  }
}
