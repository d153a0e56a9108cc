import { z } from 'zod';
import type { RuleId } from '../rules/rule-catalogue';

/** Support categories of 第四条 (docs/SPEC.md §4), each tied to its rule ID. */
export const CLAIM_CATEGORY_RULES = Object.freeze({
  COOPERATION: '4.1',
  OPEN_COMPETITION: '4.2',
  PILOT_PLATFORM: '4.3',
  TRANSFORMATION_PROJECT: '4.4',
  INCUBATION: '4.5',
  TALENT: '4.6',
  FINANCE: '4.7',
} as const satisfies Record<string, RuleId>);

export type ClaimCategory = keyof typeof CLAIM_CATEGORY_RULES;
export const CLAIM_CATEGORIES = Object.keys(CLAIM_CATEGORY_RULES) as [ClaimCategory, ...ClaimCategory[]];
export const claimCategorySchema = z.enum(CLAIM_CATEGORIES, {
  error: `must be one of ${CLAIM_CATEGORIES.join(', ')}`,
});
