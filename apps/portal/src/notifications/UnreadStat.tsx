import { unreadNotificationCount } from '../api/notifications';
import { Stat } from '../workspace/Stat';
import { UNREAD_STAT_KEY } from './unread';

/** 未读消息 on every role's home, linking to the unread messages; the header's query (unread.ts). */
export function UnreadStat() {
  return (
    <Stat
      label="notifications.stat"
      queryKey={UNREAD_STAT_KEY}
      count={unreadNotificationCount}
      to="/workspace/notifications?unread=true"
    />
  );
}
