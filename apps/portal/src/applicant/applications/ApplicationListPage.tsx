import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { listApplications, type ApplicationStatus, type ApplicationView } from '../../api/applications';
import { DEFAULT_PAGE_SIZE } from '../../api/list';
import { StatusTag } from '../../shared/StatusTag';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.zh-CN';
import { RequireSession } from '../../session/session';
import { DataTable, Pager } from '../../shared/DataTable';
import { formatInstant } from '../../shared/format';
import { usePageTitle } from '../../shared/page-title';
import { usePageParam } from '../../shared/paging';
import { QueryState } from '../../shared/QueryState';
import { NewApplication } from '../wizard/ApplicantActions';

export const statusLabel = (s: ApplicationStatus): MessageKey => `status.${s}` as MessageKey;

function Applications() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const [page, setPage] = usePageParam();
  const status = (params.get('status') as ApplicationStatus | null) ?? undefined;
  const list = useQuery({
    queryKey: ['applications', page, status],
    queryFn: () => listApplications({ page, pageSize: DEFAULT_PAGE_SIZE, status }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <h1>{t('applications.heading')}</h1>
      <NewApplication />
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
        {() => (
          <>
            <DataTable<ApplicationView>
              caption={t('applications.heading')}
              rowKey={(a) => a.id}
              busy={list.isFetching}
              rows={list.data?.items}
              columns={[
                {
                  key: 'name',
                  title: t('applications.col.name'),
                  render: (a) => (
                    <Link to={`/workspace/applications/${a.id}`}>{a.document.name ?? a.id}</Link>
                  ),
                },
                { key: 'field', title: t('applications.col.field'), render: (a) => a.document.field ?? '—' },
                {
                  key: 'status',
                  title: t('applications.col.status'),
                  render: (a) => <StatusTag>{t(statusLabel(a.status))}</StatusTag>,
                },
                {
                  key: 'updatedAt',
                  title: t('applications.col.updatedAt'),
                  render: (a) => formatInstant(a.updatedAt, locale),
                },
                {
                  key: 'submittedAt',
                  title: t('applications.col.submittedAt'),
                  render: (a) => formatInstant(a.submittedAt, locale),
                },
              ]}
            />
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={list.data?.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** 我的申报: the applicant unit's own applications, and 新建申报 for an open call (the wizard). */
export function Component() {
  const { t } = useI18n();
  usePageTitle(t('applications.title'));
  return <RequireSession roles={['applicant']}>{() => <Applications />}</RequireSession>;
}
