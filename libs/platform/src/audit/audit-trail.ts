import { AuditLog, type AuditAction, type AuditEntry, type AuditOutcome, type AuditRecord } from '@lz/audit';
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
 * The key of an audit row's detail that records the unit the person acted for (the audit read shows
 * it beside the role instead of the person's login, audit-trail.controller.ts).
 */
export const ACTOR_UNIT_KEY = 'actorUnit';

/**
 * The unit a caller acts for, as its token scopes it: an applicant's USCC, a reviewer's jurisdiction,
 * an expert's or evaluator's employer (USCC). An officer acts for the Bureau: none recorded.
 */
export function actorUnitOf(principal: Principal): string | undefined {
  switch (principal.role) {
    case 'applicant':
      return principal.uscc;
    case 'reviewer':
      return principal.jurisdiction;
    case 'expert':
    case 'evaluator':
      return principal.org;
    case 'officer':
      return undefined;
  }
}

/**
 * Appends one audit row for a state change, in the transaction of that change (ARCHITECTURE.md
 * "Audit"): a plain insert, rolled back with the change; the SM3 chain is built after commit by the
 * service's AuditChainer (libs/audit). A person's unit goes into the detail as `actorUnit`.
 */
export function recordAudit(tx: SqlClient, actor: AuditActor, fact: AuditFact): Promise<AuditRecord> {
  return AuditLog.append(tx, auditEntry(actor, fact));
}

/**
 * `recordAudit` for several state changes of one transaction by one actor (an expiry of a batch of
 * notices): one row per fact, as `recordAudit` writes it, in one INSERT.
 */
export function recordAuditMany(
  tx: SqlClient,
  actor: AuditActor,
  facts: readonly AuditFact[],
): Promise<AuditRecord[]> {
  return AuditLog.appendMany(
    tx,
    facts.map((fact) => auditEntry(actor, fact)),
  );
}

function auditEntry(actor: AuditActor, fact: AuditFact): AuditEntry {
  const unit = 'principal' in actor ? actorUnitOf(actor.principal) : undefined;
  const who =
    'principal' in actor
      ? { actor: actor.principal.sub, role: actor.principal.role, ip: actor.ip }
      : 'public' in actor
        ? { actor: 'public', role: 'public', ip: actor.ip }
        : { actor: actor.system, role: 'system', ip: undefined };
  return {
    ...who,
    action: fact.action,
    objectType: fact.objectType,
    objectId: fact.objectId,
    outcome: fact.outcome ?? 'SUCCESS',
    detail: unit === undefined ? fact.detail : { ...fact.detail, [ACTOR_UNIT_KEY]: unit },
  };
}
