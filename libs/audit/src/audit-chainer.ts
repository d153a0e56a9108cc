import type { SqlClient, TransactionRunner } from '@lz/persistence';
import { auditChainHash, GENESIS_HASH } from './audit-hash';
import { AUDIT_ROW_COLUMNS, auditRowContent, type StoredAuditRow } from './audit-row';

/** Transaction-scoped advisory lock key held by the one chainer working on a database ('lzac'). */
export const AUDIT_CHAIN_LOCK_KEY = 0x6c7a6163;

export const DEFAULT_CHAIN_BATCH_SIZE = 500;

export interface ChainPendingOptions {
  /** Most audit rows chained in one transaction. */
  batchSize?: number;
  /**
   * Kept between calls by one chainer (in memory) so the pending query starts above a proven
   * floor instead of scanning the whole table; omit it for a full scan (always correct).
   */
  watermark?: ChainWatermark;
}

/**
 * `floor`: every audit row with seq ≤ floor that will ever exist is chained. It only rises after
 * proof that no transaction can still commit a row at or below it: `candidate` remembers the
 * sequence's last value at some instant and the transactions then holding a write lock on
 * audit_log (an INSERT locks the table before its default calls nextval, until commit); once none
 * of them is left, every seq ≤ that value is committed or gone for good. Assumes the sequence's
 * CACHE is 1 (the migration's) and seqs come only from its default.
 */
export interface ChainWatermark {
  floor: bigint;
  candidate?: { lastValue: bigint; writers: string[] };
}

export function newChainWatermark(): ChainWatermark {
  return { floor: 0n };
}

export interface ChainPendingResult {
  /** false: another chainer held the lock; nothing was done. */
  locked: boolean;
  /** Chain rows written by this call. */
  chained: number;
  /** Position of the last chain row after this call (null: the chain is empty). */
  lastPosition: string | null;
}

/**
 * Chains up to `batchSize` committed, not yet chained audit rows in one transaction: takes
 * `pg_try_advisory_xact_lock(AUDIT_CHAIN_LOCK_KEY)` (another instance working → returns
 * `locked: false`), reads the last chain row, selects unchained rows `ORDER BY seq` and appends
 * one chain row each with `hash = SM3(prev_hash ‖ canonical JSON)`. Chain order is chaining order:
 * a row that commits after a higher seq was chained is picked up by a later call (never
 * `seq > lastSeq`). Must run at READ COMMITTED, so the statements after the lock see what the
 * previous lock holder committed.
 */
export async function chainPendingAudit(
  runner: TransactionRunner<SqlClient>,
  options: ChainPendingOptions = {},
): Promise<ChainPendingResult> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_CHAIN_BATCH_SIZE));
  return runner.transaction(async (tx) => {
    const lock = await tx.$queryRawUnsafe<{ locked: boolean }[]>(
      `SELECT pg_try_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY}) AS locked`,
    );
    if (!lock[0]?.locked) return { locked: false, chained: 0, lastPosition: null };
    const last = await tx.$queryRawUnsafe<{ position: string; hash: string }[]>(
      'SELECT c.position::text AS position, c.hash FROM audit_chain c ORDER BY c.position DESC LIMIT 1',
    );
    const watermark = options.watermark;
    const settled = watermark ? await settledCandidate(tx, watermark) : null;
    const pending = await tx.$queryRawUnsafe<StoredAuditRow[]>(
      `SELECT ${AUDIT_ROW_COLUMNS}
         FROM audit_log a
        WHERE a.seq > $1::bigint AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.audit_seq = a.seq)
        ORDER BY a.seq
        LIMIT ${batchSize}`,
      (watermark?.floor ?? 0n).toString(),
    );
    if (watermark && settled !== null) {
      // Rows ≤ settled.lastValue are all visible now; those pending (if any) bound the new floor.
      const lowestPending = pending.length > 0 ? BigInt(pending[0].seq) : null;
      const floor = lowestPending !== null && lowestPending <= settled ? lowestPending - 1n : settled;
      if (floor > watermark.floor) watermark.floor = floor;
      watermark.candidate = undefined;
    }
    if (watermark && !watermark.candidate) watermark.candidate = await snapshotCandidate(tx);
    let position = BigInt(last[0]?.position ?? '0');
    let prevHash = last[0]?.hash ?? GENESIS_HASH;
    if (pending.length === 0) return { locked: true, chained: 0, lastPosition: last[0]?.position ?? null };
    const values: string[] = [];
    const params: string[] = [];
    for (const row of pending) {
      position += 1n;
      const hash = auditChainHash(prevHash, position.toString(), auditRowContent(row));
      const i = params.length;
      values.push(`($${i + 1}::bigint, $${i + 2}::bigint, $${i + 3}, $${i + 4}, now())`);
      params.push(position.toString(), row.seq, prevHash, hash);
      prevHash = hash;
    }
    await tx.$executeRawUnsafe(
      `INSERT INTO audit_chain (position, audit_seq, prev_hash, hash, chained_at) VALUES ${values.join(', ')}`,
      ...params,
    );
    return { locked: true, chained: pending.length, lastPosition: position.toString() };
  });
}

/** The candidate's lastValue if all its writers are gone (and a fresh candidate is due), else null. */
async function settledCandidate(tx: SqlClient, watermark: ChainWatermark): Promise<bigint | null> {
  const candidate = watermark.candidate;
  if (!candidate) return null;
  if (candidate.writers.length > 0) {
    const alive = await tx.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_locks
        WHERE locktype = 'virtualxid' AND virtualxid = ANY($1::text[])`,
      candidate.writers,
    );
    if ((alive[0]?.n ?? 0) > 0) return null;
  }
  return candidate.lastValue;
}

/** The sequence's last value now, then who holds a write lock on audit_log (in that order). */
async function snapshotCandidate(tx: SqlClient): Promise<ChainWatermark['candidate']> {
  const seq = await tx.$queryRawUnsafe<{ last: string | null }[]>(
    `SELECT pg_sequence_last_value('audit_log_seq_seq')::text AS last`,
  );
  const writers = await tx.$queryRawUnsafe<{ vxid: string }[]>(
    `SELECT DISTINCT l.virtualtransaction AS vxid FROM pg_locks l
      WHERE l.locktype = 'relation' AND l.relation = 'audit_log'::regclass
        AND l.mode IN ('RowExclusiveLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock')
        AND l.pid IS DISTINCT FROM pg_backend_pid()`,
  );
  return { lastValue: BigInt(seq[0]?.last ?? '0'), writers: writers.map((w) => w.vxid) };
}

/**
 * Calls {@link chainPendingAudit} until nothing is pending (or another chainer holds the lock).
 * Returns the number of rows chained.
 */
export async function chainAllPendingAudit(
  runner: TransactionRunner<SqlClient>,
  options: ChainPendingOptions = {},
): Promise<number> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_CHAIN_BATCH_SIZE));
  let total = 0;
  for (;;) {
    const result = await chainPendingAudit(runner, { ...options, batchSize });
    total += result.chained;
    if (!result.locked || result.chained < batchSize) return total;
  }
}
