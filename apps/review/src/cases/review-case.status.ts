import { ConflictProblem } from '@lz/http';
import type { ReviewStatus } from '@lz/policy';

// The statuses, the decision → status mapping and whether a submission opens review are the
// application's state machine: libs/policy (application-status.ts). Here: which review step needs
// which status, and the 409 naming its rule.

/** The rule each step enforces and the status it needs (docs/SPEC.md §3.3, §3.4, §3.6). */
export const STEP_RULES = {
  preliminaryDecision: { rule: '3.3', needs: ['SUBMITTED'] },
  panelDraw: { rule: '3.4', needs: ['PRELIM_RECOMMENDED'] },
  scoring: { rule: '3.4', needs: ['PRELIM_RECOMMENDED'] },
  cityDecision: { rule: '3.4', needs: ['PRELIM_RECOMMENDED'] },
  filingApproval: { rule: '3.6', needs: ['CLEARED'] },
} as const satisfies Record<string, { rule: string; needs: readonly ReviewStatus[] }>;
export type ReviewStep = keyof typeof STEP_RULES;

const STEP_TEXT: Record<ReviewStep, { en: string; zh: string }> = {
  preliminaryDecision: {
    en: 'Only a submitted application (its current revision) can be decided in preliminary review',
    zh: '仅可对已提交(当前版本)的申报进行初审',
  },
  panelDraw: {
    en: 'An expert panel is drawn only for an application recommended in preliminary review',
    zh: '仅可为初审推荐的申报抽取评审专家',
  },
  scoring: {
    en: 'Scores are accepted only while the city review of a recommended application is open',
    zh: '仅在市级审查进行中可提交评分',
  },
  cityDecision: {
    en: 'The city decision is taken only on a recommended application under city review',
    zh: '仅可对处于市级审查中的推荐申报作出审查决定',
  },
  filingApproval: {
    en: 'Only an item whose publicity ended without a pending or upheld objection (CLEARED) can be filed',
    zh: '仅公示期满且无待处理或成立异议(CLEARED)的项目可审批备案',
  },
};

/** Throws the 409 naming the docs/SPEC.md rule when `status` does not allow `step`. */
export function assertStepAllowed(step: ReviewStep, status: string): void {
  const { rule, needs } = STEP_RULES[step];
  if ((needs as readonly string[]).includes(status)) return;
  const text = STEP_TEXT[step];
  throw new ConflictProblem(
    rule,
    `${text.en}; the application is ${status}`,
    `${text.zh};当前状态为 ${status}`,
    'status',
  );
}
