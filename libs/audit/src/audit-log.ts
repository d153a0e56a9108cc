import type { SqlClient } from '@lz/persistence';
import { auditRowHash, GENESIS_HASH, isoMicros, type AuditRowContent } from './audit-hash';

/** Transaction-scoped advisory lock key that serialises appenders of one database ('lzau'). */
export const AUDIT_ADVISORY_LOCK_KEY = 0x6c7a6175;

export type AuditOutcome = 'SUCCESS' | 'FAILURE' | 'DENIED' | (string & {});

export interface AuditEntry {
  /** Who: the JWT `sub` (or `system:<component>`). */
  actor: string;
  /** The actor's role (applicant | reviewer | officer | expert | evaluator | system). */
  role: string;
  /** What, dotted: `application.submit`, `notice.publish`. */
  action: string;
  objectType: string;
  objectId: string;
  /** From where: client IP. */
  ip?: string | null;
  outcome: AuditOutcome;
  /** JSON-serialisable extra facts (never secrets or personal documents). */
  detail?: unknown;
  /** When; defaults to now. Stored with millisecond precision. */
  at?: Date;
}

export interface AuditRecord extends AuditRowContent {
  hash: string;
}

async function append(tx: SqlClient, entry: AuditEntry): Promise<AuditRecord> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_ADVISORY_LOCK_KEY})`);
  const last = await tx.$queryRawUnsafe<{ seq: string; hash: string }[]>(
    'SELECT a.seq::text AS seq, a.hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1',
  );
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  const seq = (BigInt(last[0]?.seq ?? '0') + 1n).toString();
  const at = entry.at ?? new Date();
  // Round-trip through JSON so the hashed value is exactly what jsonb stores and verify reads back.
  const detail = entry.detail === undefined ? null : (JSON.parse(JSON.stringify(entry.detail)) as unknown);
  const content: AuditRowContent = {
    seq,
    at: isoMicros(BigInt(at.getTime()) * 1000n),
    actor: entry.actor,
    role: entry.role,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    ip: entry.ip ?? null,
    outcome: entry.outcome,
    detail,
    prevHash,
  };
  const hash = auditRowHash(content);
  await tx.$executeRawUnsafe(
    `INSERT INTO audit_log (seq, at, actor, role, action, object_type, object_id, ip, outcome, detail, prev_hash, hash)
     VALUES ($1::bigint, $2::timestamptz, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12)`,
    seq,
    content.at,
    content.actor,
    content.role,
    content.action,
    content.objectType,
    content.objectId,
    content.ip,
    content.outcome,
    detail === null ? null : JSON.stringify(detail),
    prevHash,
    hash,
  );
  return { ...content, hash };
}

/**
 * The security audit trail (ARCHITECTURE.md "Audit", 等保 2.0): append-only rows hash-chained with
 * SM3. `append` must run inside the caller's transaction (the state change and its audit row commit
 * together) at READ COMMITTED (Postgres' default): it takes a transaction-scoped advisory lock, so
 * concurrent appenders queue and each sees the previous row. Under REPEATABLE READ / SERIALIZABLE a
 * concurrent append makes the insert fail with a duplicate `seq` (retry the transaction).
 */
export const AuditLog = { append };
