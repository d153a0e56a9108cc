import type { TransactionRunner } from './transaction-runner';

export interface RetryOptions {
  /** Attempts after the first (default 5). */
  retries?: number;
  /** Back-off base, ms (default 10); attempt n waits a random time in [0, base·2ⁿ] capped at maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  onRetry?: (attempt: number, error: unknown) => void;
}

const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected

/**
 * True for a serialization failure or deadlock, whether raised by node-postgres (SQLSTATE 40001 /
 * 40P01) or by Prisma (P2034 "transaction failed due to a write conflict or a deadlock"), also when
 * wrapped in `cause`.
 */
export function isSerializationFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const e = current as { code?: unknown; meta?: { code?: unknown }; cause?: unknown; message?: unknown };
    if (e.code === 'P2034') return true;
    if (typeof e.code === 'string' && RETRYABLE_SQLSTATES.has(e.code)) return true;
    if (typeof e.meta?.code === 'string' && RETRYABLE_SQLSTATES.has(e.meta.code)) return true;
    if (typeof e.message === 'string' && /could not serialize access/.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

/**
 * Runs `fn` in a transaction of `runner`, re-running the whole transaction on a serialization
 * failure (P2034 / 40001 / 40P01) with jittered exponential back-off. Any other error is rethrown
 * at once. `fn` must be safe to re-run: no side effects outside the transaction.
 */
export async function withSerializableRetry<Tx, T>(
  runner: TransactionRunner<Tx>,
  fn: (tx: Tx) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const retries = options.retries ?? 5;
  const base = options.baseDelayMs ?? 10;
  const max = options.maxDelayMs ?? 1_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await runner.transaction(fn);
    } catch (error) {
      if (attempt >= retries || !isSerializationFailure(error)) throw error;
      options.onRetry?.(attempt + 1, error);
      const delay = Math.random() * Math.min(max, base * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
