import type { SqlClient } from '@lz/persistence';
import type { AuditAction } from './audit-action';
import { type AuditRowContent } from './audit-hash';
import { AUDIT_ROW_COLUMNS, auditRowContent, type StoredAuditRow } from './audit-row';

export type AuditOutcome = 'SUCCESS' | 'FAILURE' | 'DENIED' | (string & {});

export interface AuditEntry {
  /** Who: the JWT `sub` (or `system:<component>`). */
  actor: string;
  /** The actor's role (applicant | reviewer | officer | expert | evaluator | system). */
  role: string;
  /** What happened, `<object>.<past participle>`: one of `AUDIT_ACTIONS` (audit-action.ts). */
  action: AuditAction;
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

/** The row as stored (seq from the audit_log sequence); its chain row is written later. */
export type AuditRecord = AuditRowContent;

async function append(tx: SqlClient, entry: AuditEntry): Promise<AuditRecord> {
  const at = entry.at ?? new Date();
  // Round-trip through JSON so what is stored is exactly the JSON value of the entry's detail.
  const detail = entry.detail === undefined ? null : (JSON.parse(JSON.stringify(entry.detail)) as unknown);
  const rows = await tx.$queryRawUnsafe<StoredAuditRow[]>(
    `INSERT INTO audit_log AS a (at, actor, role, action, object_type, object_id, ip, outcome, detail)
     VALUES ($1::timestamptz, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
     RETURNING ${AUDIT_ROW_COLUMNS}`,
    at.toISOString(),
    entry.actor,
    entry.role,
    entry.action,
    entry.objectType,
    entry.objectId,
    entry.ip ?? null,
    entry.outcome,
    detail === null ? null : JSON.stringify(detail),
  );
  return auditRowContent(rows[0]);
}

/**
 * `append` for many entries of one transaction in one multi-row INSERT: each row exactly as `append`
 * writes it (its own seq, in the order given; the same `at` default and JSON round-trip of `detail`),
 * committed or rolled back with the caller's transaction. Returns the rows in the order given.
 */
async function appendMany(tx: SqlClient, entries: readonly AuditEntry[]): Promise<AuditRecord[]> {
  if (entries.length === 0) return [];
  const now = new Date();
  const col = <T>(f: (e: AuditEntry) => T): T[] => entries.map(f);
  const rows = await tx.$queryRawUnsafe<StoredAuditRow[]>(
    `INSERT INTO audit_log AS a (at, actor, role, action, object_type, object_id, ip, outcome, detail)
     SELECT at, actor, role, action, object_type, object_id, ip, outcome, detail
       FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                   $7::text[], $8::text[], $9::jsonb[])
            WITH ORDINALITY AS e(at, actor, role, action, object_type, object_id, ip, outcome, detail, n)
      ORDER BY n
     RETURNING ${AUDIT_ROW_COLUMNS}`,
    col((e) => (e.at ?? now).toISOString()),
    col((e) => e.actor),
    col((e) => e.role),
    col((e) => e.action),
    col((e) => e.objectType),
    col((e) => e.objectId),
    col((e) => e.ip ?? null),
    col((e) => e.outcome),
    col((e) => (e.detail === undefined ? null : JSON.stringify(e.detail))),
  );
  // seq follows the ORDER BY (one nextval per row, in order): sorting by it gives the given order.
  return rows.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1)).map(auditRowContent);
}

/**
 * The security audit trail (docs/ARCHITECTURE.md "Audit", 等保 2.0). `append` inserts one row in the
 * caller's transaction (`appendMany` several, in one statement) (the state change and its audit row commit or roll back together); `seq`
 * comes from the table's sequence, so appenders never wait for each other. The SM3 hash chain
 * over committed rows is built afterwards by {@link chainPendingAudit} (the AuditChainModule runs
 * it every few hundred ms) and checked by `verifyAuditChain`.
 */
export const AuditLog = { append, appendMany };
