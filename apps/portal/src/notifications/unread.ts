import { useQuery } from '@tanstack/react-query';
import { unreadNotificationCount } from '../api/notifications';

/** Every query of the inbox starts with this key: marking read invalidates them all. */
export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;

/** How often the header asks again while the page is open (also on focus and after a mark). */
export const UNREAD_REFRESH_MS = 60_000;

/** The caller's unread count (one query shared by the header, the inbox page and the role home). */
export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'unread-count'],
    queryFn: unreadNotificationCount,
    enabled,
    refetchInterval: UNREAD_REFRESH_MS,
    refetchOnWindowFocus: 'always',
    staleTime: 5_000,
  });
}
