import { z } from 'zod';
import { listQuerySchema, pageSchema } from '@lz/http';
import { NOTIFICATION_KINDS } from '../events/messages';

/**
 * `GET /notifications`: the caller's own inbox — addressed to the login, to its unit (an applicant),
 * to its institution (an evaluator), or to its role (officers; reviewers of its jurisdiction). Newest first; `unread=true` for the
 * unread only; `q` searches the title.
 */
export const listNotificationsQuerySchema = listQuerySchema({
  sortable: ['createdAt'],
  defaultSort: ['-createdAt'],
  search: 'title',
  filters: {
    unread: z.enum(['true', 'false']).optional(),
    kind: z.enum(NOTIFICATION_KINDS).optional(),
  },
});
export type ListNotificationsQuery = z.output<typeof listNotificationsQuerySchema>;

export const notificationViewSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** To whom it was addressed: the login itself, its unit, its role, or its institution. */
  addressedTo: z.enum(['USER', 'UNIT', 'ROLE', 'ORG']),
  title: z.string(),
  body: z.string(),
  objectType: z.string(),
  objectId: z.string(),
  /** The portal path of the object. */
  link: z.string(),
  createdAt: z.string(),
  /** Read marks are the caller's own: a unit's message read by a colleague is still unread here. */
  read: z.boolean(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;

export const notificationListSchema = pageSchema(notificationViewSchema);

export const unreadCountSchema = z.object({ unread: z.int().min(0) });

export const readAllSchema = z.object({ marked: z.int().min(0) });
