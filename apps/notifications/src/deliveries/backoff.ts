/** Wait before the next try after `attempts` failed sends: base · 2^(attempts − 1), at most `max`. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  return Math.min(baseMs * 2 ** exponent, maxMs);
}
