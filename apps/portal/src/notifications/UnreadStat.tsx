import { unreadNotificationCount } from '../api/notifications';
import { Stat } from '../workspace/Stat';

/** 未读消息 on every role's home, linking to the inbox. */
export function UnreadStat() {
  return (
    <Stat
      label="notifications.stat"
      queryKey={['notifications', 'unread']}
      count={unreadNotificationCount}
      to="/workspace/notifications?unread=true"
    />
  );
}
