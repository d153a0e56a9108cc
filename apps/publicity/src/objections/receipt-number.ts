import { randomInt } from 'node:crypto';

/**
 * 异议回执编号 — the receipt number an objector quotes: `YY<year>-<4>-<3><check>`, e.g.
 * `YY2026-K7M3-9QXT`.
 *
 * - `YY` (异议), the Asia/Shanghai year of filing, then eight symbols in two groups of four from
 *   `23456789ABCDEFGHJKLMNPQRSTUVWXYZ` (no 0/O, 1/I: nothing to misread when read out or copied).
 * - The first seven symbols are random (crypto, 32⁷ ≈ 3.4·10¹⁰ per year): the number says nothing
 *   about the objector and cannot be guessed from other receipts.
 * - The last symbol is a Luhn mod 32 check character over the year's digits and the seven symbols:
 *   every single mistyped symbol is caught before a lookup, and every swap of two adjacent symbols
 *   except of the pair `2`/`Z` (code points 0 and 31, as Luhn's own 0/9).
 * - Unique (a unique index); the rare collision is drawn again by the service.
 */
export const RECEIPT_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const N = RECEIPT_ALPHABET.length;
const RANDOM_SYMBOLS = 7;

/** `YY2026-K7M3-9QXT`, upper or lower case, dashes where shown. */
export const RECEIPT_NUMBER_PATTERN = /^YY(\d{4})-([2-9A-HJ-NP-Z]{4})-([2-9A-HJ-NP-Z]{4})$/;

/** Luhn mod N: code points right to left, every second one doubled (its digits summed in base N). */
function luhnCheckPoint(points: readonly number[]): number {
  let sum = 0;
  let double = true; // the check character will be the rightmost, so the last point here is doubled
  for (let i = points.length - 1; i >= 0; i -= 1) {
    let v = points[i];
    if (double) {
      v *= 2;
      v = Math.floor(v / N) + (v % N);
    }
    sum += v;
    double = !double;
  }
  return (N - (sum % N)) % N;
}

function pointsOf(year: string, symbols: string): number[] {
  return [...year].map(Number).concat([...symbols].map((c) => RECEIPT_ALPHABET.indexOf(c)));
}

function format(year: string, symbols: string): string {
  const check = RECEIPT_ALPHABET[luhnCheckPoint(pointsOf(year, symbols))];
  return `YY${year}-${symbols.slice(0, 4)}-${symbols.slice(4)}${check}`;
}

/** A fresh receipt number for an objection filed in `year` (Asia/Shanghai). */
export function newReceiptNumber(year: number, random: (max: number) => number = randomInt): string {
  let symbols = '';
  for (let i = 0; i < RANDOM_SYMBOLS; i += 1) symbols += RECEIPT_ALPHABET[random(N)];
  return format(String(year).padStart(4, '0'), symbols);
}

export type ReceiptCheck = { ok: true; receiptNo: string } | { ok: false; reason: 'format' | 'check' };

/** Reads what an objector typed: trimmed, any case; the format and the check character must hold. */
export function readReceiptNumber(input: string): ReceiptCheck {
  const m = RECEIPT_NUMBER_PATTERN.exec(input.trim().toUpperCase());
  if (!m) return { ok: false, reason: 'format' };
  const [, year, first, second] = m;
  const symbols = first + second.slice(0, 3);
  const receiptNo = format(year, symbols);
  return receiptNo === `YY${year}-${first}-${second}`
    ? { ok: true, receiptNo }
    : { ok: false, reason: 'check' };
}
