import type { ScoringCriterion } from '../policy/policy.types';

/**
 * Scoring against the policy rubric (docs/SPEC.md §3.4): one integer score per criterion, 0…maxScore, every
 * criterion exactly once. Pure; the review service turns findings into a 422 naming rule 3.4, and the
 * portal's scoring form checks the same before sending.
 */
export interface ScoreItem {
  criterion: string;
  score: number;
}

export interface ScoreFinding {
  rule: '3.4';
  path: string;
  message: string;
  messageZh: string;
}

export function checkScores(
  rubric: ReadonlyArray<Pick<ScoringCriterion, 'key' | 'title' | 'titleZh' | 'maxScore'>>,
  items: readonly ScoreItem[],
): ScoreFinding[] {
  const findings: ScoreFinding[] = [];
  const byKey = new Map(rubric.map((c) => [c.key, c]));
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const criterion = byKey.get(item.criterion);
    if (!criterion) {
      findings.push({
        rule: '3.4',
        path: `items[${i}].criterion`,
        message: `Unknown criterion "${item.criterion}"; the rubric has ${[...byKey.keys()].join(', ')}`,
        messageZh: `评分项"${item.criterion}"不在评审细则中`,
      });
      return;
    }
    if (seen.has(item.criterion)) {
      findings.push({
        rule: '3.4',
        path: `items[${i}].criterion`,
        message: `Criterion ${item.criterion} is scored twice`,
        messageZh: `评分项 ${item.criterion} 重复评分`,
      });
    }
    seen.add(item.criterion);
    if (!Number.isInteger(item.score) || item.score < 0 || item.score > criterion.maxScore) {
      findings.push({
        rule: '3.4',
        path: `items[${i}].score`,
        message: `The score for ${item.criterion} must be an integer from 0 to ${criterion.maxScore}`,
        messageZh: `${criterion.titleZh}的得分应为 0 至 ${criterion.maxScore} 之间的整数`,
      });
    }
  });
  for (const c of rubric) {
    if (!seen.has(c.key)) {
      findings.push({
        rule: '3.4',
        path: 'items',
        message: `Criterion ${c.key} (${c.title}) is not scored`,
        messageZh: `评分项"${c.titleZh}"未评分`,
      });
    }
  }
  return findings;
}

export function totalOf(items: readonly ScoreItem[]): number {
  return items.reduce((sum, i) => sum + i.score, 0);
}

/** Mean of the experts' totals (0–100), rounded to 2 decimals; null when nobody scored. */
export function aggregateOf(totals: readonly number[]): number | null {
  if (totals.length === 0) return null;
  const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
  return Math.round(mean * 100) / 100;
}
