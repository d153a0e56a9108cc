import { z } from 'zod';
import { boundedText } from '../shared/primitives.schema';
import { usccSchema } from '../uscc/uscc';

/** Bounds of an expert's entry in the pool (评审专家库, docs/SPEC.md 3.4). */
export const EXPERT_LIMITS = {
  name: 100,
  orgName: 200,
  title: 100,
  field: 100,
  fields: 20,
  email: 254,
  retireReason: 500,
} as const;

/** A mainland mobile number (11 digits, 13x–19x) or a landline with its area code (0830-3101234). */
export const EXPERT_PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** Free text that may be left empty ('' and null both mean "not given"). */
const optionalText = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .nullable()
    .optional();

/**
 * The expert's entry as the officer gives it (`POST /experts`, `PATCH /experts/:id`, one row of an
 * import). Name, organisation (its USCC: the draw's 回避 compares it with the lead's and the members')
 * and fields (the draw is by field) are required; the organisation's name, the title (职称) and the
 * contact are optional. Contact is personal data: officers only, never in a log line.
 */
export const expertBodySchema = z.strictObject({
  name: boundedText(EXPERT_LIMITS.name),
  orgUscc: usccSchema,
  orgName: optionalText(EXPERT_LIMITS.orgName),
  fields: z
    .array(boundedText(EXPERT_LIMITS.field))
    .min(1, { error: 'give at least one field' })
    .max(EXPERT_LIMITS.fields, { error: `at most ${EXPERT_LIMITS.fields} fields` }),
  title: optionalText(EXPERT_LIMITS.title),
  phone: z
    .string({ error: 'must be a string' })
    .trim()
    .refine((v) => v === '' || EXPERT_PHONE.test(v), {
      error: 'must be a mobile number (11 digits) or a landline with its area code, e.g. 0830-3101234',
      params: {
        rule: 'expert.phone',
        messageZh: '应为 11 位手机号或带区号的固定电话（如 0830-3101234）',
      },
    })
    .nullable()
    .optional(),
  email: z
    .string({ error: 'must be a string' })
    .trim()
    .max(EXPERT_LIMITS.email, { error: `must be at most ${EXPERT_LIMITS.email} characters` })
    .refine((v) => v === '' || EMAIL.test(v), {
      error: 'must be an e-mail address',
      params: { rule: 'expert.email', messageZh: '应为电子邮箱地址' },
    })
    .nullable()
    .optional(),
});
export type ExpertBody = z.infer<typeof expertBodySchema>;

/** `PATCH /experts/:id`: the fields to change (at least one); a cleared optional field is `null` or ''. */
export const expertPatchSchema = expertBodySchema.partial().refine((b) => Object.keys(b).length > 0, {
  error: 'give at least one field to change',
  params: { rule: 'expert.patch', messageZh: '请至少修改一项' },
});
export type ExpertPatch = z.infer<typeof expertPatchSchema>;

/** `POST /experts/:id/retire`: why the expert leaves the pool (never drawn again; past scores stay). */
export const retireExpertBodySchema = z.strictObject({
  reason: boundedText(EXPERT_LIMITS.retireReason),
});
export type RetireExpertBody = z.infer<typeof retireExpertBodySchema>;

/** An expert in the pool (drawn) or retired from it (退出专家库: never drawn again). */
export const EXPERT_STATUSES = ['ACTIVE', 'RETIRED'] as const;
export type ExpertStatus = (typeof EXPERT_STATUSES)[number];
