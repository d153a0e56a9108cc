import type { DeepReadonly } from '../shared/deep-freeze';
import { deepFreeze } from '../shared/deep-freeze';
import { LZ_2024_DRAFT } from './lz-2024-draft.policy';
import type { EvaluationGrade, PolicyParameters } from './policy.types';

export type Policy = DeepReadonly<PolicyParameters>;

/**
 * Every policy version, ordered by `effectiveFrom`. To add a final text: write a new
 * `<version>.policy.ts` object and append it here — nothing else changes.
 */
export const policyVersions: readonly Policy[] = deepFreeze(
  assertPolicyVersions(
    [LZ_2024_DRAFT as Policy].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
  ),
);

export type PolicyVersion = string;
export const CURRENT_POLICY_VERSION = LZ_2024_DRAFT.version;

export class UnknownPolicyVersionError extends Error {
  constructor(readonly version: string) {
    super(`unknown policy version "${version}" (known: ${policyVersions.map((p) => p.version).join(', ')})`);
    this.name = 'UnknownPolicyVersionError';
  }
}

export function isPolicyVersion(version: unknown): boolean {
  return typeof version === 'string' && policyVersions.some((p) => p.version === version);
}

export function getPolicy(version: string): Policy {
  const policy = policyVersions.find((p) => p.version === version);
  if (!policy) throw new UnknownPolicyVersionError(version);
  return policy;
}

/** The legal date (YYYY-MM-DD) of an instant in Asia/Shanghai, whatever the process time zone. */
export function shanghaiDate(instant: Date): string {
  // Asia/Shanghai has had a fixed +08:00 offset since 1991.
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The version in force at an instant: the latest one whose `effectiveFrom` (a Shanghai date) is on
 * or before the instant's Shanghai date, and whose `effectiveUntil` is not before it.
 * Returns undefined before the first version.
 */
export function policyInForceAt(
  instant: Date | string,
  versions: readonly Policy[] = policyVersions,
): Policy | undefined {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  const day = shanghaiDate(at);
  let found: Policy | undefined;
  for (const p of versions) {
    if (p.effectiveFrom <= day && (p.effectiveUntil === null || day <= p.effectiveUntil)) found = p;
  }
  return found;
}

export function isPassingGrade(policy: Policy, grade: EvaluationGrade): boolean {
  return policy.evaluation.passingGrades.includes(grade);
}

export function rubricTotal(policy: Policy): number {
  return policy.cityReview.rubric.reduce((sum, c) => sum + c.maxScore, 0);
}

/** Fails at load time when a version is malformed: duplicate id, rubric not totalling 100, bad caps. */
export function assertPolicyVersions(versions: Policy[]): Policy[] {
  const seen = new Set<string>();
  for (const p of versions) {
    if (seen.has(p.version)) throw new Error(`duplicate policy version "${p.version}"`);
    seen.add(p.version);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.effectiveFrom)) throw new Error(`${p.version}: bad effectiveFrom`);
    if (rubricTotal(p) !== 100) throw new Error(`${p.version}: rubric must total 100, got ${rubricTotal(p)}`);
    if (!/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(p.publicity.closingTime)) {
      throw new Error(`${p.version}: bad closingTime "${p.publicity.closingTime}"`);
    }
    const r = p.evaluation.reminders;
    if (!/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(r.at))
      throw new Error(`${p.version}: bad reminders.at "${r.at}"`);
    const days = r.workingDaysBefore;
    if (days.some((n) => !Number.isInteger(n) || n < 1 || n > 60) || new Set(days).size !== days.length) {
      throw new Error(`${p.version}: reminders.workingDaysBefore must be distinct whole numbers 1–60`);
    }
  }
  return versions;
}
