import { useQuery, type QueryClient } from '@tanstack/react-query';
import { unreadNotificationCount } from '../api/notifications';

/** Every query of the inbox's lists and settings starts with this key. */
export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;

/**
 * The unread count's key: the one the role home's 未读消息 (a `Stat`, which puts 'count' first) uses,
 * so the header and the home show the same figure from one query.
 */
export const UNREAD_STAT_KEY = ['notifications', 'unread'] as const;
const UNREAD_QUERY_KEY = ['count', ...UNREAD_STAT_KEY] as const;

/** After a mark: the lists and the count ask again. */
export function refreshInbox(client: QueryClient): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
    client.invalidateQueries({ queryKey: UNREAD_QUERY_KEY }),
  ]);
}

/** How often the header asks again while the page is open (also on focus and after a mark). */
export const UNREAD_REFRESH_MS = 60_000;

/** The caller's unread count (one query shared by the header, the inbox page and the role home). */
export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: UNREAD_QUERY_KEY,
    queryFn: unreadNotificationCount,
    enabled,
    refetchInterval: UNREAD_REFRESH_MS,
    refetchOnWindowFocus: 'always',
    staleTime: 5_000,
  });
}
