import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { JURISDICTION_CODES } from '@lz/policy';
import { listApplications, type ApplicationStatus, type ApplicationView } from '../api/applications';
import { getCall } from '../api/calls';
import { isNotFound } from '../api/http';
import { DEFAULT_PAGE_SIZE } from '../api/list';
import { statusLabel } from '../applicant/applications/ApplicationListPage';
import { useI18n } from '../i18n/i18n';
import { RequireSession } from '../session/session';
import { DataTable, Pager } from '../shared/DataTable';
import { FilterSelect } from '../shared/FilterSelect';
import { formatInstant } from '../shared/format';
import { jurisdictionName } from '../shared/jurisdiction';
import { usePageTitle } from '../shared/page-title';
import { pageParam, useFilterParams, usePageParam } from '../shared/paging';
import { QueryState } from '../shared/QueryState';
import { DownloadLinks } from '../shared/DownloadLinks';
import { SearchForm } from '../shared/SearchForm';
import { StatusTag } from '../shared/StatusTag';
import { OVERVIEW_STATUSES } from './overview-matrix';

function Applications({ callId }: { callId: string }) {
  const { t, locale } = useI18n();
  const [params, setFilters] = useFilterParams();
  const [page, setPage] = usePageParam();
  const status = params.get('status') as ApplicationStatus | null;
  const jurisdiction = params.get('jurisdictionCode');
  const query = {
    callId,
    page: pageParam(params),
    pageSize: DEFAULT_PAGE_SIZE,
    q: params.get('q') ?? undefined,
    status: status && (OVERVIEW_STATUSES as string[]).includes(status) ? status : undefined,
    jurisdictionCode: jurisdiction ?? undefined,
    sort: '-submittedAt',
  };
  const call = useQuery({ queryKey: ['call', callId], queryFn: () => getCall(callId) });
  const list = useQuery({
    queryKey: ['call-applications', query],
    queryFn: () => listApplications(query),
    placeholderData: keepPreviousData,
  });
  const heading = call.data ? t('callApplications.heading', { title: call.data.title }) : t('calls.overview');
  usePageTitle(heading, isNotFound(call.error));
  return (
    <>
      <p className="lz-no-print">
        <Link to={`/workspace/calls/${callId}/overview`}>{t('callApplications.back')}</Link>
      </p>
      <h1>{heading}</h1>
      <SearchForm label={t('preliminary.search')} q={query.q} onSearch={(q) => setFilters({ q })}>
        <label>
          {t('overview.jurisdiction')}
          <select
            className="lz-select"
            value={query.jurisdictionCode ?? ''}
            onChange={(e) => setFilters({ jurisdictionCode: e.target.value || undefined })}
          >
            <option value="">{t('common.all')}</option>
            {JURISDICTION_CODES.map((code) => (
              <option key={code} value={code}>
                {jurisdictionName(code, locale)}
              </option>
            ))}
          </select>
        </label>
        <FilterSelect
          label={t('applications.col.status')}
          value={query.status}
          options={OVERVIEW_STATUSES}
          optionLabel={statusLabel}
          onChange={(s) => setFilters({ status: s })}
        />
      </SearchForm>
      <DownloadLinks path="/api/v1/applications" query={query} />
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
        {() => (
          <>
            <p>{t('common.total', { total: list.data?.total ?? 0 })}</p>
            <DataTable<ApplicationView>
              caption={heading}
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
                {
                  key: 'lead',
                  title: t('application.lead'),
                  render: (a) => (
                    <>
                      {a.document.lead?.name ?? '—'}
                      <br />
                      <span className="lz-muted">{a.leadUscc}</span>
                    </>
                  ),
                },
                {
                  key: 'jurisdiction',
                  title: t('application.jurisdiction'),
                  render: (a) => jurisdictionName(a.jurisdictionCode, locale),
                },
                {
                  key: 'status',
                  title: t('applications.col.status'),
                  render: (a) => <StatusTag>{t(statusLabel(a.status))}</StatusTag>,
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

/** A call's applications, filtered by jurisdiction and status: what a count of the overview opens. */
export function Component() {
  const { callId = '' } = useParams();
  return <RequireSession roles={['officer']}>{() => <Applications callId={callId} />}</RequireSession>;
}
