import type { Locale as AntdLocale } from 'antd/es/locale';
import antdZhCN from 'antd/es/locale/zh_CN';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { hasDictionary, registerDictionary, translator, type Locale, type Translate } from './translate';

export type { Locale, Translate } from './translate';

const STORAGE_KEY = 'lz.locale';

interface I18n {
  locale: Locale;
  t: Translate;
  /** Ant Design's own texts (pagers, pickers) in the same language. */
  antdLocale: AntdLocale;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18n | null>(null);
const antdLocales: Partial<Record<Locale, AntdLocale>> = { 'zh-CN': antdZhCN };

/** The language asked for last time (localStorage), zh-CN by default. */
export function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Loads a language's messages and Ant Design's texts when they are not here yet (English's chunk). */
export async function ensureLocale(locale: Locale): Promise<void> {
  if (locale !== 'en' || hasDictionary('en')) return;
  const english = await import('./english');
  registerDictionary('en', english.messages);
  antdLocales.en = english.antdLocale;
}

/**
 * zh-CN by default; the switch is remembered in localStorage and sets `<html lang>`. Boot loads the
 * remembered language before the first render (app/boot.tsx), a switch loads it before it applies.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const wanted = initialLocale();
    return hasDictionary(wanted) ? wanted : 'zh-CN';
  });
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    void ensureLocale(next).then(() => setLocaleState(next));
  }, []);
  const value = useMemo(
    () => ({
      locale,
      t: translator(locale),
      antdLocale: antdLocales[locale] ?? antdZhCN,
      setLocale,
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
