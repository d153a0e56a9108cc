import type { EvaluationReminder, EvaluationStatus, EvaluationView } from '../api/evaluations';
import type { MessageKey } from '../i18n/messages.zh-CN';

export const evaluationStatusLabel = (s: EvaluationStatus): MessageKey => `evaluation.status.${s}`;
export const gradeLabel = (g: NonNullable<EvaluationView['result']>['grade']): MessageKey =>
  `evaluations.grade.${g}`;
export const reminderStatusLabel = (s: EvaluationReminder['status']): MessageKey =>
  `evaluation.reminder.${s}`;
