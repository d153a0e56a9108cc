import { api, call, type QueryOf } from './http';

/**
 * The caller's in-app inbox (站内消息, the notifications service via the gateway): its own messages,
 * its unit's (an applicant) and its role's (officers; reviewers of its jurisdiction). Read marks are
 * the caller's own.
 */
export const listNotifications = (query: QueryOf<'/api/v1/notifications'> = {}) =>
  call(api.GET('/api/v1/notifications', { params: { query } }));
export type NotificationView = Awaited<ReturnType<typeof listNotifications>>['items'][number];

export const unreadNotificationCount = () =>
  call(api.GET('/api/v1/notifications/unread-count')).then((c) => c.unread);

/** Marks one read for this login; again changes nothing (another's message: 404). */
export const markNotificationRead = (id: string) =>
  call(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));

export const markAllNotificationsRead = () => call(api.POST('/api/v1/notifications/read-all'));

/** Which channels besides the inbox (always on): e-mail with an address; SMS when a provider exists. */
export const getNotificationPreferences = () => call(api.GET('/api/v1/notifications/preferences'));
export type NotificationPreferences = Awaited<ReturnType<typeof getNotificationPreferences>>;

export const saveNotificationPreferences = (body: {
  email: { enabled: boolean; address: string | null };
  sms: { enabled: boolean; phone: string | null };
}) => call(api.PUT('/api/v1/notifications/preferences', { body }));
