import { ConflictProblem } from '@lz/http';
import {
  acceptsSubmission,
  assertStepAllowed,
  statusAfterCity,
  statusAfterPreliminary,
  STEP_RULES,
} from './review-case.status';

describe('review case status', () => {
  it('maps each preliminary decision to its status', () => {
    expect(statusAfterPreliminary('RECOMMEND')).toBe('PRELIM_RECOMMENDED');
    expect(statusAfterPreliminary('RETURN')).toBe('RETURNED');
    expect(statusAfterPreliminary('NOT_RECOMMEND')).toBe('PRELIM_REJECTED');
  });

  it('maps each city decision to its status', () => {
    expect(statusAfterCity('TO_BE_FILED')).toBe('CITY_TO_BE_FILED');
    expect(statusAfterCity('REJECT')).toBe('CITY_REJECTED');
  });

  it('accepts a new application and a higher revision after a return, nothing else', () => {
    expect(acceptsSubmission(null, 1)).toBe(true);
    expect(acceptsSubmission({ revision: 1, status: 'RETURNED' }, 2)).toBe(true);
    expect(acceptsSubmission({ revision: 2, status: 'RETURNED' }, 2)).toBe(false);
    expect(acceptsSubmission({ revision: 1, status: 'SUBMITTED' }, 1)).toBe(false);
    expect(acceptsSubmission({ revision: 1, status: 'PRELIM_RECOMMENDED' }, 2)).toBe(false);
  });

  it('refuses a step in the wrong status with a 409 naming the docs/SPEC.md rule', () => {
    const cases: Array<[keyof typeof STEP_RULES, string, string]> = [
      ['preliminaryDecision', 'RETURNED', '3.3'],
      ['panelDraw', 'SUBMITTED', '3.4'],
      ['scoring', 'CITY_TO_BE_FILED', '3.4'],
      ['cityDecision', 'PRELIM_REJECTED', '3.4'],
      ['filingApproval', 'CITY_TO_BE_FILED', '3.6'],
      ['filingApproval', 'FILED', '3.6'],
    ];
    for (const [step, status, rule] of cases) {
      let thrown: unknown;
      try {
        assertStepAllowed(step, status);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(ConflictProblem);
      expect((thrown as ConflictProblem).problem.errors[0]).toMatchObject({ rule });
      expect((thrown as ConflictProblem).problem.detail).toContain(status);
    }
  });

  it('allows each step in its own status', () => {
    expect(() => assertStepAllowed('preliminaryDecision', 'SUBMITTED')).not.toThrow();
    expect(() => assertStepAllowed('panelDraw', 'PRELIM_RECOMMENDED')).not.toThrow();
    expect(() => assertStepAllowed('filingApproval', 'CLEARED')).not.toThrow();
  });
});
