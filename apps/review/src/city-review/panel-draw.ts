import { createHash } from 'node:crypto';

/**
 * The reproducible expert draw of docs/SPEC.md §3.4 (市级审查): experts are drawn at random among those of the
 * application's field, excluding every expert whose organisation is the lead or a member (回避).
 *
 * Reproducible: the candidate list (sorted by expert id) and the seed are stored with the panel; the
 * same candidates and seed give the same order, so anyone can replay a draw. The whole candidate list
 * is shuffled once: the first `size` experts form the panel, the rest are the reserve, in order, from
 * which an expert who declines is replaced.
 */
export interface DrawCandidate {
  expertId: string;
  orgUscc: string;
  fields: readonly string[];
}

export interface DrawInput {
  candidates: readonly DrawCandidate[];
  field: string;
  /** USCCs of the lead and every member: their experts are excluded (回避). */
  conflictedOrgs: readonly string[];
  size: number;
  seed: string;
}

export interface DrawResult {
  seed: string;
  /** Eligible expert ids, sorted — what the shuffle ran over. */
  eligible: string[];
  /** Expert ids excluded for conflict of interest, sorted. */
  excluded: string[];
  /** The full shuffled order: panel = order.slice(0, size), reserve = the rest. */
  order: string[];
  panel: string[];
  reserve: string[];
  /** How many more eligible experts the pool would need (0 when the draw is complete). */
  missing: number;
}

/** A deterministic stream of 32-bit numbers from a seed: SHA-256 in counter mode. */
function* randomStream(seed: string): Generator<number, never, void> {
  for (let block = 0; ; block++) {
    const digest = createHash('sha256').update(`${seed}:${block}`).digest();
    for (let i = 0; i + 4 <= digest.length; i += 4) yield digest.readUInt32BE(i);
  }
}

/** Unbiased integer in [0, n) by rejection sampling. */
function nextBelow(stream: Generator<number, never, void>, n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  for (;;) {
    const v = stream.next().value;
    if (v < limit) return v % n;
  }
}

export function drawPanel(input: DrawInput): DrawResult {
  if (!Number.isInteger(input.size) || input.size < 1)
    throw new RangeError('panel size must be a positive integer');
  const conflicted = new Set(input.conflictedOrgs);
  const inField = input.candidates
    .filter((c) => c.fields.includes(input.field))
    .sort((a, b) => (a.expertId < b.expertId ? -1 : a.expertId > b.expertId ? 1 : 0));
  const excluded = inField.filter((c) => conflicted.has(c.orgUscc)).map((c) => c.expertId);
  const eligible = inField.filter((c) => !conflicted.has(c.orgUscc)).map((c) => c.expertId);

  // Fisher–Yates driven by the seeded stream.
  const order = [...eligible];
  const stream = randomStream(input.seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = nextBelow(stream, i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return {
    seed: input.seed,
    eligible,
    excluded,
    order,
    panel: order.slice(0, input.size),
    reserve: order.slice(input.size),
    missing: Math.max(0, input.size - eligible.length),
  };
}
