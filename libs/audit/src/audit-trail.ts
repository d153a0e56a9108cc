import type { SqlClient } from '@lz/persistence';
import { type AuditRowContent } from './audit-hash';
import { AUDIT_ROW_COLUMNS, auditRowContent, type StoredAuditRow } from './audit-row';
import { verifyAuditChain, type AuditChainVerdict, type VerifyAuditChainOptions } from './verify-audit-chain';

/**
 * Where one row of a subject's trail stands in the service's SM3 chain (after `verifyAuditChain`):
 * - `VERIFIED`: chained, and the walk recomputed its hash before any break;
 * - `BROKEN`: the row the verification stopped at (changed, deleted neighbour, renumbered, or
 *   unchained for too long);
 * - `UNVERIFIED`: chained after the break, so its hash was not checked;
 * - `PENDING`: committed but not chained yet (the chainer runs every few hundred ms).
 */
export type AuditRowChainState = 'VERIFIED' | 'BROKEN' | 'UNVERIFIED' | 'PENDING';

export interface AuditTrailRow extends AuditRowContent {
  /** Its chain position, null while unchained. */
  position: string | null;
  chain: AuditRowChainState;
}

export interface AuditTrailQuery {
  /** The application, consortium, claim, … the rows concern. */
  subjectId: string;
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
}

export interface AuditTrail {
  rows: AuditTrailRow[];
  total: number;
  /** The verdict over this service's whole chain (rows of other subjects included). */
  verdict: AuditChainVerdict;
}

/**
 * A row concerns a subject when the subject is its object, or when its detail names the subject as a
 * value anywhere (a claim's `consortiumId`, a notice's `applicationIds`, an objection's
 * `applicationId`, a filing's `consortiumId`): jsonb_path over every value, exact string equality.
 */
const SUBJECT_FILTER = `(a.object_id = $1
   OR (a.detail IS NOT NULL AND jsonb_path_exists(a.detail, '$.** ? (@ == $id)', jsonb_build_object('id', $1::text))))`;

function chainStateOf(row: { seq: string; position: string | null }, verdict: AuditChainVerdict) {
  if (!verdict.ok && verdict.seq === row.seq) return 'BROKEN';
  if (row.position === null) return 'PENDING';
  if (verdict.ok || BigInt(row.position) < BigInt(verdict.brokenAt)) return 'VERIFIED';
  return 'UNVERIFIED';
}

/**
 * One page of the audit rows that concern a subject, in time order (`at`, then `seq`), each with
 * its chain position and state, the total, and the verdict of the service's chain. Reads only; the
 * verification walks the whole chain (`verifyAuditChain`), so it costs one pass over audit_chain.
 */
export async function readAuditTrail(
  client: SqlClient,
  query: AuditTrailQuery,
  options: VerifyAuditChainOptions = {},
): Promise<AuditTrail> {
  const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
  const [rows, counted] = await Promise.all([
    client.$queryRawUnsafe<Array<StoredAuditRow & { position: string | null }>>(
      `SELECT ${AUDIT_ROW_COLUMNS}, c.position::text AS position
         FROM audit_log a LEFT JOIN audit_chain c ON c.audit_seq = a.seq
        WHERE ${SUBJECT_FILTER}
        ORDER BY a.at ${direction}, a.seq ${direction}
        LIMIT $2::int OFFSET $3::int`,
      query.subjectId,
      query.limit,
      query.offset,
    ),
    client.$queryRawUnsafe<Array<{ total: number }>>(
      `SELECT count(*)::int AS total FROM audit_log a WHERE ${SUBJECT_FILTER}`,
      query.subjectId,
    ),
  ]);
  const verdict = await verifyAuditChain(client, options);
  return {
    rows: rows.map((row) => ({
      ...auditRowContent(row),
      position: row.position,
      chain: chainStateOf(row, verdict),
    })),
    total: counted[0].total,
    verdict,
  };
}
