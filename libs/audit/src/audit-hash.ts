import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** prev_hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the hash covers: every column but `hash` itself. */
export interface AuditRowContent {
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
  prevHash: string;
}

export function sm3Hex(text: string): string {
  return createHash('sm3').update(text, 'utf8').digest('hex');
}

/** hash = SM3(prev_hash ‖ canonical JSON of the row without its hash). */
export function auditRowHash(row: AuditRowContent): string {
  const { prevHash, ...rest } = row;
  return sm3Hex(prevHash + canonicalJson({ ...rest, detail: row.detail ?? null, prevHash }));
}

/** Microseconds since the epoch → ISO-8601 UTC with six fractional digits. */
export function isoMicros(epochMicros: bigint): string {
  const ms = epochMicros / 1000n;
  const micros = epochMicros % 1000n;
  const iso = new Date(Number(ms)).toISOString(); // …ss.mmmZ
  return `${iso.slice(0, -1)}${micros.toString().padStart(3, '0')}Z`;
}
