import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '../api/list';
import { listNotices, type NoticeView } from '../api/notices';
import { useI18n } from '../i18n/i18n';
import { formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { QueryState } from '../shared/QueryState';
import { pageParam } from '../shared/paging';

/** 公示: every public notice, newest first, paged on the server. */
export function Component() {
  const { t, locale } = useI18n();
  usePageTitle(t('notices.title'));
  const [params, setParams] = useSearchParams();
  const page = pageParam(params);
  const notices = useQuery({
    queryKey: ['notices', page],
    queryFn: () => listNotices({ page, pageSize: DEFAULT_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <h1>{t('notices.heading')}</h1>
      <QueryState isPending={notices.isPending} error={notices.error} refetch={notices.refetch}>
        {() => (
          <Table<NoticeView>
            rowKey="id"
            loading={notices.isFetching}
            dataSource={notices.data?.items}
            locale={{ emptyText: t('common.empty') }}
            pagination={{
              current: page,
              pageSize: DEFAULT_PAGE_SIZE,
              total: notices.data?.total,
              showSizeChanger: false,
              showTotal: (total) => t('common.total', { total }),
              onChange: (next) => setParams({ page: String(next) }),
            }}
            columns={[
              {
                key: 'title',
                title: t('notices.col.title'),
                render: (_, n) => <Link to={`/notices/${n.id}`}>{n.title}</Link>,
              },
              {
                key: 'publishedAt',
                title: t('notices.col.publishedAt'),
                render: (_, n) => formatInstant(n.publishedAt, locale),
              },
              {
                key: 'endsAt',
                title: t('notices.col.endsAt'),
                render: (_, n) => formatInstant(n.endsAt, locale),
              },
              {
                key: 'status',
                title: t('notices.col.status'),
                render: (_, n) => (
                  <Tag color={n.status === 'OPEN' ? 'blue' : 'default'}>
                    {t(`notices.status.${n.status}`)}
                  </Tag>
                ),
              },
              { key: 'items', title: t('notices.col.items'), render: (_, n) => n.items.length },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
