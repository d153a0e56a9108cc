import { z } from 'zod';
import type { CityDecision } from '../events/city-decided/city-decided.event';
import type { PreliminaryDecision } from '../events/preliminary-decided/preliminary-decided.event';

/** docs/API.md: DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → PRELIM_* → CITY_* → IN_PUBLICITY → CLEARED|CONTESTED → FILED. */
export const APPLICATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'PRELIM_RECOMMENDED',
  'PRELIM_REJECTED',
  'CITY_TO_BE_FILED',
  'CITY_REJECTED',
  'IN_PUBLICITY',
  'CLEARED',
  'CONTESTED',
  'FILED',
] as const;
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES, {
  error: `must be one of ${APPLICATION_STATUSES.join(', ')}`,
});
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

/** Allowed transitions (docs/SPEC.md §3). Terminal: PRELIM_REJECTED, CITY_REJECTED, CONTESTED, FILED. */
export const APPLICATION_STATUS_TRANSITIONS: Readonly<
  Record<ApplicationStatus, readonly ApplicationStatus[]>
> = Object.freeze({
  DRAFT: Object.freeze(['SUBMITTED'] as const),
  SUBMITTED: Object.freeze(['RETURNED', 'PRELIM_RECOMMENDED', 'PRELIM_REJECTED'] as const),
  RETURNED: Object.freeze(['SUBMITTED'] as const),
  PRELIM_RECOMMENDED: Object.freeze(['CITY_TO_BE_FILED', 'CITY_REJECTED'] as const),
  PRELIM_REJECTED: Object.freeze([] as const),
  CITY_TO_BE_FILED: Object.freeze(['IN_PUBLICITY'] as const),
  CITY_REJECTED: Object.freeze([] as const),
  IN_PUBLICITY: Object.freeze(['CLEARED', 'CONTESTED'] as const),
  CLEARED: Object.freeze(['FILED'] as const),
  CONTESTED: Object.freeze([] as const),
  FILED: Object.freeze([] as const),
});

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return APPLICATION_STATUS_TRANSITIONS[from].includes(to);
}

/**
 * Whether `to` lies further along the path from `from` through at least one status in between — i.e.
 * an event announcing `to` arrived before the one(s) that lead there (events of one producer may be
 * handled concurrently). A consumer should wait and retry it, not drop it.
 */
export function isAheadOnPath(from: ApplicationStatus, to: ApplicationStatus): boolean {
  const seen = new Set<ApplicationStatus>([from]);
  let frontier: ApplicationStatus[] = [...APPLICATION_STATUS_TRANSITIONS[from]];
  let depth = 1;
  while (frontier.length > 0) {
    if (depth > 1 && frontier.includes(to)) return true;
    const next: ApplicationStatus[] = [];
    for (const s of frontier) {
      if (seen.has(s)) continue;
      seen.add(s);
      next.push(...APPLICATION_STATUS_TRANSITIONS[s].filter((n) => !seen.has(n)));
    }
    frontier = next;
    depth += 1;
  }
  return false;
}

/** The status each preliminary decision leads to (SPEC §3.3): review sets it, intake follows it. */
export const STATUS_AFTER_PRELIMINARY = Object.freeze({
  RECOMMEND: 'PRELIM_RECOMMENDED',
  RETURN: 'RETURNED',
  NOT_RECOMMEND: 'PRELIM_REJECTED',
} as const satisfies Record<PreliminaryDecision, ApplicationStatus>);

/** The status each city decision leads to (SPEC §3.4): review sets it, intake follows it. */
export const STATUS_AFTER_CITY = Object.freeze({
  TO_BE_FILED: 'CITY_TO_BE_FILED',
  REJECT: 'CITY_REJECTED',
} as const satisfies Record<CityDecision, ApplicationStatus>);

export function statusAfterPreliminary(
  decision: PreliminaryDecision,
): (typeof STATUS_AFTER_PRELIMINARY)[PreliminaryDecision] {
  return STATUS_AFTER_PRELIMINARY[decision];
}

export function statusAfterCity(decision: CityDecision): (typeof STATUS_AFTER_CITY)[CityDecision] {
  return STATUS_AFTER_CITY[decision];
}

/**
 * The statuses review tracks: all but intake's DRAFT and publicity's IN_PUBLICITY (review learns only
 * CLEARED or CONTESTED from publicity's events).
 */
export type ReviewStatus = Exclude<ApplicationStatus, 'DRAFT' | 'IN_PUBLICITY'>;
export const REVIEW_STATUSES: readonly ReviewStatus[] = Object.freeze(
  APPLICATION_STATUSES.filter((s): s is ReviewStatus => s !== 'DRAFT' && s !== 'IN_PUBLICITY'),
);

/**
 * Whether a submission (revision `incoming`) opens or re-opens review: a new application, or a higher
 * revision after a return for revision (RETURNED → SUBMITTED). Anything else is a duplicate or out
 * of order.
 */
export function acceptsSubmission(
  current: { revision: number; status: string } | null,
  incoming: number,
): boolean {
  if (!current) return true;
  return current.status === 'RETURNED' && incoming > current.revision;
}

/** Statuses in which an application is still "open" for C.1 (one open application per lead per call). */
export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = Object.freeze([
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'PRELIM_RECOMMENDED',
  'CITY_TO_BE_FILED',
  'IN_PUBLICITY',
  'CLEARED',
] as const);

export const CONSORTIUM_STATUSES = ['ACTIVE', 'DELISTED'] as const;
export const consortiumStatusSchema = z.enum(CONSORTIUM_STATUSES);
export type ConsortiumStatus = z.infer<typeof consortiumStatusSchema>;
