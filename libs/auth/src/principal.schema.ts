import { z } from 'zod';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Light USCC check (docs/SPEC.md §8: 18 characters from the USCC alphabet and the GB 32100 check
 * character). The authoritative validator lives in @lz/policy; this one keeps auth standalone.
 */
export function isUsccShaped(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += USCC_CHARS.indexOf(code[i]) * (3 ** i % 31);
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARS[check] === code[17];
}

const sub = z.string().min(1).max(200);
const uscc = z.string().refine(isUsccShaped, { error: 'uscc must be a valid 18-character USCC' });
/** A district/county division code, or a platform-assigned park code (`LZ-HTZ`, libs/policy jurisdictions). */
const jurisdiction = z.string().regex(/^(\d{6}|LZ-[A-Z]{2,20})$/, {
  error: 'jurisdiction must be a 6-digit division code or a platform park code (LZ-…)',
});

/** The verified caller. Each role carries the scope claim it needs; a role without it is rejected. */
export const principalSchema = z.discriminatedUnion('role', [
  z.object({ sub, role: z.literal('applicant'), uscc }),
  z.object({ sub, role: z.literal('reviewer'), jurisdiction }),
  z.object({ sub, role: z.literal('officer') }),
  z.object({ sub, role: z.literal('expert'), org: uscc }),
  z.object({ sub, role: z.literal('evaluator'), org: uscc }),
]);
export type Principal = z.infer<typeof principalSchema>;
