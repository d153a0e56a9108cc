import { AuditLog, type AuditAction, type AuditOutcome, type AuditRecord } from '@lz/audit';
import type { Principal } from '@lz/auth';
import type { SqlClient } from '@lz/persistence';

/** Who did it, from where: an HTTP caller, the public, or the system (an event or a deadline). */
export type AuditActor =
  { principal: Principal; ip?: string } | { public: true; ip?: string } | { system: string };

export interface AuditFact {
  /** `<object>.<past participle>`, one of the writing service's names in `AUDIT_ACTIONS` (@lz/audit). */
  action: AuditAction;
  objectType: string;
  objectId: string;
  outcome?: AuditOutcome;
  detail?: Record<string, unknown>;
}

/**
 * Appends one audit row for a state change, in the transaction of that change (ARCHITECTURE.md
 * "Audit"): a plain insert, rolled back with the change; the SM3 chain is built after commit by the
 * service's AuditChainer (libs/audit).
 */
export function recordAudit(tx: SqlClient, actor: AuditActor, fact: AuditFact): Promise<AuditRecord> {
  const who =
    'principal' in actor
      ? { actor: actor.principal.sub, role: actor.principal.role, ip: actor.ip }
      : 'public' in actor
        ? { actor: 'public', role: 'public', ip: actor.ip }
        : { actor: actor.system, role: 'system', ip: undefined };
  return AuditLog.append(tx, {
    ...who,
    action: fact.action,
    objectType: fact.objectType,
    objectId: fact.objectId,
    outcome: fact.outcome ?? 'SUCCESS',
    detail: fact.detail,
  });
}
