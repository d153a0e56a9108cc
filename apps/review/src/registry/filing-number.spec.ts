import fc from 'fast-check';
import { formatFilingNumber, parseFilingNumber } from './filing-number';

describe(formatFilingNumber.name, () => {
  it('formats the example of docs/SPEC.md §8', () => {
    expect(formatFilingNumber(2026, 3)).toBe('泸创联备〔2026〕003号');
  });

  it('keeps growing past 999 without truncation', () => {
    expect(formatFilingNumber(2026, 1234)).toBe('泸创联备〔2026〕1234号');
  });

  it('round-trips through the parser', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 9999 }),
        fc.integer({ min: 1, max: 99_999 }),
        (year, sequence) => {
          expect(parseFilingNumber(formatFilingNumber(year, sequence))).toEqual({ year, sequence });
        },
      ),
    );
  });

  it('refuses a zero sequence', () => {
    expect(() => formatFilingNumber(2026, 0)).toThrow(RangeError);
  });
});
