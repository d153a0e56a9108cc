import { Result } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../shared/page-title';

/**
 * 未找到: for a page that does not exist and for an object the API answers 404 for — which includes
 * another unit's object, so the page says nothing about whether it exists.
 */
export function NotFoundView() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <Result
      status="404"
      title={<h1 className="lz-result-title">{t('notFound.heading')}</h1>}
      subTitle={t('notFound.text')}
      extra={<Link to="/">{t('notFound.home')}</Link>}
    />
  );
}
