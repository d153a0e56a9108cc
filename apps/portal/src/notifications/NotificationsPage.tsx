import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Tag } from 'antd';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '../api/list';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationView,
} from '../api/notifications';
import type { SessionView } from '../api/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { RequireSession } from '../session/session';
import { Pager } from '../shared/DataTable';
import { formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { pageParam, useFilterParams, usePageParam } from '../shared/paging';
import { QueryState } from '../shared/QueryState';
import { objectPath } from './object-link';
import { NOTIFICATIONS_QUERY_KEY, refreshInbox, useUnreadCount } from './unread';

const ADDRESSED: Record<NotificationView['addressedTo'], MessageKey> = {
  USER: 'notifications.to.USER',
  UNIT: 'notifications.to.UNIT',
  ROLE: 'notifications.to.ROLE',
  ORG: 'notifications.to.ORG',
};

function queryOf(params: URLSearchParams) {
  return {
    page: pageParam(params),
    pageSize: DEFAULT_PAGE_SIZE,
    unread: params.get('unread') === 'true' ? ('true' as const) : undefined,
  };
}

function Message({
  n,
  session,
  onRead,
}: {
  n: NotificationView;
  session: SessionView;
  onRead: (id: string) => Promise<unknown>;
}) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const to = objectPath(n, session.role);
  const headingId = `notification-${n.id}`;
  // Opening a message reads it: the mark first (so the count is right when the person comes back).
  const open = async (e: MouseEvent<HTMLAnchorElement>) => {
    if (!to || n.read || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    await onRead(n.id).catch(() => undefined);
    void navigate(to);
  };
  return (
    <li className={`lz-inbox-item${n.read ? '' : ' lz-unread'}`} aria-labelledby={headingId}>
      <h2 id={headingId} lang="zh-CN">
        {!n.read && <span className="lz-visually-hidden">{t('notifications.unreadMark')}</span>}
        {to ? (
          <Link to={to} onClick={(e) => void open(e)}>
            {n.title}
          </Link>
        ) : (
          n.title
        )}
      </h2>
      <p lang="zh-CN">{n.body}</p>
      <div className="lz-inbox-meta">
        <time dateTime={n.createdAt}>{formatInstant(n.createdAt, locale)}</time>
        <span>{t(ADDRESSED[n.addressedTo])}</span>
        {n.read ? (
          <span>{t('notifications.readAt', { at: formatInstant(n.readAt, locale) })}</span>
        ) : (
          <>
            <Tag color="blue">{t('notifications.unread')}</Tag>
            <Button size="small" onClick={() => void onRead(n.id)} aria-describedby={headingId}>
              {t('notifications.markRead')}
            </Button>
          </>
        )}
        {!to && n.objectType === 'application' && <span>{t('notifications.noPage')}</span>}
      </div>
    </li>
  );
}

function Inbox({ session }: { session: SessionView }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [params, setFilters] = useFilterParams();
  const query = queryOf(params);
  const [page, setPage] = usePageParam();
  const unread = useUnreadCount();
  const list = useQuery({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'list', query],
    queryFn: () => listNotifications(query),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: 'always',
  });
  const refresh = () => refreshInbox(client);
  const readOne = useMutation({ mutationFn: markNotificationRead, onSettled: refresh });
  const readAll = useMutation({ mutationFn: markAllNotificationsRead, onSettled: refresh });
  return (
    <>
      <h1>{t('notifications.heading')}</h1>
      <p className="lz-lead">{t('notifications.lead')}</p>
      <div className="lz-toolbar">
        <label>
          {t('notifications.show')}
          <select
            className="lz-select"
            value={query.unread ? 'true' : ''}
            onChange={(e) => setFilters({ unread: e.target.value || undefined })}
          >
            <option value="">{t('notifications.show.all')}</option>
            <option value="true">{t('notifications.show.unread')}</option>
          </select>
        </label>
        <Button onClick={() => readAll.mutate()} loading={readAll.isPending} disabled={unread.data === 0}>
          {t('notifications.markAllRead')}
        </Button>
        <Link to="/workspace/notifications/preferences">{t('notifications.preferences.link')}</Link>
        <span role="status" aria-live="polite">
          {unread.data !== undefined && t('notifications.unreadTotal', { count: unread.data })}
          {readAll.data && ` ${t('notifications.marked', { count: readAll.data.marked })}`}
        </span>
      </div>
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
        {() => (
          <>
            {list.data && list.data.items.length > 0 ? (
              <ul
                className="lz-inbox-list"
                aria-busy={list.isFetching || undefined}
                aria-label={t('notifications.heading')}
              >
                {list.data.items.map((n) => (
                  <Message key={n.id} n={n} session={session} onRead={(id) => readOne.mutateAsync(id)} />
                ))}
              </ul>
            ) : (
              <p className="lz-muted">
                {query.unread ? t('notifications.emptyUnread') : t('notifications.empty')}
              </p>
            )}
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={list.data?.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** 站内消息: the signed-in person's inbox — its own, its unit's and its role's messages. */
export function Component() {
  const { t } = useI18n();
  usePageTitle(t('notifications.title'));
  return <RequireSession>{(session) => <Inbox session={session} />}</RequireSession>;
}
