import { Badge } from 'antd';
import { NavLink } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { useUnreadCount } from './unread';

/**
 * 通知 with the unread count in the header, linking to the inbox; asked again every minute, when the
 * window regains focus and after a mark. Its accessible name says the count: "通知（3 条未读）".
 */
export function UnreadBadge() {
  const { t } = useI18n();
  const unread = useUnreadCount();
  const label =
    unread.data === undefined
      ? t('notifications.badge')
      : t('notifications.badge.unread', { count: unread.data });
  return (
    <NavLink
      to="/workspace/notifications"
      className="lz-inbox-link"
      aria-label={label}
      data-testid="unread-badge"
      data-unread={unread.data}
    >
      <span aria-hidden>{t('notifications.badge')}</span>
      <Badge count={unread.data ?? 0} overflowCount={99} className="lz-inbox-count" aria-hidden />
    </NavLink>
  );
}
