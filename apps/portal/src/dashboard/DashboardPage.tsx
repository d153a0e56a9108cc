import { useQuery } from '@tanstack/react-query';
import { formatFen } from '@lz/policy';
import { Link } from 'react-router';
import type { CallView } from '../api/calls';
import { getApplicationCounts } from '../api/calls';
import {
  budgetOf,
  currentCall,
  evaluationsDueBy,
  openNoticesEndingFirst,
  pendingClaimCount,
  thirtyWorkingDaysFrom,
} from '../api/dashboard';
import type { EvaluationView } from '../api/evaluations';
import type { NoticeView } from '../api/notices';
import { statusLabel } from '../applicant/applications/ApplicationListPage';
import { callApplicationsHref } from '../calls/CallOverviewPage';
import { OVERVIEW_STATUSES, overviewMatrix } from '../calls/overview-matrix';
import { useI18n } from '../i18n/i18n';
import { RequireSession } from '../session/session';
import { DataTable } from '../shared/DataTable';
import { formatDeadline, formatInstant, shanghaiYear } from '../shared/format';
import { jurisdictionName } from '../shared/jurisdiction';
import { usePageTitle } from '../shared/page-title';
import { QueryState } from '../shared/QueryState';
import { BarChart, SplitBar } from './BarChart';
import './dashboard.css';

function Applications({ call }: { call: CallView }) {
  const { t, locale } = useI18n();
  const counts = useQuery({
    queryKey: ['application-counts', call.id],
    queryFn: () => getApplicationCounts(call.id),
  });
  return (
    <QueryState isPending={counts.isPending} error={counts.error} refetch={counts.refetch}>
      {() => {
        const m = overviewMatrix(counts.data?.cells ?? []);
        return (
          <>
            <p>
              {t('dashboard.applications.total', { total: m.total })}{' '}
              <Link to={`/workspace/calls/${call.id}/overview`}>{t('calls.overview')}</Link>
            </p>
            <BarChart
              testId="chart-status"
              caption={t('dashboard.applications.byStatus')}
              bars={OVERVIEW_STATUSES.map((s) => ({
                key: s,
                label: t(statusLabel(s)),
                value: m.columnTotals[s] ?? 0,
                to: callApplicationsHref(call.id, { status: s }),
              }))}
            />
            <BarChart
              testId="chart-jurisdiction"
              caption={t('dashboard.applications.byJurisdiction')}
              bars={m.rows.map((r) => ({
                key: r.jurisdictionCode,
                label: jurisdictionName(r.jurisdictionCode, locale),
                value: r.total,
                to: callApplicationsHref(call.id, { jurisdictionCode: r.jurisdictionCode }),
              }))}
            />
          </>
        );
      }}
    </QueryState>
  );
}

function CurrentCall() {
  const { t, locale } = useI18n();
  const call = useQuery({ queryKey: ['dashboard', 'current-call'], queryFn: currentCall });
  return (
    <section className="lz-section" aria-labelledby="dashboard-applications">
      <h2 id="dashboard-applications">{t('dashboard.applications')}</h2>
      <QueryState isPending={call.isPending} error={call.error} refetch={call.refetch}>
        {() =>
          call.data ? (
            <>
              <p className="lz-lead" data-testid="dashboard-call">
                {t('dashboard.call', {
                  title: call.data.title,
                  opens: formatInstant(call.data.opensAt, locale),
                  closes: formatInstant(call.data.closesAt, locale),
                })}
              </p>
              <Applications call={call.data} />
            </>
          ) : (
            <p>{t('dashboard.noCall')}</p>
          )
        }
      </QueryState>
    </section>
  );
}

function Notices() {
  const { t, locale } = useI18n();
  const notices = useQuery({ queryKey: ['dashboard', 'notices'], queryFn: openNoticesEndingFirst });
  return (
    <section className="lz-section" aria-labelledby="dashboard-notices">
      <h2 id="dashboard-notices">{t('dashboard.notices')}</h2>
      <QueryState isPending={notices.isPending} error={notices.error} refetch={notices.refetch}>
        {() => (
          <>
            <p data-testid="dashboard-notices-open">
              {t('dashboard.notices.open', { n: notices.data?.total ?? 0 })}
            </p>
            {(notices.data?.items.length ?? 0) > 0 && (
              <DataTable<NoticeView>
                caption={t('dashboard.notices')}
                rowKey={(n) => n.id}
                rows={notices.data?.items}
                columns={[
                  {
                    key: 'title',
                    title: t('dashboard.notices.title'),
                    render: (n) => <Link to={`/notices/${n.id}`}>{n.title}</Link>,
                  },
                  { key: 'items', title: t('dashboard.notices.items'), render: (n) => n.items.length },
                  {
                    key: 'endsAt',
                    title: t('dashboard.notices.endsAt'),
                    render: (n) => <time dateTime={n.endsAt}>{formatDeadline(n.endsAt, locale)}</time>,
                  },
                ]}
              />
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

function Subsidy() {
  const { t } = useI18n();
  const year = shanghaiYear();
  const pending = useQuery({ queryKey: ['dashboard', 'claims', 'PENDING'], queryFn: pendingClaimCount });
  const budget = useQuery({ queryKey: ['dashboard', 'budget', year], queryFn: () => budgetOf(year) });
  return (
    <section className="lz-section" aria-labelledby="dashboard-subsidy">
      <h2 id="dashboard-subsidy">{t('dashboard.subsidy')}</h2>
      <QueryState isPending={pending.isPending} error={pending.error} refetch={pending.refetch}>
        {() => (
          <p data-testid="dashboard-claims-pending">
            <Link to="/workspace/claims?status=PENDING">
              {t('dashboard.claims.pending', { n: pending.data ?? 0 })}
            </Link>
          </p>
        )}
      </QueryState>
      <QueryState isPending={budget.isPending} error={budget.error} refetch={budget.refetch}>
        {() =>
          budget.data ? (
            <SplitBar
              testId="chart-budget"
              caption={t('dashboard.budget', { year, total: formatFen(budget.data.totalFen) })}
              used={budget.data.grantedFen}
              left={budget.data.remainingFen}
              usedLabel={t('dashboard.budget.used', { amount: formatFen(budget.data.grantedFen) })}
              leftLabel={t('dashboard.budget.left', { amount: formatFen(budget.data.remainingFen) })}
            />
          ) : (
            <p>{t('dashboard.budget.unset', { year })}</p>
          )
        }
      </QueryState>
    </section>
  );
}

function Evaluations() {
  const { t, locale } = useI18n();
  const until = useQuery({
    queryKey: ['dashboard', 'thirty-working-days'],
    queryFn: () => thirtyWorkingDaysFrom(new Date()),
  });
  const due = useQuery({
    queryKey: ['dashboard', 'evaluations-due', until.data?.endsAt],
    queryFn: () => evaluationsDueBy(until.data?.endsAt ?? ''),
    enabled: until.data !== undefined,
  });
  return (
    <section className="lz-section" aria-labelledby="dashboard-evaluations">
      <h2 id="dashboard-evaluations">{t('dashboard.evaluations')}</h2>
      <QueryState
        isPending={until.isPending || due.isPending}
        error={until.error ?? due.error}
        refetch={due.refetch}
      >
        {() => (
          <>
            <p data-testid="dashboard-evaluations-due">
              {t('dashboard.evaluations.due', {
                n: due.data?.length ?? 0,
                until: formatDeadline(until.data?.endsAt, locale),
              })}
            </p>
            {(due.data?.length ?? 0) > 0 && (
              <DataTable<EvaluationView>
                caption={t('dashboard.evaluations')}
                rowKey={(e) => e.id}
                rows={due.data}
                columns={[
                  {
                    key: 'consortium',
                    title: t('dashboard.evaluations.consortium'),
                    render: (e) => (
                      <Link to={`/workspace/evaluations/${e.id}`}>
                        {t('dashboard.evaluations.cycle', { cycle: e.cycle })}
                      </Link>
                    ),
                  },
                  {
                    key: 'status',
                    title: t('dashboard.evaluations.status'),
                    render: (e) => t(`evaluation.status.${e.status}` as 'evaluation.status.OPEN'),
                  },
                  {
                    key: 'dueAt',
                    title: t('dashboard.evaluations.dueAt'),
                    render: (e) => <time dateTime={e.dueAt}>{formatDeadline(e.dueAt, locale)}</time>,
                  },
                ]}
              />
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

function Dashboard() {
  const { t } = useI18n();
  usePageTitle(t('dashboard.title'));
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <div className="lz-dashboard">
        <CurrentCall />
        <div>
          <Notices />
          <Subsidy />
          <Evaluations />
        </div>
      </div>
    </>
  );
}

/** 工作概览 (officer): the current call's applications, open notices, claims and budget, evaluations due. */
export function Component() {
  return <RequireSession roles={['officer']}>{() => <Dashboard />}</RequireSession>;
}
