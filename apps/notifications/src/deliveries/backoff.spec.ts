import { backoffMs } from './backoff';

describe(backoffMs.name, () => {
  it('doubles from the base after each failed send', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1000, 60_000))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never waits longer than the cap, however many sends failed', () => {
    expect(backoffMs(7, 1000, 60_000)).toBe(60_000);
    expect(backoffMs(10_000, 1000, 60_000)).toBe(60_000);
  });

  it('treats a first or unknown attempt as the first', () => {
    expect(backoffMs(0, 500, 10_000)).toBe(500);
  });
});
