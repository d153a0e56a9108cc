import { z } from 'zod';
import { OVERDUE_REPORT_EFFECTS } from '../../policy/policy.types';
import { instantSchema } from '../../shared/primitives.schema';
import { evaluationCycleFields } from '../shared/event-fields.schema';

export const EVALUATION_REPORT_OVERDUE_V1 = 'evaluation.report.overdue.v1' as const;

/**
 * 5.2a: no report by the due instant — the cycle is OVERDUE and escalated to the officer. What that
 * means for the grade is the policy's `evaluation.overdueReport` (the draft is silent).
 */
export const evaluationReportOverdueV1Schema = z.strictObject({
  ...evaluationCycleFields,
  overdueAt: instantSchema,
  gradeEffect: z.enum(OVERDUE_REPORT_EFFECTS),
});
export type EvaluationReportOverdueV1 = z.infer<typeof evaluationReportOverdueV1Schema>;
