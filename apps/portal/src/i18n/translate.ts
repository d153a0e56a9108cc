import { zhCN, type MessageKey } from './messages.zh-CN';

export type { MessageKey } from './messages.zh-CN';
export type Locale = 'zh-CN' | 'en';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
export type Dictionary = Record<MessageKey, string>;

/**
 * zh-CN's public strings are always here; its workspace strings arrive with the first signed-in page
 * (i18n/workspace.ts) and English, whole, with the switch (i18n/english.ts). A translator reads the
 * same object, so strings registered later are seen by translators made before.
 */
const DICTIONARIES: Partial<Record<Locale, Partial<Dictionary>>> = { 'zh-CN': { ...zhCN } };

export function registerDictionary(locale: Locale, messages: Partial<Dictionary>): void {
  DICTIONARIES[locale] = Object.assign(DICTIONARIES[locale] ?? {}, messages);
}

export function hasDictionary(locale: Locale): boolean {
  return DICTIONARIES[locale] !== undefined;
}

/** `{name}` placeholders filled from `vars`; an unknown placeholder stays as written. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * The messages of one language (zh-CN until another is registered; every key exists in both). A key
 * whose strings have not arrived shows as itself rather than breaking the page; the routes load them
 * before a page that uses them renders (app/routes.ts).
 */
export function translator(locale: Locale): Translate {
  const dict = DICTIONARIES[locale] ?? DICTIONARIES['zh-CN'] ?? {};
  return (key, vars) => format(dict[key] ?? key, vars);
}
