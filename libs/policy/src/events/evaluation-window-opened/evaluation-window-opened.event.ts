import { z } from 'zod';
import { instantSchema } from '../../shared/primitives.schema';
import { evaluationCycleFields } from '../shared/event-fields.schema';

export const EVALUATION_WINDOW_OPENED_V1 = 'evaluation.window.opened.v1' as const;

/** One reminder the lead unit will get while the window is open (policy `evaluation.reminders`). */
export const scheduledReminderSchema = z.strictObject({
  /** Working days before the due day (0 = on the due day itself). */
  workingDaysBefore: z.int().min(0).max(60),
  at: instantSchema,
});
export type ScheduledReminder = z.infer<typeof scheduledReminderSchema>;

/** 5.2a: a cycle's evaluation window opened; the lead unit may submit its report until `dueAt`. */
export const evaluationWindowOpenedV1Schema = z.strictObject({
  ...evaluationCycleFields,
  opensAt: instantSchema,
  /** The reminders still ahead, in time order. */
  reminders: z.array(scheduledReminderSchema).max(61),
  /** A reminder date was counted over a year with no holiday arrangement yet (docs/SPEC.md §7). */
  provisional: z.boolean(),
});
export type EvaluationWindowOpenedV1 = z.infer<typeof evaluationWindowOpenedV1Schema>;
