import { createCallSchema, TEXT_LIMITS, type CreateCall } from '@lz/policy';
import type { CallStatus, CallView } from '../api/calls';
import type { Translate } from '../i18n/translate';

export const CALL_FIELDS = [
  'year',
  'title',
  'opensAt',
  'closesAt',
  'policyVersion',
  'justification',
] as const;
export type CallField = (typeof CALL_FIELDS)[number];

/** What the officer types: a `datetime-local` value is Beijing wall time (`2027-03-01T09:00`). */
export interface CallDraft {
  year: string;
  title: string;
  opensAt: string;
  closesAt: string;
  policyVersion: string;
  justification: string;
}

/** A `datetime-local` value as the instant in Asia/Shanghai (SPEC §7: legal times are Beijing time). */
export function beijingInstant(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return local;
  return `${local.length === 16 ? `${local}:00` : local}+08:00`;
}

/**
 * The draft checked with intake's own schema (libs/policy): the body to send, or a message per field
 * in the page's language.
 */
export function checkCallDraft(
  draft: CallDraft,
  t: Translate,
):
  | { body: CreateCall; errors?: undefined }
  | { body?: undefined; errors: Partial<Record<CallField, string>> } {
  const justification = draft.justification.trim();
  const parsed = createCallSchema.safeParse({
    year: /^\d+$/.test(draft.year.trim()) ? Number(draft.year.trim()) : draft.year,
    title: draft.title,
    opensAt: beijingInstant(draft.opensAt),
    closesAt: beijingInstant(draft.closesAt),
    policyVersion: draft.policyVersion,
    ...(justification ? { justification } : {}),
  });
  if (parsed.success) return { body: parsed.data };
  const errors: Partial<Record<CallField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as CallField;
    if (errors[field]) continue;
    const label = t(`calls.field.${field}`);
    switch (field) {
      case 'year':
        errors.year = t('calls.error.year');
        break;
      case 'title':
        errors.title =
          issue.code === 'too_big'
            ? t('validation.tooLong', { label, max: TEXT_LIMITS.short })
            : t('validation.required', { label });
        break;
      case 'opensAt':
      case 'closesAt':
        errors[field] =
          issue.code === 'custom'
            ? t('calls.error.closesAt')
            : draft[field]
              ? t('validation.invalid', { label })
              : t('validation.required', { label });
        break;
      case 'justification':
        errors.justification = t('validation.tooLong', { label, max: TEXT_LIMITS.long });
        break;
      default:
        errors[field] = t('validation.invalid', { label });
    }
  }
  return { errors };
}

/** Where a call stands now (the service says whether it is open; the window says the rest). */
export function callStatus(c: Pick<CallView, 'open' | 'opensAt'>, now = Date.now()): CallStatus {
  if (c.open) return 'OPEN';
  return Date.parse(c.opensAt) > now ? 'UPCOMING' : 'CLOSED';
}
