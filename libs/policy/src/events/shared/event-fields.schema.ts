import { z } from 'zod';
import { chainRoleSchema, unitKindSchema } from '../../application/application.schema';
import { entityIdSchema } from '../../shared/primitives.schema';
import { boundedText, dateSchema, instantSchema, TEXT_LIMITS } from '../../shared/primitives.schema';
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

/** The evaluation cycle an event is about, and whom it concerns (evaluation.window/report events). */
export const evaluationCycleFields = {
  evaluationId: entityIdSchema,
  consortiumId: entityIdSchema,
  leadUscc: usccSchema,
  cycle: z.int().min(1),
  /** The last Asia/Shanghai day the report is accepted on. */
  dueOn: dateSchema,
  /** 24:00 Asia/Shanghai of `dueOn`. */
  dueAt: instantSchema,
};
