import { ApiError, type ProblemError } from '../api/http';
import type { Locale } from '../i18n/translate';

/**
 * The server's problem+json errors split into those that name a field of the form (by its path in the
 * request body; shown next to it) and the rest (shown above the button), in the page's language.
 */
export function problemFields<F extends string>(
  errors: readonly ProblemError[],
  fields: readonly F[],
  locale: Locale,
): { fields: Partial<Record<F, string>>; general: string[] } {
  const named: Partial<Record<F, string>> = {};
  const general: string[] = [];
  for (const e of errors) {
    const path = e.path.replace(/^body\./, '');
    const text = locale === 'zh-CN' ? e.messageZh : e.message;
    if ((fields as readonly string[]).includes(path)) {
      const field = path as F;
      named[field] = named[field] ? `${named[field]}；${text}` : text;
    } else general.push(text);
  }
  return { fields: named, general };
}

/**
 * What a failed write shows: the problem's errors next to the fields they name and the rest above the
 * button, the problem's title when it names nothing, or `fallback` when no problem came back.
 */
export function problemMessages<F extends string>(
  err: unknown,
  fields: readonly F[],
  locale: Locale,
  fallback: string,
): { fields: Partial<Record<F, string>>; general: string[] } {
  if (!(err instanceof ApiError) || !err.problem) return { fields: {}, general: [fallback] };
  const split = problemFields(err.problem.errors ?? [], fields, locale);
  const named = split.general.length > 0 || Object.keys(split.fields).length > 0;
  return {
    fields: split.fields,
    general: named ? split.general : [locale === 'zh-CN' ? err.problem.titleZh : err.message],
  };
}
