import { isPassingGrade, type EvaluationGrade, type Policy } from '@lz/policy';

export interface GradedCycle {
  id: string;
  cycle: number;
  passed: boolean;
}

export interface TwoFailuresOutcome {
  passed: boolean;
  /** Failed evaluations in a row, this one included (0 when it passed). */
  consecutiveFailures: number;
  /** 5.2c: the streak reached the policy's threshold — the filing is to be revoked. */
  delist: boolean;
  /** The failed evaluations of the streak, oldest first (this one last). */
  streak: string[];
}

/**
 * docs/SPEC.md 5.2c (连续两次评估不合格 → 取消备案并摘牌): given the earlier graded cycles of a consortium
 * (any order) and this cycle's grade, counts the failures in a row ending with this one.
 */
export function applyTwoFailuresRule(
  policy: Policy,
  earlier: readonly GradedCycle[],
  current: { id: string; cycle: number; grade: EvaluationGrade },
): TwoFailuresOutcome {
  const passed = isPassingGrade(policy, current.grade);
  if (passed) return { passed, consecutiveFailures: 0, delist: false, streak: [] };
  const streak = [current.id];
  const before = [...earlier].filter((e) => e.cycle < current.cycle).sort((a, b) => b.cycle - a.cycle);
  let expected = current.cycle - 1;
  for (const e of before) {
    if (e.cycle !== expected || e.passed) break;
    streak.unshift(e.id);
    expected--;
  }
  const consecutiveFailures = streak.length;
  return {
    passed,
    consecutiveFailures,
    delist: consecutiveFailures >= policy.evaluation.consecutiveFailuresToDelist,
    streak,
  };
}
