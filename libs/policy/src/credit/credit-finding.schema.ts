import { z } from 'zod';
import { boundedText, dateSchema, TEXT_LIMITS } from '../shared/primitives.schema';
import { usccSchema } from '../uscc/uscc';

/**
 * 信用管理 (docs/SPEC.md 5.3, 5.3a): a finding recorded by the Bureau against a unit (USCC) whose
 * materials in an application, a subsidy claim or an evaluation report were found false or invalid.
 */
export const CREDIT_FINDING_OBJECT_TYPES = ['APPLICATION', 'CLAIM', 'EVALUATION_REPORT'] as const;
export type CreditFindingObjectType = (typeof CREDIT_FINDING_OBJECT_TYPES)[number];
export const creditFindingObjectTypeSchema = z.enum(CREDIT_FINDING_OBJECT_TYPES);

/** The object whose materials were found false: its kind and its id in the owning service. */
export const creditFindingObjectSchema = z.strictObject({
  type: creditFindingObjectTypeSchema,
  id: boundedText(64),
});

/** The period of the finding's effects, legal dates (Asia/Shanghai), both inclusive; `until` null = open-ended. */
export const creditFindingPeriodSchema = z
  .strictObject({
    from: dateSchema,
    until: dateSchema.nullable(),
  })
  .refine((p) => p.until === null || p.until >= p.from, {
    path: ['until'],
    error: 'must not be before from',
  });
export type CreditFindingPeriod = z.infer<typeof creditFindingPeriodSchema>;

/** `POST /credit-findings` (officer). Evidence is uploaded afterwards to `/credit-findings/:id/evidence`. */
export const recordCreditFindingSchema = z.strictObject({
  uscc: usccSchema,
  unitName: boundedText(TEXT_LIMITS.short),
  object: creditFindingObjectSchema,
  /** What was found (the false or invalid materials). */
  facts: boundedText(TEXT_LIMITS.medium),
  /** The decision's reference (文号), e.g. 泸科信〔2026〕1号. */
  decisionRef: boundedText(TEXT_LIMITS.short),
  period: creditFindingPeriodSchema,
});
export type RecordCreditFinding = z.infer<typeof recordCreditFindingSchema>;

/** `POST /credit-findings/:id/end` (officer): ended early (correction, appeal upheld) with a reason. */
export const endCreditFindingSchema = z.strictObject({
  reason: boundedText(TEXT_LIMITS.medium),
});
export type EndCreditFinding = z.infer<typeof endCreditFindingSchema>;

/**
 * Whether a finding is in effect on a legal date (Asia/Shanghai, `YYYY-MM-DD`): from ≤ day ≤ until,
 * and not ended early on or before that day (an end takes effect on the day it is recorded).
 */
export function isCreditFindingActive(
  finding: { from: string; until: string | null; endedOn: string | null },
  day: string,
): boolean {
  if (day < finding.from) return false;
  if (finding.until !== null && day > finding.until) return false;
  if (finding.endedOn !== null && day >= finding.endedOn) return false;
  return true;
}
