import { z } from 'zod';
import { instantSchema } from '../../shared/primitives.schema';
import { evaluationCycleFields } from '../shared/event-fields.schema';

export const EVALUATION_REPORT_REMINDED_V1 = 'evaluation.report.reminded.v1' as const;

/** 5.2a: the lead unit is reminded that its report is due (policy `evaluation.reminders`). */
export const evaluationReportRemindedV1Schema = z.strictObject({
  ...evaluationCycleFields,
  /** Working days left before the due day (0 = today is the due day). */
  workingDaysBefore: z.int().min(0).max(60),
  remindedAt: instantSchema,
});
export type EvaluationReportRemindedV1 = z.infer<typeof evaluationReportRemindedV1Schema>;
