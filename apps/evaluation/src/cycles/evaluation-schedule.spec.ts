import { formatShanghaiIso } from '@lz/calendar';
import { getPolicy } from '@lz/policy';
import { addYears, cycleWindow } from './evaluation-schedule';

describe(cycleWindow.name, () => {
  const policy = getPolicy('lz-2024-draft');

  it('opens the first cycle on the second anniversary of filing and closes 30 days later at 24:00 Shanghai', () => {
    const w = cycleWindow('2026-03-10', 1, policy);
    expect(w).toMatchObject({ cycle: 1, opensOn: '2028-03-10', dueOn: '2028-04-09' });
    expect(formatShanghaiIso(w.opensAt)).toBe('2028-03-10T00:00:00+08:00');
    expect(formatShanghaiIso(w.dueAt)).toBe('2028-04-10T00:00:00+08:00');
    expect(w.opensAt.toISOString()).toBe('2028-03-09T16:00:00.000Z');
  });

  it('opens the second cycle four years after filing', () => {
    expect(cycleWindow('2026-03-10', 2, policy).opensOn).toBe('2030-03-10');
  });

  it('moves a 29 February filing to 28 February in a common year', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('refuses cycle 0', () => {
    expect(() => cycleWindow('2026-03-10', 0, policy)).toThrow(RangeError);
  });
});
