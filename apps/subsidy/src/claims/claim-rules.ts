import { CLAIM_CATEGORY_RULES, type ClaimCategory, type Policy, type RuleId } from '@lz/policy';

/** Categories that carry money (4.1 amount set by the Bureau, 4.3 and 4.4 capped). */
export const MONETARY_CATEGORIES = ['COOPERATION', 'PILOT_PLATFORM', 'TRANSFORMATION_PROJECT'] as const;

/** 4.2, 4.5–4.7 are priority support (优先支持/优先推荐): recorded, no amount. */
export function carriesAmount(category: ClaimCategory): boolean {
  return (MONETARY_CATEGORIES as readonly string[]).includes(category);
}

export function ruleOf(category: ClaimCategory): RuleId {
  return CLAIM_CATEGORY_RULES[category];
}

/** The per-platform/per-project cap over all tranches (4.3, 4.4), or null when the text sets none. */
export function capFenOf(policy: Policy, category: ClaimCategory): number | null {
  switch (category) {
    case 'PILOT_PLATFORM':
      return Number(policy.subsidy.platformCapFen);
    case 'TRANSFORMATION_PROJECT':
      return Number(policy.subsidy.transformationProjectCapFen);
    default:
      return null;
  }
}
