import { z } from 'zod';
import { instantSchema, TEXT_LIMITS } from '../../shared/primitives.schema';
import { idField } from '../shared/event-fields.schema';

export const OBJECTION_FILED_V1 = 'publicity.objection.filed.v1' as const;

/** 异议 filed during publicity. The objector's contact details stay in publicity (personal data). */
export const objectionFiledV1Schema = z.strictObject({
  objectionId: idField,
  noticeId: idField,
  applicationId: idField,
  reason: z.string().trim().min(1).max(TEXT_LIMITS.medium),
  filedAt: instantSchema,
});
export type ObjectionFiledV1 = z.infer<typeof objectionFiledV1Schema>;
