import fc from 'fast-check';
import { fenSchema, formatFen, yuanToFen } from './money';

describe('money', () => {
  it('converts decimal yuan strings to fen exactly', () => {
    expect(yuanToFen('1000000')).toBe(100_000_000);
    expect(yuanToFen('0.01')).toBe(1);
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen('1,000.10')).toBe(100_010);
    expect(yuanToFen('0.29')).toBe(29);
  });

  it('refuses yuan strings that are not exact amounts', () => {
    for (const bad of ['1.001', '-1', 'abc', '', '1e6', '1.']) {
      expect(() => yuanToFen(bad)).toThrow(RangeError);
    }
  });

  it('formats fen as yuan with grouping', () => {
    expect(formatFen(100_000_000)).toBe('¥1,000,000.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(123_456)).toBe('¥1,234.56');
  });

  it('round-trips any amount through format and parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(yuanToFen(formatFen(n).slice(1))).toBe(n);
      }),
    );
  });

  it('fenSchema accepts non-negative integers only', () => {
    expect(fenSchema.safeParse(100).success).toBe(true);
    expect(fenSchema.safeParse(0).success).toBe(true);
    expect(fenSchema.safeParse(1.5).success).toBe(false);
    expect(fenSchema.safeParse(-1).success).toBe(false);
    expect(fenSchema.safeParse('100').success).toBe(false);
  });
});
