import type { EvaluationReminder, EvaluationStatus } from '../api/evaluations';
import type { MessageKey } from '../i18n/messages.zh-CN';

export const evaluationStatusLabel = (s: EvaluationStatus): MessageKey => `evaluation.status.${s}`;
export const reminderStatusLabel = (s: EvaluationReminder['status']): MessageKey =>
  `evaluation.reminder.${s}`;
