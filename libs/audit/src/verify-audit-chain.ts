import type { SqlClient } from '@lz/persistence';
import { auditRowHash, GENESIS_HASH, isoMicros } from './audit-hash';

export type AuditChainVerdict =
  | { ok: true; rows: number; lastSeq: string | null; lastHash: string }
  | { ok: false; rows: number; brokenAt: string; reason: string };

interface StoredRow {
  seq: string;
  at_us: string;
  actor: string;
  role: string;
  action: string;
  object_type: string;
  object_id: string;
  ip: string | null;
  outcome: string;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

const BATCH = 1000;

/**
 * Re-walks the whole chain in seq order and reports the first break: a changed row (its hash no
 * longer matches its content), a deleted row (a gap in seq, or prev_hash ≠ the previous row's hash)
 * or a reordered one (prev_hash or seq out of place). A deleted *last* row leaves a valid, shorter
 * chain: compare `lastSeq`/`lastHash` with an externally kept checkpoint to catch that.
 */
export async function verifyAuditChain(client: SqlClient): Promise<AuditChainVerdict> {
  let expectedSeq = 1n;
  let prevHash = GENESIS_HASH;
  let rows = 0;
  for (;;) {
    const batch = await client.$queryRawUnsafe<StoredRow[]>(
      `SELECT a.seq::text AS seq,
              (extract(epoch FROM at) * 1000000)::bigint::text AS at_us,
              actor, role, action, object_type, object_id, ip, outcome,
              detail::text AS detail, prev_hash, hash
         FROM audit_log a WHERE a.seq >= $1::bigint ORDER BY a.seq LIMIT ${BATCH}`,
      expectedSeq.toString(),
    );
    for (const row of batch) {
      const seq = BigInt(row.seq);
      if (seq !== expectedSeq) {
        return {
          ok: false,
          rows,
          brokenAt: expectedSeq.toString(),
          reason: `row ${expectedSeq} is missing (next row is ${row.seq}): deleted`,
        };
      }
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          rows,
          brokenAt: row.seq,
          reason: `row ${row.seq}: prev_hash does not match row ${seq - 1n}'s hash: a row was deleted, replaced or reordered`,
        };
      }
      const recomputed = auditRowHash({
        seq: row.seq,
        at: isoMicros(BigInt(row.at_us)),
        actor: row.actor,
        role: row.role,
        action: row.action,
        objectType: row.object_type,
        objectId: row.object_id,
        ip: row.ip,
        outcome: row.outcome,
        detail: row.detail === null ? null : (JSON.parse(row.detail) as unknown),
        prevHash: row.prev_hash,
      });
      if (recomputed !== row.hash) {
        return {
          ok: false,
          rows,
          brokenAt: row.seq,
          reason: `row ${row.seq}: content does not match its hash: changed`,
        };
      }
      prevHash = row.hash;
      expectedSeq = seq + 1n;
      rows += 1;
    }
    if (batch.length < BATCH) break;
  }
  return { ok: true, rows, lastSeq: rows === 0 ? null : (expectedSeq - 1n).toString(), lastHash: prevHash };
}
