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

  it('refuses a year outside 2000–9999 or not whole, and a sequence not whole, naming the value', () => {
    expect(() => formatFilingNumber(1999, 1)).toThrow('bad filing year 1999');
    expect(() => formatFilingNumber(10_000, 1)).toThrow('bad filing year 10000');
    expect(() => formatFilingNumber(2026.5, 1)).toThrow('bad filing year 2026.5');
    expect(() => formatFilingNumber(2026, 1.5)).toThrow('bad filing sequence 1.5');
    expect(formatFilingNumber(2000, 1)).toBe('泸创联备〔2000〕001号');
    expect(formatFilingNumber(9999, 1)).toBe('泸创联备〔9999〕001号');
  });
});

describe(parseFilingNumber.name, () => {
  it('reads only a whole filing number, nothing before or after it', () => {
    expect(parseFilingNumber('泸创联备〔2026〕003号')).toEqual({ year: 2026, sequence: 3 });
    expect(parseFilingNumber('见泸创联备〔2026〕003号')).toBeNull();
    expect(parseFilingNumber('泸创联备〔2026〕003号文')).toBeNull();
    expect(parseFilingNumber('泸创联备〔2026〕03号')).toBeNull();
  });
});
