import { computeUsccCheckChar, USCC_CHARSET } from '@lz/policy';
import { randomSeed, seededStream } from './seed';

export interface MakeUsccOptions {
  /** Same seed → same code. Omitted: a random (unique) code. */
  seed?: string | number;
  /** Positions 1–2: 91 enterprise (default), 12 public institution, 52 private non-enterprise unit, … */
  orgType?: '91' | '12' | '52' | (string & {});
  /** Positions 3–8, the issuing division; default 510502 (江阳区). */
  division?: string;
}

/**
 * A valid Unified Social Credit Code (GB 32100-2015 check character).
 * `makeUscc('lead')`, `makeUscc(7)`, `makeUscc({ seed: 'x', orgType: '12', division: '110000' })`.
 */
export function makeUscc(seedOrOptions?: string | number | MakeUsccOptions): string {
  const options: MakeUsccOptions =
    typeof seedOrOptions === 'object' && seedOrOptions !== null ? seedOrOptions : { seed: seedOrOptions };
  const orgType = options.orgType ?? '91';
  const division = options.division ?? '510502';
  if (orgType.length !== 2 || !/^\d{6}$/.test(division)) {
    throw new RangeError(`makeUscc: orgType must be 2 characters and division 6 digits`);
  }
  const seed = options.seed === undefined ? randomSeed() : String(options.seed);
  const next = seededStream(`${orgType}|${division}|${seed}`);
  let orgCode = '';
  for (let i = 0; i < 9; i++) orgCode += USCC_CHARSET[next() % USCC_CHARSET.length];
  const body = `${orgType}${division}${orgCode}`;
  return body + computeUsccCheckChar(body);
}
