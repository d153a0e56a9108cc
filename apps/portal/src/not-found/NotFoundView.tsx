import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../shared/page-title';

/**
 * 未找到: for a page that does not exist and for an object the API answers 404 for — which includes
 * another unit's object, so the page says nothing about whether it exists. (Plain markup: antd's
 * Result would add its illustrations, ~10 KB gzipped, to every page.)
 */
export function NotFoundView() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <section className="lz-section lz-not-found" aria-labelledby="not-found">
      <h1 id="not-found">{t('notFound.heading')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
