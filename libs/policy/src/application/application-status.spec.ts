import { APPLICATION_STATUSES, canTransition, isAheadOnPath } from './application-status';

describe(isAheadOnPath.name, () => {
  it('sees CLEARED ahead of a CITY_TO_BE_FILED application (the notice event is still on its way)', () => {
    expect(isAheadOnPath('CITY_TO_BE_FILED', 'CLEARED')).toBe(true);
    expect(isAheadOnPath('PRELIM_RECOMMENDED', 'FILED')).toBe(true);
  });

  it('does not call the next step "ahead": that one is a plain transition', () => {
    expect(isAheadOnPath('IN_PUBLICITY', 'CLEARED')).toBe(false);
    expect(canTransition('IN_PUBLICITY', 'CLEARED')).toBe(true);
  });

  it('never sees anything ahead of a final status, nor a status behind', () => {
    for (const to of APPLICATION_STATUSES) {
      expect(isAheadOnPath('FILED', to)).toBe(false);
      expect(isAheadOnPath('CONTESTED', to)).toBe(false);
    }
    expect(isAheadOnPath('CLEARED', 'IN_PUBLICITY')).toBe(false);
    expect(isAheadOnPath('CONTESTED', 'FILED')).toBe(false);
  });
});
