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
 * The security audit trail (docs/ARCHITECTURE.md "Audit", 等保 2.0). `append` inserts one row in the
 * caller's transaction (the state change and its audit row commit or roll back together); `seq`
 * comes from the table's sequence, so appenders never wait for each other. The SM3 hash chain
 * over committed rows is built afterwards by {@link chainPendingAudit} (the AuditChainModule runs
 * it every few hundred ms) and checked by `verifyAuditChain`.
 */
export const AuditLog = { append };
