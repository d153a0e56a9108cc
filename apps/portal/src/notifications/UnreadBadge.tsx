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
  const count = unread.data ?? 0;
  // The link's name says the count in words ("通知（3 条未读）") and begins with its visible text (WCAG
  // 2.5.3); the red figure beside it is decoration over the link (clicks pass through to it). A plain
  // span, not antd's Badge: the header is on every public page, and Badge brings its animation code.
  return (
    <span className={`lz-inbox${count > 0 ? ' lz-inbox-has-count' : ''}`}>
      <NavLink
        to="/workspace/notifications"
        className="lz-inbox-link"
        aria-label={
          unread.data === undefined
            ? t('notifications.badge')
            : `${t('notifications.badge')}${t('notifications.badge.count', { count })}`
        }
        data-testid="unread-badge"
        data-unread={unread.data}
      >
        {t('notifications.badge')}
      </NavLink>
      {count > 0 && (
        <span className="lz-inbox-count" aria-hidden>
          {count > 99 ? '99+' : count}
        </span>
      )}
    </span>
  );
}
