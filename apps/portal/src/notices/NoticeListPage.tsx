import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '../api/list';
import { noticeListQuery, type NoticeView } from '../api/notices';
import { StatusTag } from '../shared/StatusTag';
import { useI18n } from '../i18n/i18n';
import { DataTable, Pager } from '../shared/DataTable';
import { formatDeadline, formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { usePageParam } from '../shared/paging';
import { QueryState } from '../shared/QueryState';

/** 公示: every public notice, newest first, paged on the server. */
export function Component() {
  const { t, locale } = useI18n();
  usePageTitle(t('notices.title'));
  const [page, setPage] = usePageParam();
  const notices = useQuery({ ...noticeListQuery(page), placeholderData: keepPreviousData });
  return (
    <>
      <h1>{t('notices.heading')}</h1>
      <QueryState isPending={notices.isPending} error={notices.error} refetch={notices.refetch}>
        {() => (
          <>
            <DataTable<NoticeView>
              caption={t('notices.heading')}
              rowKey={(n) => n.id}
              busy={notices.isFetching}
              rows={notices.data?.items}
              columns={[
                {
                  key: 'title',
                  title: t('notices.col.title'),
                  render: (n) => <Link to={`/notices/${n.id}`}>{n.title}</Link>,
                },
                {
                  key: 'publishedAt',
                  title: t('notices.col.publishedAt'),
                  render: (n) => formatInstant(n.publishedAt, locale),
                },
                {
                  key: 'endsAt',
                  title: t('notices.col.endsAt'),
                  render: (n) => formatDeadline(n.endsAt, locale),
                },
                {
                  key: 'status',
                  title: t('notices.col.status'),
                  render: (n) => (
                    <StatusTag tone={n.status === 'OPEN' ? 'info' : 'neutral'}>
                      {t(`notices.status.${n.status}`)}
                    </StatusTag>
                  ),
                },
                { key: 'items', title: t('notices.col.items'), render: (n) => n.items.length },
              ]}
            />
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={notices.data?.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
