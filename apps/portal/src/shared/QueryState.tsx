import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ApiError, isNotFound } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { NotFoundView } from '../not-found/NotFoundView';

interface Props {
  isPending: boolean;
  error: unknown;
  refetch?: () => unknown;
  children: () => ReactNode;
}

/** Loading, error and not-found states of one query; a 404 (another unit's object too) is 未找到. */
export function QueryState({ isPending, error, refetch, children }: Props) {
  const { t } = useI18n();
  if (error) {
    if (isNotFound(error)) return <NotFoundView />;
    const detail =
      error instanceof ApiError && error.status >= 500
        ? t('common.unavailable')
        : String((error as Error).message);
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.error')}
        description={detail}
        action={refetch ? <Button onClick={() => refetch()}>{t('common.retry')}</Button> : undefined}
      />
    );
  }
  if (isPending) {
    return (
      <div className="lz-loading" role="status" aria-live="polite">
        <Spin />
        <span className="lz-visually-hidden">{t('common.loading')}</span>
      </div>
    );
  }
  return <>{children()}</>;
}
