import { getPolicy } from '../policy/policy-registry';
import { aggregateOf, checkScores, totalOf } from './scoring';

const rubric = getPolicy('lz-2024-draft').cityReview.rubric;
const full = rubric.map((c) => ({ criterion: c.key, score: c.maxScore }));

describe('scoring', () => {
  it('accepts one score per criterion within its maximum, totalling at most 100', () => {
    expect(checkScores(rubric, full)).toEqual([]);
    expect(totalOf(full)).toBe(100);
    expect(
      checkScores(
        rubric,
        rubric.map((c) => ({ criterion: c.key, score: 0 })),
      ),
    ).toEqual([]);
  });

  it('refuses a score above the criterion maximum, negative or fractional', () => {
    const over = full.map((i, n) => (n === 0 ? { ...i, score: rubric[0].maxScore + 1 } : i));
    expect(checkScores(rubric, over)).toEqual([
      expect.objectContaining({ rule: '3.4', path: 'items[0].score' }),
    ]);
    const negative = full.map((i, n) => (n === 1 ? { ...i, score: -1 } : i));
    expect(checkScores(rubric, negative)).toEqual([expect.objectContaining({ path: 'items[1].score' })]);
    const fractional = full.map((i, n) => (n === 2 ? { ...i, score: 1.5 } : i));
    expect(checkScores(rubric, fractional)).toEqual([expect.objectContaining({ path: 'items[2].score' })]);
  });

  it('refuses unknown, duplicated and missing criteria', () => {
    const findings = checkScores(rubric, [
      { criterion: 'NOPE', score: 1 },
      { criterion: rubric[0].key, score: 1 },
      { criterion: rubric[0].key, score: 1 },
    ]);
    expect(findings.map((f) => f.path)).toEqual(
      expect.arrayContaining(['items[0].criterion', 'items[2].criterion', 'items']),
    );
    expect(findings.filter((f) => f.path === 'items')).toHaveLength(rubric.length - 1);
  });

  it('aggregates as the mean of totals rounded to 2 decimals, null without scores', () => {
    expect(aggregateOf([])).toBeNull();
    expect(aggregateOf([80, 90])).toBe(85);
    expect(aggregateOf([80, 81, 81])).toBe(80.67);
  });
});
