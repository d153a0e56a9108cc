/**
 * Every audit action name, by the service that writes it (docs/ARCHITECTURE.md "Audit"). One style:
 * `<object>.<past participle>` — the object in kebab-case, then what happened to it, as it reads in the
 * trail: `application.submitted`, `preliminary.queued`, `evaluation.marked-overdue`. An auditor filters
 * the trail by these names, so a new state change adds its name here, not a free string at the call site;
 * `audit-action.spec.ts` fails when a service writes a name outside its own list or the style.
 */
export const AUDIT_ACTIONS = {
  gateway: ['access.granted', 'access.revoked'],
  intake: [
    'call.published',
    'call.closed',
    'application.created',
    'application.replaced',
    'application.patched',
    'attachment.uploaded',
    'attachment.deleted',
    'application.submitted',
    // Review or publicity moved it on (procedure-outcomes/).
    'application.transitioned',
    // 信用管理 (credit-findings/, docs/SPEC.md 5.3a).
    'credit-finding.recorded',
    'credit-finding-evidence.uploaded',
    'credit-finding.ended',
  ],
  review: [
    'preliminary.queued',
    'preliminary.decided',
    'expert.registered',
    'expert.updated',
    'expert.retired',
    'panel.drawn',
    'city-review.declined',
    'city-review.scored',
    'city-review.decided',
    'filing.cleared',
    'filing.contested',
    'filing.approved',
    'consortium.delisted',
  ],
  publicity: [
    'candidate.recorded',
    'notice.published',
    'notice.expired',
    'objection.filed',
    'objection.resolved',
    'calendar-year.entered',
    'calendar-year.replaced',
  ],
  subsidy: [
    'budget.set',
    'claim.filed',
    'claim-evidence.uploaded',
    'claim.submitted',
    'claim.granted',
    'claim.rejected',
    'consortium.registered',
    'consortium.delisted',
    'evaluation-grade.recorded',
    // A credit finding against a consortium's unit stops its pending claims (docs/SPEC.md 5.3a).
    'credit-finding.recorded',
    'credit-finding.ended',
  ],
  evaluation: [
    'consortium.registered',
    'consortium.delisted',
    'evaluation.opened',
    'evaluation-report.reminded',
    'evaluation.marked-overdue',
    'evaluation.assigned',
    'evaluation-evidence.uploaded',
    'evaluation-report.submitted',
    'evaluation.graded',
  ],
  notifications: ['notification-preferences.saved'],
} as const satisfies Record<string, readonly `${string}.${string}`[]>;

/** A service that writes audit rows. */
export type AuditingService = keyof typeof AUDIT_ACTIONS;

/** The audit action names one service writes. */
export type ServiceAuditAction<S extends AuditingService> = (typeof AUDIT_ACTIONS)[S][number];

/** Any audit action name: what `AuditLog.append` and `recordAudit` accept. */
export type AuditAction = ServiceAuditAction<AuditingService>;

/** `<object>.<past participle>[-<complement>]`, both parts kebab-case (`evaluation.marked-overdue`). */
export const AUDIT_ACTION_STYLE = /^[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*$/;
