import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '../api/list';
import { listPreliminaryQueue, type QueueItem, type QueueStatus } from '../api/preliminary';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { RequireSession } from '../session/session';
import { DataTable, Pager } from '../shared/DataTable';
import { formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { pageParam, useFilterParams, usePageParam } from '../shared/paging';
import { QueryState } from '../shared/QueryState';
import { DownloadLinks } from '../shared/DownloadLinks';
import { SearchForm } from '../shared/SearchForm';
import { StatusTag } from '../shared/StatusTag';

/** The statuses a reviewer follows a case through, the waiting ones first. */
const STATUSES: QueueStatus[] = ['SUBMITTED', 'RETURNED', 'PRELIM_RECOMMENDED', 'PRELIM_REJECTED'];

export const queueStatusLabel = (s: string): MessageKey => `status.${s}` as MessageKey;

function queryOf(params: URLSearchParams) {
  const status = params.get('status') ?? 'SUBMITTED';
  return {
    page: pageParam(params),
    pageSize: DEFAULT_PAGE_SIZE,
    q: params.get('q') ?? undefined,
    status: (STATUSES as string[]).includes(status) ? (status as QueueStatus) : 'SUBMITTED',
    sort: 'submittedAt',
  };
}

function Queue({ jurisdiction }: { jurisdiction: string }) {
  const { t, locale } = useI18n();
  const [params, setFilters] = useFilterParams();
  const query = queryOf(params);
  const [page, setPage] = usePageParam();
  const queue = useQuery({
    queryKey: ['preliminary-queue', jurisdiction, query],
    queryFn: () => listPreliminaryQueue(query),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <h1>{t('preliminary.heading')}</h1>
      <p className="lz-lead">{t('preliminary.lead')}</p>
      <SearchForm label={t('preliminary.search')} q={query.q} onSearch={(q) => setFilters({ q })}>
        <label>
          {t('preliminary.status')}
          <select
            className="lz-select"
            value={query.status}
            onChange={(e) => setFilters({ status: e.target.value })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(queueStatusLabel(s))}
              </option>
            ))}
          </select>
        </label>
      </SearchForm>
      <DownloadLinks path="/api/v1/preliminary-reviews" query={query} />
      <QueryState isPending={queue.isPending} error={queue.error} refetch={queue.refetch}>
        {() => (
          <>
            <DataTable<QueueItem>
              caption={t('preliminary.heading')}
              rowKey={(c) => c.applicationId}
              busy={queue.isFetching}
              rows={queue.data?.items}
              columns={[
                {
                  key: 'name',
                  title: t('applications.col.name'),
                  render: (c) => (
                    <Link to={`/workspace/preliminary-reviews/${c.applicationId}`}>{c.name}</Link>
                  ),
                },
                {
                  key: 'lead',
                  title: t('application.lead'),
                  render: (c) => (
                    <>
                      {c.leadName}
                      <br />
                      <span className="lz-muted">{c.leadUscc}</span>
                    </>
                  ),
                },
                { key: 'field', title: t('applications.col.field'), render: (c) => c.field },
                { key: 'members', title: t('preliminary.col.members'), render: (c) => c.members.length },
                { key: 'revision', title: t('application.revision'), render: (c) => c.revision },
                {
                  key: 'submittedAt',
                  title: t('applications.col.submittedAt'),
                  render: (c) => formatInstant(c.submittedAt, locale),
                },
                {
                  key: 'status',
                  title: t('applications.col.status'),
                  render: (c) => <StatusTag>{t(queueStatusLabel(c.status))}</StatusTag>,
                },
              ]}
            />
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={queue.data?.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** 初审: the district or park department's queue, its own jurisdiction only (docs/SPEC.md 3.3). */
export function Component() {
  const { t } = useI18n();
  usePageTitle(t('preliminary.title'));
  return (
    <RequireSession roles={['reviewer']}>
      {(session) => <Queue jurisdiction={session.jurisdiction ?? ''} />}
    </RequireSession>
  );
}
