import {
  newReceiptNumber,
  readReceiptNumber,
  RECEIPT_ALPHABET,
  RECEIPT_NUMBER_PATTERN,
} from './receipt-number';

/** A deterministic stand-in for crypto.randomInt. */
function seq(...values: number[]) {
  let i = 0;
  return (max: number) => values[i++ % values.length] % max;
}

describe(newReceiptNumber.name, () => {
  it('formats YY<year>-XXXX-XXXC from the alphabet, and reads back as valid', () => {
    const r = newReceiptNumber(2026, seq(0, 1, 2, 3, 4, 5, 6));
    expect(r).toMatch(/^YY2026-2345-678[2-9A-HJ-NP-Z]$/);
    expect(r).toMatch(RECEIPT_NUMBER_PATTERN);
    expect(readReceiptNumber(r)).toEqual({ ok: true, receiptNo: r });
  });

  it('draws differently each time (random, not a counter)', () => {
    const drawn = new Set(Array.from({ length: 2000 }, () => newReceiptNumber(2026)));
    expect(drawn.size).toBe(2000);
  });

  it('uses no symbol that reads like another', () => {
    expect(RECEIPT_ALPHABET).toHaveLength(32);
    expect(RECEIPT_ALPHABET).not.toMatch(/[01OI]/);
  });
});

describe(readReceiptNumber.name, () => {
  const receipts = Array.from({ length: 200 }, () => newReceiptNumber(2026));

  it('accepts what the objector typed in lower case or with spaces around', () => {
    const r = receipts[0];
    expect(readReceiptNumber(`  ${r.toLowerCase()} `)).toEqual({ ok: true, receiptNo: r });
  });

  it.each([
    '',
    'YY2026-K7M39QXT',
    'YY26-K7M3-9QXT',
    'YY2026-K7M3-9QX',
    'YY2026-K7M3-9QX0',
    'XX2026-K7M3-9QXT',
  ])('refuses %j as not a receipt number', (typed) => {
    expect(readReceiptNumber(typed)).toEqual({ ok: false, reason: 'format' });
  });

  it('catches every single mistyped symbol or year digit', () => {
    for (const r of receipts) {
      for (let i = 2; i < r.length; i += 1) {
        if (r[i] === '-') continue;
        const pool = i < 6 ? '0123456789' : RECEIPT_ALPHABET;
        for (const c of pool) {
          if (c === r[i]) continue;
          expect(readReceiptNumber(r.slice(0, i) + c + r.slice(i + 1))).toEqual({
            ok: false,
            reason: 'check',
          });
        }
      }
    }
  });

  it('catches every swap of two adjacent symbols except 2/Z (code points 0 and 31)', () => {
    let caught = 0;
    for (const r of receipts) {
      const chars = [...r.slice(7).replace('-', '')];
      for (let i = 0; i + 1 < chars.length; i += 1) {
        if (chars[i] === chars[i + 1]) continue;
        const swapped = [...chars];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
        const typed = `${r.slice(0, 7)}${swapped.slice(0, 4).join('')}-${swapped.slice(4).join('')}`;
        const pair = [chars[i], chars[i + 1]].sort().join('');
        if (pair === '2Z') continue;
        expect(readReceiptNumber(typed)).toEqual({ ok: false, reason: 'check' });
        caught += 1;
      }
    }
    expect(caught).toBeGreaterThan(1000);
  });
});
