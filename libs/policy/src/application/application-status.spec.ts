import {
  acceptsSubmission,
  APPLICATION_STATUSES,
  canTransition,
  isAheadOnPath,
  REVIEW_STATUSES,
  STATUS_AFTER_CITY,
  STATUS_AFTER_PRELIMINARY,
  statusAfterCity,
  statusAfterPreliminary,
} from './application-status';

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

describe('decision → status', () => {
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

  it('leads only to statuses the state machine allows after SUBMITTED and PRELIM_RECOMMENDED', () => {
    for (const to of Object.values(STATUS_AFTER_PRELIMINARY))
      expect(canTransition('SUBMITTED', to)).toBe(true);
    for (const to of Object.values(STATUS_AFTER_CITY))
      expect(canTransition('PRELIM_RECOMMENDED', to)).toBe(true);
  });

  it('tracks in review every status but DRAFT and IN_PUBLICITY', () => {
    expect(REVIEW_STATUSES).toEqual(
      APPLICATION_STATUSES.filter((s) => s !== 'DRAFT' && s !== 'IN_PUBLICITY'),
    );
  });
});
