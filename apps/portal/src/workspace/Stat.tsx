import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';

interface Props {
  label: MessageKey;
  queryKey: readonly unknown[];
  count: () => Promise<number>;
  to?: string;
}

/** One "what is waiting" figure, counted by the API that owns it. */
export function Stat({ label, queryKey, count, to }: Props) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['count', ...queryKey], queryFn: count });
  const id = `stat-${queryKey.join('-')}`;
  const value = q.isPending ? <Spin size="small" /> : q.error ? '—' : q.data;
  return (
    <li className="lz-stat" aria-labelledby={id}>
      <span id={id} className="lz-stat-label">
        {t(label)}
      </span>
      <span className="lz-stat-value" data-testid={id}>
        {to && !q.isPending ? <Link to={to}>{value}</Link> : value}
      </span>
    </li>
  );
}
