import { defineDeadlineKinds, type DeadlineKindOf } from '@lz/deadlines';

/** The evaluation window of a cycle opens: SCHEDULED → OPEN. Row `evaluation.window.open:<evaluationId>`. */
export const EVALUATION_WINDOW_OPEN = 'evaluation.window.open' as const;
/** The report is due: an OPEN cycle with no report becomes OVERDUE. Row `evaluation.window.due:<evaluationId>`. */
export const EVALUATION_WINDOW_DUE = 'evaluation.window.due' as const;

/**
 * A reminder to the lead unit that the report is due (policy `evaluation.reminders`). Row
 * `evaluation.report.reminder:<evaluationId>:<n>`, n = working days before the due day (0 = on it).
 */
export const EVALUATION_REPORT_REMINDER = 'evaluation.report.reminder' as const;

export const EVALUATION_DEADLINES = defineDeadlineKinds([
  EVALUATION_WINDOW_OPEN,
  EVALUATION_REPORT_REMINDER,
  EVALUATION_WINDOW_DUE,
] as const);
export type EvaluationDeadline = DeadlineKindOf<typeof EVALUATION_DEADLINES>;

/**
 * Days the lead unit has to submit its report once a cycle's window opens (docs/SPEC.md 5.2a).
 * The draft text (第五条(二) "每两年评估一次") gives no window; 30 calendar days is this platform's
 * choice, kept here rather than in the policy object until a final text names one.
 */
export const EVALUATION_REPORT_WINDOW_DAYS = 30;
