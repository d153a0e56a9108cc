import { Injectable } from '@nestjs/common';
import { escapeLike } from '@lz/http';
import type { CityDecidedV1 } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';

/** The columns `GET /notices/candidates` may be sorted by (its schema's whitelist). */
const SORT_COLUMNS = { decidedAt: 'decided_at', name: 'name' } as const;

export interface UnpublishedQuery {
  page: number;
  pageSize: number;
  sort: ReadonlyArray<{ field: string; direction: 'asc' | 'desc' }>;
  q?: string;
}

export interface CandidateRow {
  applicationId: string;
  revision: number;
  decision: string;
  name: string;
  field: string;
  leadUscc: string;
  leadName: string;
  jurisdictionCode: string;
  decidedAt: Date;
}

/** Applications the city decided on (review.city.decided.v1); TO_BE_FILED ones may be published. */
@Injectable()
export class CandidatesRepository {
  /**
   * Records the decision unless a later one (higher revision, or same revision decided later) is
   * already stored: redelivered and out-of-order events change nothing. Returns whether it applied.
   */
  async record(tx: PrismaTx, d: CityDecidedV1): Promise<boolean> {
    const n = await tx.$executeRawUnsafe(
      `INSERT INTO candidate (application_id, revision, decision, name, field, lead_uscc, lead_name,
                              jurisdiction_code, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz)
       ON CONFLICT (application_id) DO UPDATE SET
         revision = EXCLUDED.revision, decision = EXCLUDED.decision, name = EXCLUDED.name,
         field = EXCLUDED.field, lead_uscc = EXCLUDED.lead_uscc, lead_name = EXCLUDED.lead_name,
         jurisdiction_code = EXCLUDED.jurisdiction_code, decided_at = EXCLUDED.decided_at,
         received_at = CURRENT_TIMESTAMP
       WHERE (candidate.revision, candidate.decided_at) < (EXCLUDED.revision, EXCLUDED.decided_at)`,
      d.applicationId,
      d.revision,
      d.decision,
      d.name,
      d.field,
      d.leadUscc,
      d.leadName,
      d.jurisdictionCode,
      d.decidedAt,
    );
    return n > 0;
  }

  findMany(tx: PrismaTx, applicationIds: readonly string[]): Promise<CandidateRow[]> {
    return tx.candidate.findMany({ where: { applicationId: { in: [...applicationIds] } } });
  }

  /**
   * One page of the TO_BE_FILED candidates on no notice yet (what the next notice may carry), in the
   * query's order with the application id as tiebreak, and their total.
   */
  async listUnpublished(tx: PrismaTx, q: UnpublishedQuery): Promise<[CandidateRow[], number]> {
    const where = [
      `c.decision = 'TO_BE_FILED'`,
      `NOT EXISTS (SELECT 1 FROM notice_item i WHERE i.application_id = c.application_id)`,
    ];
    const params: unknown[] = [];
    if (q.q) {
      params.push(`%${escapeLike(q.q)}%`);
      where.push(`(c.name ILIKE $1 OR c.lead_name ILIKE $1 OR c.lead_uscc ILIKE $1)`);
    }
    const order = q.sort
      .filter((t): t is typeof t & { field: keyof typeof SORT_COLUMNS } => t.field in SORT_COLUMNS)
      .map((t) => `c.${SORT_COLUMNS[t.field]} ${t.direction === 'desc' ? 'DESC' : 'ASC'}`);
    order.push('c.application_id ASC');
    const sql = `FROM candidate c WHERE ${where.join(' AND ')}`;
    const [rows, count] = await Promise.all([
      tx.$queryRawUnsafe<
        Array<{
          application_id: string;
          revision: number;
          decision: string;
          name: string;
          field: string;
          lead_uscc: string;
          lead_name: string;
          jurisdiction_code: string;
          decided_at: Date;
        }>
      >(
        `SELECT c.application_id, c.revision, c.decision, c.name, c.field, c.lead_uscc, c.lead_name,
                c.jurisdiction_code, c.decided_at
         ${sql} ORDER BY ${order.join(', ')}
         LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
        ...params,
      ),
      tx.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n ${sql}`, ...params),
    ]);
    return [
      rows.map((r) => ({
        applicationId: r.application_id,
        revision: r.revision,
        decision: r.decision,
        name: r.name,
        field: r.field,
        leadUscc: r.lead_uscc,
        leadName: r.lead_name,
        jurisdictionCode: r.jurisdiction_code,
        decidedAt: r.decided_at,
      })),
      count[0]?.n ?? 0,
    ];
  }
}
