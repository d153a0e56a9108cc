import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** prev_hash of the first chain row. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a chain hash covers of one audit_log row: every column, as verify reads it back. */
export interface AuditRowContent {
  /** audit_log.seq as a decimal string. */
  seq: string;
  /** ISO-8601 UTC with microseconds, e.g. 2026-11-27T02:30:00.123000Z */
  at: string;
  actor: string;
  role: string;
  action: string;
  objectType: string;
  objectId: string;
  ip: string | null;
  outcome: string;
  detail: unknown;
}

export function sm3Hex(text: string): string {
  return createHash('sm3').update(text, 'utf8').digest('hex');
}

/**
 * hash of chain row `position` = SM3(prev_hash ‖ canonical JSON of {position, prevHash, the audit
 * row's content}). Binding position and seq makes a moved or renumbered row a break as well.
 */
export function auditChainHash(prevHash: string, position: string, row: AuditRowContent): string {
  return sm3Hex(prevHash + canonicalJson({ ...row, detail: row.detail ?? null, position, prevHash }));
}

/** Microseconds since the epoch → ISO-8601 UTC with six fractional digits. */
export function isoMicros(epochMicros: bigint): string {
  const ms = epochMicros / 1000n;
  const micros = epochMicros % 1000n;
  const iso = new Date(Number(ms)).toISOString(); // …ss.mmmZ
  return `${iso.slice(0, -1)}${micros.toString().padStart(3, '0')}Z`;
}
