import { z } from 'zod';
import { EVALUATION_GRADES } from '../../policy/policy.types';
import { instantSchema } from '../../shared/primitives.schema';
import { usccSchema } from '../../uscc/uscc';
import { idField, opinionField } from '../shared/event-fields.schema';

export const EVALUATION_RESULT_RECORDED_V1 = 'evaluation.result.recorded.v1' as const;

export const evaluationGradeSchema = z.enum(EVALUATION_GRADES);

/** 5.2a/5.2b: a biennial evaluation's grade; subsidy keeps the latest one per consortium. */
export const evaluationResultRecordedV1Schema = z.strictObject({
  evaluationId: idField,
  consortiumId: idField,
  cycle: z.int().min(1),
  grade: evaluationGradeSchema,
  passed: z.boolean(),
  /** Failed evaluations in a row, this one included (0 when it passed). */
  consecutiveFailures: z.int().min(0),
  evaluatorOrgUscc: usccSchema,
  comment: opinionField,
  recordedAt: instantSchema,
});
export type EvaluationResultRecordedV1 = z.infer<typeof evaluationResultRecordedV1Schema>;
