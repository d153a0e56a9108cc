import { getPolicy } from '@lz/policy';
import { applyTwoFailuresRule } from './two-failures.rule';

describe(applyTwoFailuresRule.name, () => {
  const policy = getPolicy('lz-2024-draft');

  it('passes a QUALIFIED grade with no failures counted', () => {
    expect(applyTwoFailuresRule(policy, [], { id: 'e1', cycle: 1, grade: 'QUALIFIED' })).toEqual({
      passed: true,
      consecutiveFailures: 0,
      delist: false,
      streak: [],
    });
  });

  it('does not delist after one failure', () => {
    const out = applyTwoFailuresRule(policy, [], { id: 'e1', cycle: 1, grade: 'UNQUALIFIED' });
    expect(out).toMatchObject({ passed: false, consecutiveFailures: 1, delist: false, streak: ['e1'] });
  });

  it('delists on the second failure in a row, naming both evaluations oldest first', () => {
    const out = applyTwoFailuresRule(policy, [{ id: 'e1', cycle: 1, passed: false }], {
      id: 'e2',
      cycle: 2,
      grade: 'UNQUALIFIED',
    });
    expect(out).toEqual({ passed: false, consecutiveFailures: 2, delist: true, streak: ['e1', 'e2'] });
  });

  it('does not count a failure that a pass interrupted', () => {
    const earlier = [
      { id: 'e1', cycle: 1, passed: false },
      { id: 'e2', cycle: 2, passed: true },
    ];
    const out = applyTwoFailuresRule(policy, earlier, { id: 'e3', cycle: 3, grade: 'UNQUALIFIED' });
    expect(out).toMatchObject({ consecutiveFailures: 1, delist: false });
  });

  it('does not treat failures in non-adjacent cycles as consecutive', () => {
    const out = applyTwoFailuresRule(policy, [{ id: 'e1', cycle: 1, passed: false }], {
      id: 'e3',
      cycle: 3,
      grade: 'UNQUALIFIED',
    });
    expect(out).toMatchObject({ consecutiveFailures: 1, delist: false });
  });

  it('counts every failure in a row whatever order the earlier cycles come in, and only earlier cycles', () => {
    const earlier = [
      { id: 'e1', cycle: 1, passed: false },
      { id: 'e4', cycle: 4, passed: false },
      { id: 'e3-regraded', cycle: 3, passed: false },
      { id: 'e2', cycle: 2, passed: false },
    ];
    const out = applyTwoFailuresRule(policy, earlier, { id: 'e3', cycle: 3, grade: 'UNQUALIFIED' });
    expect(out).toEqual({ passed: false, consecutiveFailures: 3, delist: true, streak: ['e1', 'e2', 'e3'] });
  });
});
