import { z } from 'zod';
import { storedFileViewSchema } from '@lz/evidence';
import { exportable, listQuerySchema, pageSchema } from '@lz/http';
import {
  boundedText,
  entityIdSchema,
  EVALUATION_STATUSES,
  evaluationGradeSchema,
  type EvaluationStatus,
  OVERDUE_REPORT_EFFECTS,
  TEXT_LIMITS,
  usccSchema,
} from '@lz/policy';

export { EVALUATION_STATUSES, type EvaluationStatus };

/** `POST /evaluations/:id/report` (docs/SPEC.md 5.2a): what the lead unit reports, with its evidence. */
export const reportBodySchema = z.strictObject({
  /** 绩效: performance since formation (or since the last cycle). */
  performance: boundedText(TEXT_LIMITS.long),
  /** 管理运行情况 */
  operation: boundedText(TEXT_LIMITS.long),
  /** 创新活动开展情况 */
  activities: boundedText(TEXT_LIMITS.long),
  /** 佐证材料: ids of the evidence uploaded to this evaluation (`POST /evaluations/:id/evidence`). */
  evidenceIds: z
    .array(z.uuid({ error: 'must be the id of an uploaded evidence file' }))
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'must not list a file twice' }),
});
export type ReportBody = z.infer<typeof reportBodySchema>;

export const assignBodySchema = z.strictObject({ evaluatorOrgUscc: usccSchema });
export type AssignBody = z.infer<typeof assignBodySchema>;

export const resultBodySchema = z.strictObject({
  grade: evaluationGradeSchema,
  comment: boundedText(TEXT_LIMITS.long),
});
export type ResultBody = z.infer<typeof resultBodySchema>;

/**
 * `GET /evaluations` (scoped: the lead its consortia's, an evaluator its assignments, an officer
 * all): earliest window first; by consortium, status and cycle.
 */
export const listEvaluationsQuerySchema = exportable(
  listQuerySchema({
    sortable: ['opensAt', 'dueAt', 'cycle', 'status'],
    defaultSort: ['opensAt'],
    filters: {
      consortiumId: entityIdSchema.optional(),
      status: z.enum(EVALUATION_STATUSES).optional(),
      cycle: z.coerce.number().int().min(1).max(1000).optional(),
    },
  }),
);

export type ListEvaluationsQuery = z.output<typeof listEvaluationsQuerySchema>;

export const REMINDER_STATUSES = ['SCHEDULED', 'SENT', 'CANCELLED'] as const;

export const evaluationViewSchema = z.object({
  id: z.string(),
  consortiumId: z.string(),
  cycle: z.int(),
  /** Asia/Shanghai dates: the window opens on `opensOn` 00:00 and closes at the end of `dueOn`. */
  opensOn: z.string(),
  dueOn: z.string(),
  opensAt: z.string(),
  dueAt: z.string(),
  status: z.enum(EVALUATION_STATUSES),
  /**
   * The consortium as the registry filed it, and docs/SPEC.md 5.2c as it happens: when two
   * consecutive failures decided the delisting (here), and when the registry delisted it.
   */
  consortium: z.object({
    name: z.string(),
    filingNumber: z.string(),
    status: z.enum(['ACTIVE', 'DELISTED']),
    delistingDecidedAt: z.string().nullable(),
    delistedAt: z.string().nullable(),
  }),
  acceptingReport: z.boolean(),
  evaluatorOrgUscc: z.string().nullable(),
  report: z
    .object({
      performance: z.string(),
      operation: z.string(),
      activities: z.string(),
      evidenceIds: z.array(z.string()),
      submittedAt: z.string(),
    })
    .nullable(),
  /** Every evidence file uploaded to the evaluation, oldest first (the report names the ones it relies on). */
  evidence: z.array(storedFileViewSchema),
  result: z
    .object({
      grade: evaluationGradeSchema,
      passed: z.boolean(),
      consecutiveFailures: z.int(),
      comment: z.string(),
      gradedAt: z.string(),
    })
    .nullable(),
  /**
   * The report reminders to the lead unit (policy `evaluation.reminders`), set when the window opens,
   * in time order: `workingDaysBefore` the due day (0 = on it); SENT, SCHEDULED, or CANCELLED (the
   * report came in first, or the cycle ended).
   */
  reminders: z.array(
    z.object({
      workingDaysBefore: z.int(),
      at: z.string(),
      status: z.enum(REMINDER_STATUSES),
      provisional: z.boolean(),
    }),
  ),
  /** What an overdue report means for the grade (policy `evaluation.overdueReport`). */
  overdueReport: z.enum(OVERDUE_REPORT_EFFECTS),
  policyVersion: z.string(),
});
export type EvaluationView = z.infer<typeof evaluationViewSchema>;

export const evaluationListSchema = pageSchema(evaluationViewSchema);
