import { isoMicros, type AuditRowContent } from './audit-hash';

/**
 * The select list that reads an audit_log row (alias `a`) back the same way wherever it is hashed
 * (chainer and verify): `at` as epoch microseconds, `detail` as jsonb's text.
 */
export const AUDIT_ROW_COLUMNS = `a.seq::text AS seq,
       (extract(epoch FROM a.at) * 1000000)::bigint::text AS at_us,
       a.actor, a.role, a.action, a.object_type, a.object_id, a.ip, a.outcome,
       a.detail::text AS detail`;

export interface StoredAuditRow {
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
}

export function auditRowContent(row: StoredAuditRow): AuditRowContent {
  return {
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
  };
}
