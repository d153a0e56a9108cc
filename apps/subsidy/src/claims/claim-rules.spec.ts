import { getPolicy } from '@lz/policy';
import { capFenOf, carriesAmount, ruleOf } from './claim-rules';

describe('claim rules', () => {
  const policy = getPolicy('lz-2024-draft');

  it('caps a pilot platform at 1,000,000 yuan and a transformation project at 5,000,000 yuan, in fen', () => {
    expect(capFenOf(policy, 'PILOT_PLATFORM')).toBe(100_000_000);
    expect(capFenOf(policy, 'TRANSFORMATION_PROJECT')).toBe(500_000_000);
    expect(capFenOf(policy, 'COOPERATION')).toBeNull();
  });

  it('gives the priority categories no amount and names each category by its rule', () => {
    expect(
      ['COOPERATION', 'PILOT_PLATFORM', 'TRANSFORMATION_PROJECT'].every((c) => carriesAmount(c as never)),
    ).toBe(true);
    expect(
      ['OPEN_COMPETITION', 'INCUBATION', 'TALENT', 'FINANCE'].some((c) => carriesAmount(c as never)),
    ).toBe(false);
    expect(ruleOf('PILOT_PLATFORM')).toBe('4.3');
    expect(ruleOf('FINANCE')).toBe('4.7');
  });
});
