import { en } from './messages.en';
import { zhCN, type MessageKey } from './messages.zh-CN';

export type Locale = 'zh-CN' | 'en';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** `{name}` placeholders filled from `vars`; an unknown placeholder stays as written. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The messages of one language (zh-CN is the default; every key exists in both). */
export function translator(locale: Locale): Translate {
  const dict = DICTIONARIES[locale];
  return (key, vars) => format(dict[key], vars);
}
