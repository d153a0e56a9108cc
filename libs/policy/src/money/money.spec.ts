import fc from 'fast-check';
import { fen, fenSchema, fenToYuanText, formatFen, yuanToFen } from './money';

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

  it("writes fen as a yuan field's text that yuanToFen reads back to the same amount", () => {
    expect(fenToYuanText(1_000_050)).toBe('10000.50');
    expect(fenToYuanText(7)).toBe('0.07');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = fenToYuanText(n);
        expect(text).toMatch(/^\d+\.\d{2}$/);
        expect(yuanToFen(text)).toBe(n);
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

  it('says in each refusal what is wrong: the schema messages are what an API caller reads', () => {
    const messages = (v: unknown) => fenSchema.safeParse(v).error?.issues.map((i) => i.message);
    expect(messages(1.5)).toEqual(['must be an integer amount in fen']);
    expect(messages('100')).toEqual(['must be an integer amount in fen']);
    expect(messages(-1)).toEqual(['must not be negative']);
    expect(messages(2 ** 53)).toContain('is too large');
    expect(fenSchema.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(true);
  });

  it('brands only non-negative safe integers with fen()', () => {
    expect(fen(0)).toBe(0);
    expect(fen(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => fen(-1)).toThrow('not a non-negative safe integer amount of fen: -1');
    expect(() => fen(1.5)).toThrow('not a non-negative safe integer amount of fen: 1.5');
    expect(() => fen(2 ** 53)).toThrow(RangeError);
  });

  it('reads surrounding spaces and grouping commas, names a refused input, and stops at the safe maximum', () => {
    expect(yuanToFen(' 12.50 ')).toBe(1250);
    expect(yuanToFen('1,234,567.8')).toBe(123_456_780);
    expect(() => yuanToFen('1.001')).toThrow('not a yuan amount with at most 2 decimals: "1.001"');
    expect(yuanToFen('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => yuanToFen('90071992547409.92')).toThrow('amount too large: "90071992547409.92"');
  });

  it('formats negative amounts and large groupings, and refuses a fraction of a fen', () => {
    expect(formatFen(-150)).toBe('-¥1.50');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(1_234_567_890)).toBe('¥12,345,678.90');
    expect(formatFen(100)).toBe('¥1.00');
    expect(() => formatFen(1.5)).toThrow('not an integer amount of fen: 1.5');
  });
});
