import { fileObjectionBodySchema, type FileObjectionBody } from '@lz/policy';
import type { ProblemError } from '../api/http';
import { problemFields } from '../shared/problem-fields';
import type { Locale, Translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/messages.zh-CN';

/** The form's fields, by their path in the request body (the server's problem+json names the same paths). */
export const OBJECTION_FIELDS = ['applicationId', 'reason', 'contact.name', 'contact.phone'] as const;
export type ObjectionField = (typeof OBJECTION_FIELDS)[number];

export const FIELD_LABELS: Record<ObjectionField, MessageKey> = {
  applicationId: 'objection.field.item',
  reason: 'objection.field.reason',
  'contact.name': 'objection.field.name',
  'contact.phone': 'objection.field.phone',
};

export interface ObjectionFormValues {
  applicationId?: string;
  reason?: string;
  contact?: { name?: string; phone?: string };
}

function isField(path: string): path is ObjectionField {
  return (OBJECTION_FIELDS as readonly string[]).includes(path);
}

/**
 * Checks the form with the very schema the publicity service applies (@lz/policy
 * fileObjectionBodySchema) and says what is wrong next to each field, in the page's language.
 */
export function validateObjection(
  values: ObjectionFormValues,
  t: Translate,
): { ok: true; body: FileObjectionBody } | { ok: false; errors: Partial<Record<ObjectionField, string>> } {
  const result = fileObjectionBodySchema.safeParse({
    applicationId: values.applicationId ?? '',
    reason: values.reason ?? '',
    contact: { name: values.contact?.name ?? '', phone: values.contact?.phone ?? '' },
  });
  if (result.success) return { ok: true, body: result.data };
  const errors: Partial<Record<ObjectionField, string>> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (!isField(path) || errors[path]) continue;
    const label = t(FIELD_LABELS[path]);
    if (issue.code === 'too_small' || issue.code === 'invalid_type')
      errors[path] = t('validation.required', { label });
    else if (issue.code === 'too_big')
      errors[path] = t('validation.tooLong', { label, max: String(issue.maximum) });
    else if (path === 'contact.phone') errors[path] = t('validation.mobile');
    else errors[path] = t('validation.invalid', { label });
  }
  return { ok: false, errors };
}

/** The server's problem+json errors: those naming a field of the form, and the rest. */
export function serverErrors(
  errors: readonly ProblemError[],
  locale: Locale,
): { fields: Partial<Record<ObjectionField, string>>; general: string[] } {
  return problemFields(errors, OBJECTION_FIELDS, locale);
}
