import type { ProblemError } from '../api/http';
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
