// Polling waits for tests on a loaded machine: never a fixed short sleep before an assertion.

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 100 ms until it holds (default 15 s), else fails naming `what`. */
export async function waitUntil(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for: ${what}`);
}

/**
 * How long an "exactly once" check keeps watching after the expected count is reached, ms: longer
 * than a relay poll, a consumer retry and a deadline reconcile of the test configuration
 * (OUTBOX_POLL_MS 50, EVENT_RETRY_DELAYS_MS 100,300, DEADLINE_RECONCILE_MS 1000), so a duplicate
 * has time to show up before the count is taken.
 */
export const DUPLICATE_GRACE_MS = 2_000;

export interface ExactlyOptions {
  /** Longest wait for the expected count (default 15 s). */
  timeoutMs?: number;
  /** Watching after it is reached (default {@link DUPLICATE_GRACE_MS}). */
  graceMs?: number;
}

/**
 * For "exactly once" checks: polls `count` until it reaches `expected` (fails after `timeoutMs`),
 * then keeps polling for `graceMs` and fails as soon as it exceeds `expected`. Returns the count.
 */
export async function waitForExactly(
  what: string,
  count: () => Promise<number> | number,
  expected: number,
  { timeoutMs = 15_000, graceMs = DUPLICATE_GRACE_MS }: ExactlyOptions = {},
): Promise<number> {
  let seen = 0;
  await waitUntil(
    async () => (seen = await count()) >= expected,
    `${what} (${expected} expected)`,
    timeoutMs,
  ).catch((err: Error) => {
    throw new Error(`${err.message}; saw ${seen}`);
  });
  const until = Date.now() + graceMs;
  for (;;) {
    seen = await count();
    if (seen > expected) throw new Error(`${what}: ${seen} seen, exactly ${expected} expected`);
    if (Date.now() >= until) return seen;
    await sleep(100);
  }
}
