import type { SqlClient } from '@lz/persistence';
import { auditChainHash, GENESIS_HASH } from './audit-hash';
import { AUDIT_ROW_COLUMNS, auditRowContent, type StoredAuditRow } from './audit-row';

export interface AuditChainCounts {
  /** Audit rows seen: chained + unchained. */
  rows: number;
  /** Chain rows verified (in position order, up to the break if any). */
  chained: number;
  /** Committed audit rows not chained yet (or chained after the walk, or after the break). */
  unchained: number;
  /** Age of the oldest unchained row (now − its `at`), ms; null when none. */
  oldestUnchainedAgeMs: number | null;
}

export type AuditChainVerdict =
  | (AuditChainCounts & {
      ok: true;
      /** Highest audit_log.seq (null: no rows). */
      lastSeq: string | null;
      /** Last chain position and its hash (0 / 64 zeros for an empty chain): keep as checkpoints. */
      lastPosition: string;
      lastHash: string;
    })
  | (AuditChainCounts & {
      ok: false;
      /** Chain position where the walk stopped (for a stale unchained row: the next position). */
      brokenAt: string;
      /** The audit_log.seq concerned, when known. */
      seq: string | null;
      reason: string;
    });

export interface VerifyAuditChainOptions {
  /** An audit row unchained for longer than this is a finding (default 60 000 ms). */
  maxUnchainedAgeMs?: number;
}

export const DEFAULT_MAX_UNCHAINED_AGE_MS = 60_000;

interface ChainJoinRow extends Omit<StoredAuditRow, 'seq'> {
  position: string;
  audit_seq: string;
  prev_hash: string;
  hash: string;
  /** audit_log.seq, null when the chained audit row is gone. */
  seq: string | null;
}

const BATCH = 1000;

/**
 * Re-walks audit_chain in position order and recomputes every hash from the current audit_log
 * row. First finding wins: a position gap or reorder, a prev_hash that is not the previous hash,
 * a chain row whose audit row is missing (deleted), a hash that no longer matches the row
 * (changed, renumbered or moved). Then counts audit rows not chained yet: one older than
 * `maxUnchainedAgeMs` is a finding too (the chainer is not running, or a chain row was removed).
 * A deleted *tail* (last chain rows and their audit rows) leaves a shorter valid chain: compare
 * `lastPosition`/`lastHash` with an externally kept checkpoint to catch that.
 */
export async function verifyAuditChain(
  client: SqlClient,
  options: VerifyAuditChainOptions = {},
): Promise<AuditChainVerdict> {
  const maxAge = options.maxUnchainedAgeMs ?? DEFAULT_MAX_UNCHAINED_AGE_MS;
  let expected = 1n;
  let prevHash = GENESIS_HASH;
  let chained = 0;
  let finding: { brokenAt: string; seq: string | null; reason: string } | null = null;
  walk: for (;;) {
    const batch = await client.$queryRawUnsafe<ChainJoinRow[]>(
      `SELECT c.position::text AS position, c.audit_seq::text AS audit_seq, c.prev_hash, c.hash,
              ${AUDIT_ROW_COLUMNS}
         FROM audit_chain c LEFT JOIN audit_log a ON a.seq = c.audit_seq
        WHERE c.position >= $1::bigint ORDER BY c.position LIMIT ${BATCH}`,
      expected.toString(),
    );
    for (const row of batch) {
      const position = BigInt(row.position);
      if (position !== expected) {
        finding = {
          brokenAt: expected.toString(),
          seq: null,
          reason: `chain position ${expected} is missing (next is ${row.position}): deleted or reordered`,
        };
        break walk;
      }
      if (row.prev_hash !== prevHash) {
        finding = {
          brokenAt: row.position,
          seq: row.audit_seq,
          reason: `chain position ${row.position}: prev_hash does not match position ${position - 1n}'s hash: a chain row was deleted, replaced or reordered`,
        };
        break walk;
      }
      if (row.seq === null) {
        finding = {
          brokenAt: row.position,
          seq: row.audit_seq,
          reason: `chain position ${row.position}: audit row ${row.audit_seq} is missing: deleted`,
        };
        break walk;
      }
      const recomputed = auditChainHash(prevHash, row.position, auditRowContent({ ...row, seq: row.seq }));
      if (recomputed !== row.hash) {
        finding = {
          brokenAt: row.position,
          seq: row.audit_seq,
          reason: `chain position ${row.position}: audit row ${row.audit_seq} does not match its hash: changed`,
        };
        break walk;
      }
      prevHash = row.hash;
      expected = position + 1n;
      chained += 1;
    }
    if (batch.length < BATCH) break;
  }
  const [pending] = await client.$queryRawUnsafe<
    { unchained: number; oldest_seq: string | null; oldest_age_ms: number | null; last_seq: string | null }[]
  >(
    `SELECT u.unchained, u.oldest_seq, u.oldest_age_ms, (SELECT max(seq)::text FROM audit_log) AS last_seq
       FROM (SELECT count(*)::int AS unchained,
                    (array_agg(a.seq::text ORDER BY a.at, a.seq))[1] AS oldest_seq,
                    (extract(epoch FROM now() - min(a.at)) * 1000)::float8 AS oldest_age_ms
               FROM audit_log a
              WHERE NOT EXISTS (SELECT 1 FROM audit_chain c
                                 WHERE c.audit_seq = a.seq AND c.position < $1::bigint)) u`,
    // Rows chained after the walk (a chainer runs meanwhile) count as unchained, not as nothing.
    expected.toString(),
  );
  const counts: AuditChainCounts = {
    rows: chained + pending.unchained,
    chained,
    unchained: pending.unchained,
    oldestUnchainedAgeMs:
      pending.oldest_age_ms === null ? null : Math.max(0, Math.round(pending.oldest_age_ms)),
  };
  if (finding) return { ok: false, ...counts, ...finding };
  if (counts.oldestUnchainedAgeMs !== null && counts.oldestUnchainedAgeMs > maxAge) {
    return {
      ok: false,
      ...counts,
      brokenAt: expected.toString(),
      seq: pending.oldest_seq,
      reason: `audit row ${pending.oldest_seq} unchained for ${counts.oldestUnchainedAgeMs} ms (> ${maxAge}): chainer not running, or its chain row was removed`,
    };
  }
  return {
    ok: true,
    ...counts,
    lastSeq: pending.last_seq,
    lastPosition: (expected - 1n).toString(),
    lastHash: prevHash,
  };
}
