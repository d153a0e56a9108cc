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
  // The name is the text: 通知 + the count said in words ("通知（3 条未读）"), the badge hidden from
  // screen readers (its bare number would be read after the words otherwise).
  return (
    <NavLink
      to="/workspace/notifications"
      className="lz-inbox-link"
      data-testid="unread-badge"
      data-unread={unread.data}
    >
      {t('notifications.badge')}
      {unread.data !== undefined && (
        <span className="lz-visually-hidden">{t('notifications.badge.count', { count: unread.data })}</span>
      )}
      <Badge count={unread.data ?? 0} overflowCount={99} className="lz-inbox-count" aria-hidden />
    </NavLink>
  );
}
