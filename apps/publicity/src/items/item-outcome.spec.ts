import { itemOutcome } from './item-outcome';

describe(itemOutcome.name, () => {
  it('clears an item with no objection once the period has ended', () => {
    expect(itemOutcome([], true)).toBe('CLEARED');
  });

  it('clears an item whose objections were all dismissed once the period has ended', () => {
    expect(itemOutcome(['DISMISSED', 'DISMISSED'], true)).toBe('CLEARED');
  });

  it('never clears an item while the period runs', () => {
    expect(itemOutcome([], false)).toBe('IN_PUBLICITY');
    expect(itemOutcome(['DISMISSED'], false)).toBe('IN_PUBLICITY');
  });

  it('lets an item with a pending objection wait for its resolution after the period', () => {
    expect(itemOutcome(['PENDING'], true)).toBe('AWAITING_RESOLUTION');
    expect(itemOutcome(['DISMISSED', 'PENDING'], true)).toBe('AWAITING_RESOLUTION');
  });

  it('contests an item with an upheld objection, during or after the period, whatever else is pending', () => {
    expect(itemOutcome(['UPHELD'], false)).toBe('CONTESTED');
    expect(itemOutcome(['PENDING', 'UPHELD'], true)).toBe('CONTESTED');
    expect(itemOutcome(['DISMISSED', 'UPHELD'], true)).toBe('CONTESTED');
  });
});
