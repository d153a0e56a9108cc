import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { CITY_STAGE_STATUSES } from '@lz/policy';
import type { ApplicationStatus } from '../api/applications';
import { listCityReviews, type CityReviewListItem, type CityReviewStatus } from '../api/city-review';
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
import { SearchForm } from '../shared/SearchForm';
import { StatusTag } from '../shared/StatusTag';
import { BatchDecision, BatchResults, type BatchResult } from './BatchDecision';

/** The city stage, the reviews still to decide first (the service's default is PRELIM_RECOMMENDED). */
const STATUSES: readonly CityReviewStatus[] = CITY_STAGE_STATUSES;

const label = (s: string) => statusLabel(s as ApplicationStatus);

function Reviews({ expert }: { expert: boolean }) {
  const { t, locale } = useI18n();
  const [params, setFilters] = useFilterParams();
  const [page, setPage] = usePageParam();
  const status = params.get('status');
  const query = {
    page: pageParam(params),
    pageSize: DEFAULT_PAGE_SIZE,
    q: params.get('q') ?? undefined,
    status: (STATUSES as Array<string | null>).includes(status) ? (status as CityReviewStatus) : undefined,
  };
  const list = useQuery({
    queryKey: ['city-reviews', query],
    queryFn: () => listCityReviews(query),
    placeholderData: keepPreviousData,
  });
  // 批量审查决定 (officers): the cases ticked on this page and the outcome of the last batch.
  const [ticked, setTicked] = useState<ReadonlyMap<string, string>>(new Map());
  const [results, setResults] = useState<BatchResult[]>([]);
  const refusedOf = new Map(results.filter((r) => !r.ok).map((r) => [r.applicationId, r.message]));
  const tick = (c: CityReviewListItem, on: boolean) =>
    setTicked((prev) => {
      const next = new Map(prev);
      if (on) next.set(c.applicationId, c.name);
      else next.delete(c.applicationId);
      return next;
    });
  const batchColumns = expert
    ? []
    : [
        {
          key: 'select',
          title: t('cityReview.batch.select'),
          noPrint: true,
          render: (c: CityReviewListItem) =>
            c.status === 'PRELIM_RECOMMENDED' ? (
              <input
                type="checkbox"
                className="lz-checkbox"
                aria-label={t('cityReview.batch.selectOne', { name: c.name })}
                checked={ticked.has(c.applicationId)}
                onChange={(e) => tick(c, e.target.checked)}
              />
            ) : null,
        },
      ];
  const refusedColumn = refusedOf.size
    ? [
        {
          key: 'refused',
          title: t('cityReview.batch.outcome'),
          render: (c: CityReviewListItem) =>
            refusedOf.has(c.applicationId) ? (
              <span className="lz-field-error" data-testid={`refused-${c.applicationId}`}>
                {refusedOf.get(c.applicationId)}
              </span>
            ) : null,
        },
      ]
    : [];
  return (
    <>
      <h1>{t(expert ? 'expertReview.heading' : 'cityReview.heading')}</h1>
      <p className="lz-lead">{t(expert ? 'expertReview.lead' : 'cityReview.lead')}</p>
      <SearchForm label={t('cityReview.search')} q={query.q} onSearch={(q) => setFilters({ q })}>
        <FilterSelect
          label={t('applications.col.status')}
          value={query.status}
          options={STATUSES}
          optionLabel={label}
          onChange={(s) => setFilters({ status: s })}
        />
      </SearchForm>
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
        {() => (
          <>
            <DataTable<CityReviewListItem>
              caption={t(expert ? 'expertReview.heading' : 'cityReview.heading')}
              rowKey={(c) => c.applicationId}
              busy={list.isFetching}
              rows={list.data?.items}
              columns={[
                ...batchColumns,
                {
                  key: 'name',
                  title: t('applications.col.name'),
                  render: (c) => <Link to={`/workspace/city-reviews/${c.applicationId}`}>{c.name}</Link>,
                },
                { key: 'lead', title: t('application.lead'), render: (c) => c.leadName },
                { key: 'field', title: t('applications.col.field'), render: (c) => c.field },
                {
                  key: 'jurisdiction',
                  title: t('application.jurisdiction'),
                  render: (c) => jurisdictionName(c.jurisdictionCode, locale),
                },
                {
                  key: 'submittedAt',
                  title: t('applications.col.submittedAt'),
                  render: (c) => formatInstant(c.submittedAt, locale),
                },
                {
                  key: 'status',
                  title: t('applications.col.status'),
                  render: (c) => <StatusTag>{t(label(c.status))}</StatusTag>,
                },
                ...refusedColumn,
              ]}
            />
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={list.data?.total} onChange={setPage} />
            {!expert && (
              <>
                <BatchDecision
                  selected={[...ticked].map(([applicationId, name]) => ({ applicationId, name }))}
                  onDone={(done) => {
                    setResults(done);
                    // The decided ones leave the selection; the refused stay ticked for another try.
                    setTicked(new Map(done.filter((r) => !r.ok).map((r) => [r.applicationId, r.name])));
                  }}
                />
                <BatchResults results={results} />
              </>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

function Titled({ expert }: { expert: boolean }) {
  const { t } = useI18n();
  usePageTitle(t(expert ? 'expertReview.title' : 'cityReview.title'));
  return <Reviews expert={expert} />;
}

/**
 * 市级审查 (docs/SPEC.md 3.4): the Bureau's list of the recommended applications and what became of
 * them; for an expert, their own live assignments (the service scopes the list).
 */
export function Component() {
  return (
    <RequireSession roles={['officer', 'expert']}>
      {(s) => <Titled expert={s.role === 'expert'} />}
    </RequireSession>
  );
}
