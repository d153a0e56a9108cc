import { deepFreeze } from '../shared/deep-freeze';
import {
  assertPolicyVersions,
  getPolicy,
  isPassingGrade,
  type Policy,
  policyInForceAt,
  policyVersions,
  rubricTotal,
  UnknownPolicyVersionError,
} from './policy-registry';

describe('policy registry', () => {
  const draft = getPolicy('lz-2024-draft');

  it('holds every number of docs/SPEC.md in lz-2024-draft', () => {
    expect(draft.effectiveFrom).toBe('2024-05-15');
    expect(draft.timeZone).toBe('Asia/Shanghai');
    expect(draft.application.minLinkedUnits).toBe(5);
    expect(draft.application.minOutsideMembers).toBe(1);
    expect(draft.publicity).toEqual({ workingDays: 5, countingRule: 'NEXT_DAY', closingTime: '24:00' });
    expect(draft.subsidy.platformCapFen).toBe(100_000_000);
    expect(draft.subsidy.transformationProjectCapFen).toBe(500_000_000);
    expect(draft.evaluation.intervalYears).toBe(2);
    expect(draft.evaluation.consecutiveFailuresToDelist).toBe(2);
    expect(draft.calls.callsPerYear).toBe(1);
    expect(rubricTotal(draft)).toBe(100);
    expect(draft.application.leadDistrictCodes).toHaveLength(7);
  });

  it('reminds 10 and 3 working days before the report is due and on the due day at 09:00, and leaves an overdue report to the officer', () => {
    expect(draft.evaluation.reminders).toEqual({ workingDaysBefore: [10, 3], onDueDay: true, at: '09:00' });
    expect(draft.evaluation.overdueReport).toBe('OFFICER_DECIDES');
  });

  it('says which grades pass', () => {
    expect(isPassingGrade(draft, 'QUALIFIED')).toBe(true);
    expect(isPassingGrade(draft, 'UNQUALIFIED')).toBe(false);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(draft)).toBe(true);
    expect(Object.isFrozen(draft.publicity)).toBe(true);
    expect(Object.isFrozen(draft.cityReview.rubric[0])).toBe(true);
    expect(() => {
      (draft.publicity as { workingDays: number }).workingDays = 3;
    }).toThrow(TypeError);
    expect(Object.isFrozen(policyVersions)).toBe(true);
  });

  it('refuses an unknown version', () => {
    expect(() => getPolicy('lz-1999')).toThrow(UnknownPolicyVersionError);
  });

  it('picks the version in force by Shanghai date', () => {
    expect(policyInForceAt('2024-05-15T00:00:00+08:00')?.version).toBe('lz-2024-draft');
    // 2024-05-14T16:30Z is already 2024-05-15 00:30 in Shanghai.
    expect(policyInForceAt('2024-05-14T16:30:00Z')?.version).toBe('lz-2024-draft');
    expect(policyInForceAt('2024-05-14T15:59:59Z')).toBeUndefined();
    expect(policyInForceAt(new Date('2026-11-27T00:00:00Z'))?.version).toBe('lz-2024-draft');
  });

  it('picks a later version once it is in force, by adding an object only', () => {
    const final = deepFreeze({
      ...draft,
      version: 'lz-2025-final',
      status: 'FINAL',
      effectiveFrom: '2025-01-01',
      application: { ...draft.application, minLinkedUnits: 4 },
    }) as Policy;
    const versions = assertPolicyVersions([draft, final]);
    expect(policyInForceAt('2024-12-31T23:59:59+08:00', versions)?.version).toBe('lz-2024-draft');
    expect(policyInForceAt('2025-01-01T00:00:00+08:00', versions)?.version).toBe('lz-2025-final');
  });

  it('refuses malformed versions', () => {
    expect(() => assertPolicyVersions([draft, draft])).toThrow(/duplicate/);
    const badRubric = { ...draft, version: 'x', cityReview: { ...draft.cityReview, rubric: [] } } as Policy;
    expect(() => assertPolicyVersions([badRubric])).toThrow(/rubric/);
    const withReminders = (reminders: Policy['evaluation']['reminders']) =>
      ({ ...draft, version: 'x', evaluation: { ...draft.evaluation, reminders } }) as Policy;
    expect(() =>
      assertPolicyVersions([withReminders({ workingDaysBefore: [3, 3], onDueDay: true, at: '09:00' })]),
    ).toThrow(/workingDaysBefore/);
    expect(() =>
      assertPolicyVersions([withReminders({ workingDaysBefore: [0], onDueDay: true, at: '09:00' })]),
    ).toThrow(/workingDaysBefore/);
    expect(() =>
      assertPolicyVersions([withReminders({ workingDaysBefore: [5], onDueDay: true, at: '24:00' })]),
    ).toThrow(/reminders.at/);
  });
});
