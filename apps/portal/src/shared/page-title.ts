import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * Every page has a real `<title>`: "<page> · 泸州市创新联合体管理平台". A page whose object the API
 * answers 404 for is titled 未找到 (`notFound` true), like the not-found page itself.
 */
export function usePageTitle(title: string | undefined, notFound = false): void {
  const { t } = useI18n();
  const shown = notFound ? t('notFound.title') : title;
  useEffect(() => {
    document.title = shown ? `${shown} · ${t('site.name')}` : t('site.name');
  }, [shown, t]);
}
