import { zhCN, type MessageKey } from './messages.zh-CN';

export type Locale = 'zh-CN' | 'en';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
export type Dictionary = Record<MessageKey, string>;

/** zh-CN is always here; English is its own chunk (i18n/english.ts), registered when first chosen. */
const DICTIONARIES: Partial<Record<Locale, Dictionary>> = { 'zh-CN': zhCN };

export function registerDictionary(locale: Locale, dictionary: Dictionary): void {
  DICTIONARIES[locale] = dictionary;
}

export function hasDictionary(locale: Locale): boolean {
  return DICTIONARIES[locale] !== undefined;
}

/** `{name}` placeholders filled from `vars`; an unknown placeholder stays as written. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The messages of one language (zh-CN until another is registered; every key exists in both). */
export function translator(locale: Locale): Translate {
  const dict = DICTIONARIES[locale] ?? zhCN;
  return (key, vars) => format(dict[key], vars);
}
