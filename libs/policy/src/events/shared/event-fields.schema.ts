import { z } from 'zod';
import { chainRoleSchema, unitKindSchema } from '../../application/application.schema';
import { entityIdSchema } from '../../shared/primitives.schema';
import { boundedText, TEXT_LIMITS } from '../../shared/primitives.schema';
import { usccSchema } from '../../uscc/uscc';

/** Building blocks shared by event payloads. */
export const idField = entityIdSchema;
export const revisionField = z.int({ error: 'must be a positive integer' }).min(1);
/** The acting user (JWT `sub`). */
export const actorField = boundedText(TEXT_LIMITS.short);
export const opinionField = z.string().trim().max(TEXT_LIMITS.long);

export const memberSummarySchema = z.strictObject({
  uscc: usccSchema,
  name: boundedText(TEXT_LIMITS.short),
  kind: unitKindSchema,
  chainRole: chainRoleSchema,
  inLuzhou: z.boolean(),
});
export type MemberSummary = z.infer<typeof memberSummarySchema>;

export const unitRefSchema = z.strictObject({ uscc: usccSchema, name: boundedText(TEXT_LIMITS.short) });
export type UnitRef = z.infer<typeof unitRefSchema>;
