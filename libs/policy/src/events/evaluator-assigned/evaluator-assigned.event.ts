import { z } from 'zod';
import { instantSchema } from '../../shared/primitives.schema';
import { usccSchema } from '../../uscc/uscc';
import { actorField, evaluationCycleFields } from '../shared/event-fields.schema';

export const EVALUATOR_ASSIGNED_V1 = 'evaluation.evaluator.assigned.v1' as const;

/**
 * 5.2a: the Bureau commissioned a third-party institution (评估机构) for a cycle — the institution is
 * told of its task, and one that held it before of its withdrawal.
 */
export const evaluatorAssignedV1Schema = z.strictObject({
  ...evaluationCycleFields,
  evaluatorOrgUscc: usccSchema,
  /** The institution assigned before, when this replaces it (null: the first assignment). */
  previousEvaluatorOrgUscc: usccSchema.nullable(),
  assignedBy: actorField,
  assignedAt: instantSchema,
});
export type EvaluatorAssignedV1 = z.infer<typeof evaluatorAssignedV1Schema>;
