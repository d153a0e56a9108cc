import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { listEvaluations, type EvaluationView } from '../../api/evaluations';
import { DEFAULT_PAGE_SIZE } from '../../api/list';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.zh-CN';
import { RequireSession } from '../../session/session';
import { DataTable, Pager } from '../../shared/DataTable';
import { formatDate } from '../../shared/format';
import { usePageTitle } from '../../shared/page-title';
import { usePageParam } from '../../shared/paging';
import { QueryState } from '../../shared/QueryState';
import { StatusTag } from '../../shared/StatusTag';

export const evaluationStatusLabel = (s: EvaluationView['status']): MessageKey =>
  `evaluations.status.${s}` as MessageKey;
export const gradeLabel = (g: NonNullable<EvaluationView['result']>['grade']): MessageKey =>
  `evaluations.grade.${g}` as MessageKey;

function Evaluations() {
  const { t, locale } = useI18n();
  usePageTitle(t('evaluations.heading'));
  const [params] = useSearchParams();
  const [page, setPage] = usePageParam();
  const consortiumId = params.get('consortiumId') ?? undefined;
  const list = useQuery({
    queryKey: ['evaluations', page, consortiumId],
    queryFn: () => listEvaluations({ page, pageSize: DEFAULT_PAGE_SIZE, consortiumId }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <h1>{t('evaluations.heading')}</h1>
      <p className="lz-lead">{t('evaluations.lead')}</p>
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
        {() => (
          <>
            <DataTable<EvaluationView>
              caption={t('evaluations.heading')}
              rowKey={(e) => e.id}
              busy={list.isFetching}
              rows={list.data?.items}
              columns={[
                {
                  key: 'cycle',
                  title: t('evaluations.col.cycle'),
                  render: (e) => (
                    <Link to={`/workspace/evaluations/${e.id}`}>
                      {t('evaluations.cycle', { cycle: e.cycle })}
                    </Link>
                  ),
                },
                {
                  key: 'opensOn',
                  title: t('evaluations.col.opensOn'),
                  render: (e) => formatDate(e.opensOn, locale),
                },
                {
                  key: 'dueOn',
                  title: t('evaluations.col.dueOn'),
                  render: (e) => formatDate(e.dueOn, locale),
                },
                {
                  key: 'status',
                  title: t('evaluations.col.status'),
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

/** 评估任务 (docs/SPEC.md 5.2a): the biennial evaluations of the lead unit's consortia. */
export function Component() {
  return <RequireSession roles={['applicant']}>{() => <Evaluations />}</RequireSession>;
}
