import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  EVALUATION_STATUSES,
  evaluationListQuery,
  evaluationStatusOf,
  type EvaluationView,
} from '../api/evaluations';
import { DEFAULT_PAGE_SIZE, pageParam } from '../api/list';
import type { Role } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { RequireSession } from '../session/session';
import { DataTable, Pager } from '../shared/DataTable';
import { DownloadLinks } from '../shared/DownloadLinks';
import { FilterSelect } from '../shared/FilterSelect';
import { formatDate } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { useFilterParams, usePageParam } from '../shared/paging';
import { QueryState } from '../shared/QueryState';
import { StatusTag } from '../shared/StatusTag';
import { evaluationStatusLabel, gradeLabel } from './labels';

function Evaluations({ role }: { role: Role | null }) {
  const { t, locale } = useI18n();
  const [params, setFilters] = useFilterParams();
  const [page, setPage] = usePageParam();
  const status = evaluationStatusOf(params);
  const list = useQuery({
    ...evaluationListQuery(pageParam(params), status, params.get('consortiumId') ?? undefined),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <h1>{t('evaluation.list.heading')}</h1>
      <p className="lz-lead">
        {t(
          role === 'officer'
            ? 'evaluation.list.officerLead'
            : role === 'evaluator'
              ? 'evaluation.list.evaluatorLead'
              : 'evaluation.list.lead',
        )}
      </p>
      <div className="lz-toolbar lz-no-print">
        <FilterSelect
          label={t('evaluation.status')}
          value={status}
          options={EVALUATION_STATUSES}
          optionLabel={evaluationStatusLabel}
          onChange={(s) => setFilters({ status: s })}
        />
      </div>
      {role !== 'applicant' && (
        <DownloadLinks
          path="/api/v1/evaluations"
          query={{ status, consortiumId: params.get('consortiumId') ?? undefined }}
        />
      )}
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
        {() => (
          <>
            <DataTable<EvaluationView>
              caption={t('evaluation.list.heading')}
              rowKey={(e) => e.id}
              busy={list.isFetching}
              rows={list.data?.items}
              columns={[
                {
                  key: 'cycle',
                  title: t('evaluation.cycle'),
                  render: (e) => (
                    <Link to={`/workspace/evaluations/${e.id}`}>
                      {t('evaluation.cycleN', { n: e.cycle })}
                    </Link>
                  ),
                },
                {
                  key: 'consortium',
                  title: t('evaluation.consortium'),
                  render: (e) => e.consortium.name,
                },
                ...(role === 'officer'
                  ? [
                      {
                        key: 'evaluator',
                        title: t('evaluation.evaluator'),
                        render: (e: EvaluationView) => e.evaluatorOrgUscc ?? t('evaluation.unassigned'),
                      },
                    ]
                  : []),
                {
                  key: 'opensOn',
                  title: t('evaluation.opensOn'),
                  render: (e) => formatDate(e.opensOn, locale),
                },
                { key: 'dueOn', title: t('evaluation.dueOn'), render: (e) => formatDate(e.dueOn, locale) },
                {
                  key: 'status',
                  title: t('evaluation.status'),
                  render: (e) => <StatusTag>{t(evaluationStatusLabel(e.status))}</StatusTag>,
                },
                {
                  key: 'grade',
                  title: t('evaluations.col.grade'),
                  render: (e) => (e.result ? t(gradeLabel(e.result.grade)) : '—'),
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

/** 评估: the lead unit's cycles, or every cycle for the Bureau (`?status=OVERDUE` the overdue ones). */
export function Component() {
  const { t } = useI18n();
  usePageTitle(t('evaluation.list.title'));
  return (
    <RequireSession roles={['applicant', 'officer', 'evaluator']}>
      {(session) => <Evaluations role={session.role} />}
    </RequireSession>
  );
}
