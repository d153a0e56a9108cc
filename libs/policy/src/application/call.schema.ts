import { z } from 'zod';
import { isPolicyVersion } from '../policy/policy-registry';
import { instantSchema, boundedText, TEXT_LIMITS } from '../shared/primitives.schema';

/** `POST /calls` body (docs/API.md): one call per year in principle (第三条(一)). */
export const callSchema = z
  .strictObject({
    year: z.int({ error: 'must be a year' }).min(2024, { error: 'must be 2024 or later' }).max(2100),
    title: boundedText(TEXT_LIMITS.short),
    opensAt: instantSchema,
    closesAt: instantSchema,
    policyVersion: z
      .string({ error: 'must be a policy version' })
      .refine(isPolicyVersion, { error: 'must be a known policy version, e.g. lz-2024-draft' }),
  })
  .refine((c) => Date.parse(c.opensAt) < Date.parse(c.closesAt), {
    error: 'closesAt must be after opensAt',
    path: ['closesAt'],
  });
export type Call = z.infer<typeof callSchema>;

/** Is the call open at `now` (opensAt inclusive, closesAt exclusive)? */
export function isCallOpen(call: Pick<Call, 'opensAt' | 'closesAt'>, now: Date): boolean {
  const t = now.getTime();
  return Date.parse(call.opensAt) <= t && t < Date.parse(call.closesAt);
}

/**
 * `POST /calls` (intake, docs/API.md): the call plus `justification`, which a second call in the same
 * year needs (第三条(一): 原则上每年集中申报1次 — in principle once a year, docs/SPEC.md 3.1). Here so that
 * intake and the portal's publishing form check it with the very same rules.
 */
export const createCallSchema = z
  .strictObject({
    ...callSchema.shape,
    justification: boundedText(TEXT_LIMITS.long).optional(),
  })
  .refine((c) => Date.parse(c.opensAt) < Date.parse(c.closesAt), {
    error: 'closesAt must be after opensAt',
    path: ['closesAt'],
  });
export type CreateCall = z.infer<typeof createCallSchema>;

/**
 * `POST /calls/:id/close` (intake): an open call closed before its window ends (提前截止), with the
 * reason the Bureau gives for it (recorded in the audit trail; docs/spec-notes.md).
 */
export const closeCallSchema = z.strictObject({ reason: boundedText(TEXT_LIMITS.medium) });
export type CloseCall = z.infer<typeof closeCallSchema>;
