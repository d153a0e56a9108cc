import { z } from 'zod';

/** An amount of money in integer fen (分, 1 yuan = 100 fen), non-negative. Never a float (docs/SPEC.md 2.5). */
export const fenSchema = z
  .number({ error: 'must be an integer amount in fen' })
  .int({ error: 'must be an integer amount in fen' })
  .nonnegative({ error: 'must not be negative' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'is too large' })
  .brand<'Fen'>();

/** Branded integer fen. Build one with `fen(n)`, `yuanToFen('1.00')` or `fenSchema.parse(n)`. */
export type Fen = z.infer<typeof fenSchema>;

/** Brands a number as fen after checking it is a non-negative safe integer. */
export function fen(n: number): Fen {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`not a non-negative safe integer amount of fen: ${n}`);
  }
  return n as Fen;
}

const YUAN_PATTERN = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Converts a decimal yuan string (`"1000000"`, `"12.5"`, `"0.01"`, `"1,000.00"`) to fen exactly,
 * without passing through floating point. More than two decimals is an error, not a rounding.
 */
export function yuanToFen(yuan: string): Fen {
  const match = YUAN_PATTERN.exec(yuan.trim().replace(/,/g, ''));
  if (!match) {
    throw new RangeError(`not a yuan amount with at most 2 decimals: "${yuan}"`);
  }
  const whole = BigInt(match[1]);
  const cents = BigInt((match[2] ?? '').padEnd(2, '0'));
  const total = whole * 100n + cents;
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`amount too large: "${yuan}"`);
  }
  return Number(total) as Fen;
}

/**
 * `1_000_050` → `'10000.50'`: the amount as a yuan field's text, the inverse of `yuanToFen` (no
 * currency sign, no separators, exactly two decimals; integer arithmetic only).
 */
export function fenToYuanText(amount: Fen | number): string {
  return formatFen(amount).replace(/[¥,]/g, '');
}

/** `100_000_000` → `'¥1,000,000.00'`. */
export function formatFen(amount: Fen | number): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`not an integer amount of fen: ${amount}`);
  }
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${negative ? '-' : ''}¥${yuan}.${cents}`;
}
