import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { CLAIM_CATEGORIES, formatFen, yuanToFen, type ClaimCategory } from '@lz/policy';
import { budgetQuery, putBudget } from '../api/budgets';
import { carriesAmount, listClaims, type ClaimStatus, type ClaimView } from '../api/claims';
import { DEFAULT_PAGE_SIZE } from '../api/list';
import { categoryLabel, categoryText, claimStatusLabel } from '../applicant/claims/ClaimsPage';
import { useI18n } from '../i18n/i18n';
import { gradeLabel } from '../evaluations/labels';
import { RequireSession } from '../session/session';
import { DataTable, Pager } from '../shared/DataTable';
import { DownloadLinks } from '../shared/DownloadLinks';
import { Field } from '../shared/Field';
import { FilterSelect } from '../shared/FilterSelect';
import { shanghaiYear } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { pageParam, useFilterParams, usePageParam } from '../shared/paging';
import { problemMessages } from '../shared/problem-fields';
import { QueryState } from '../shared/QueryState';
import { SearchForm } from '../shared/SearchForm';
import { StatusTag } from '../shared/StatusTag';

const STATUSES: readonly ClaimStatus[] = ['PENDING', 'GRANTED', 'REJECTED', 'STOPPED'];

/** The list's query from the URL: by default what waits for a decision (PENDING). */
function queryOf(params: URLSearchParams) {
  const status = params.get('status') ?? 'PENDING';
  const category = params.get('category') ?? '';
  return {
    page: pageParam(params),
    pageSize: DEFAULT_PAGE_SIZE,
    q: params.get('q') ?? undefined,
    status: (STATUSES as readonly string[]).includes(status) ? (status as ClaimStatus) : undefined,
    category: (CLAIM_CATEGORIES as readonly string[]).includes(category)
      ? (category as ClaimCategory)
      : undefined,
  };
}

/** 年度预算: the year's total, what is granted and what is left; the officer sets the total in yuan. */
function Budget({ year }: { year: number }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const budget = useQuery(budgetQuery(year));
  const [yuan, setYuan] = useState('');
  const [error, setError] = useState<string>();
  const save = useMutation({
    mutationFn: (totalFen: number) => putBudget(year, totalFen),
    onSuccess: (view) => {
      client.setQueryData(budgetQuery(year).queryKey, view);
      setYuan('');
    },
    onError: (err) => {
      const p = problemMessages(err, ['totalFen'] as const, locale, t('common.unavailable'));
      setError([p.fields.totalFen, ...p.general].filter(Boolean).join('；'));
    },
  });
  const onSubmit = () => {
    let totalFen: number;
    try {
      totalFen = yuanToFen(yuan);
    } catch {
      setError(t('subsidy.budget.badAmount'));
      return;
    }
    setError(undefined);
    save.mutate(totalFen);
  };
  return (
    <section className="lz-section" aria-labelledby="budget-heading">
      <h2 id="budget-heading">{t('subsidy.budget.heading', { year })}</h2>
      <QueryState isPending={budget.isPending} error={budget.error} refetch={budget.refetch}>
        {() =>
          budget.data ? (
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                {
                  key: 'total',
                  label: t('subsidy.budget.total'),
                  children: <span data-testid="budget-total">{formatFen(budget.data.totalFen)}</span>,
                },
                {
                  key: 'granted',
                  label: t('subsidy.budget.granted'),
                  children: <span data-testid="budget-granted">{formatFen(budget.data.grantedFen)}</span>,
                },
                {
                  key: 'remaining',
                  label: t('subsidy.budget.remaining'),
                  children: <span data-testid="budget-remaining">{formatFen(budget.data.remainingFen)}</span>,
                },
              ]}
            />
          ) : (
            <p data-testid="budget-none">{t('subsidy.budget.none', { year })}</p>
          )
        }
      </QueryState>
      <form
        aria-label={t('subsidy.budget.set')}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <Field
          id="f-budget-total"
          label={t('subsidy.budget.totalYuan')}
          required
          error={error}
          help={t('subsidy.budget.help')}
        >
          {(a11y) => (
            <input
              {...a11y}
              className="lz-input"
              inputMode="decimal"
              value={yuan}
              onChange={(e) => setYuan(e.target.value)}
            />
          )}
        </Field>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('subsidy.budget.set')}
        </Button>
      </form>
    </section>
  );
}

function Claims() {
  const { t } = useI18n();
  const [params, setFilters] = useFilterParams();
  const query = queryOf(params);
  const [page, setPage] = usePageParam();
  const list = useQuery({
    queryKey: ['subsidy', 'claims', query],
    queryFn: () => listClaims(query),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="lz-section" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t('subsidy.claims.heading')}</h2>
      <SearchForm label={t('subsidy.claims.search')} q={query.q} onSearch={(q) => setFilters({ q })}>
        <FilterSelect
          label={t('claims.col.status')}
          value={query.status}
          options={STATUSES}
          optionLabel={claimStatusLabel}
          onChange={(s) => setFilters({ status: s ?? 'ALL' })}
        />
        <FilterSelect
          label={t('claims.col.category')}
          value={query.category}
          options={CLAIM_CATEGORIES}
          optionLabel={categoryLabel}
          onChange={(c) => setFilters({ category: c })}
        />
      </SearchForm>
      <DownloadLinks path="/api/v1/claims" query={query} />
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
        {() => (
          <>
            <DataTable<ClaimView>
              caption={t('subsidy.claims.heading')}
              rowKey={(c) => c.id}
              busy={list.isFetching}
              rows={list.data?.items}
              columns={[
                {
                  key: 'subject',
                  title: t('claims.col.subject'),
                  render: (c) => <Link to={`/workspace/subsidy/claims/${c.id}`}>{c.subject.name}</Link>,
                },
                {
                  key: 'consortium',
                  title: t('claim.consortium'),
                  render: (c) => c.consortium?.name ?? c.consortium?.filingNumber ?? c.consortiumId,
                },
                {
                  key: 'category',
                  title: t('claims.col.category'),
                  render: (c) => categoryText(t, c.category),
                },
                {
                  key: 'amount',
                  title: t('claims.col.amount'),
                  render: (c) => (carriesAmount(c.category) ? formatFen(c.amountFen) : t('claims.priority')),
                },
                {
                  key: 'capLeft',
                  title: t('subsidy.col.capLeft'),
                  render: (c) => (c.cap ? formatFen(c.cap.leftFen) : '—'),
                },
                {
                  key: 'grade',
                  title: t('subsidy.col.grade'),
                  render: (c) => (c.latestEvaluation ? t(gradeLabel(gradeOf(c))) : t('subsidy.noGrade')),
                },
                {
                  key: 'status',
                  title: t('claims.col.status'),
                  render: (c) => <StatusTag>{t(claimStatusLabel(c.status))}</StatusTag>,
                },
              ]}
            />
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={list.data?.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </section>
  );
}

/** The grade of a claim's latest evaluation, as the evaluation service names it. */
export const gradeOf = (c: ClaimView) =>
  c.latestEvaluation?.grade as NonNullable<Parameters<typeof gradeLabel>[0]>;

function Subsidy() {
  const { t } = useI18n();
  const year = shanghaiYear();
  return (
    <>
      <h1>{t('subsidy.heading')}</h1>
      <p className="lz-lead">{t('subsidy.lead')}</p>
      <Budget year={year} />
      <Claims />
      <Alert type="info" showIcon title={t('subsidy.capNote')} />
    </>
  );
}

/** 后补助 (docs/SPEC.md §4): the Bureau's year budget and the claims to decide. */
export function Component() {
  const { t } = useI18n();
  usePageTitle(t('subsidy.title'));
  return <RequireSession roles={['officer']}>{() => <Subsidy />}</RequireSession>;
}
