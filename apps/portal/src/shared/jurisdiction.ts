import { getJurisdiction, JURISDICTIONS } from '@lz/policy';
import type { Locale } from '../i18n/translate';

/** A jurisdiction's name in the page's language (the code itself when unknown). */
export function jurisdictionName(code: string | null | undefined, locale: Locale): string {
  if (!code) return '—';
  const j = getJurisdiction(code);
  if (!j) return code;
  return locale === 'zh-CN' ? j.nameZh : j.nameEn;
}

export function jurisdictionOptions(locale: Locale): Array<{ value: string; label: string }> {
  return JURISDICTIONS.map((j) => ({ value: j.code, label: locale === 'zh-CN' ? j.nameZh : j.nameEn }));
}
