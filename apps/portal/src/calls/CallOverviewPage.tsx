import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { Link, useParams } from 'react-router';
import { getApplicationCounts, getCall, type CallView } from '../api/calls';
import { isNotFound } from '../api/http';
import { statusLabel } from '../applicant/applications/ApplicationListPage';
import { useI18n } from '../i18n/i18n';
import { RequireSession } from '../session/session';
import { formatInstant } from '../shared/format';
import { jurisdictionName } from '../shared/jurisdiction';
import { usePageTitle } from '../shared/page-title';
import { QueryState } from '../shared/QueryState';
import { OVERVIEW_STATUSES, overviewMatrix } from './overview-matrix';

/** The filtered list behind a count (the call's applications of one jurisdiction and/or status). */
export function callApplicationsHref(
  callId: string,
  filters: { jurisdictionCode?: string; status?: string },
) {
  const q = new URLSearchParams();
  if (filters.jurisdictionCode) q.set('jurisdictionCode', filters.jurisdictionCode);
  if (filters.status) q.set('status', filters.status);
  const s = q.toString();
  return `/workspace/calls/${callId}/applications${s ? `?${s}` : ''}`;
}

function Count({ n, to }: { n: number; to: string }) {
  return n === 0 ? <span className="lz-muted">0</span> : <Link to={to}>{n}</Link>;
}

function Overview({ call }: { call: CallView }) {
  const { t, locale } = useI18n();
  const counts = useQuery({
    queryKey: ['application-counts', call.id],
    queryFn: () => getApplicationCounts(call.id),
  });
  return (
    <QueryState isPending={counts.isPending} error={counts.error} refetch={counts.refetch}>
      {() => {
        const m = overviewMatrix(counts.data?.cells ?? []);
        const href = (jurisdictionCode?: string, status?: string) =>
          callApplicationsHref(call.id, { jurisdictionCode, status });
        return (
          <div className="lz-table-wrap">
            <table className="lz-table lz-matrix" data-testid="overview">
              <caption>{t('overview.caption', { title: call.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overview.jurisdiction')}</th>
                  {OVERVIEW_STATUSES.map((s) => (
                    <th key={s} scope="col">
                      {t(statusLabel(s))}
                    </th>
                  ))}
                  <th scope="col">{t('overview.total')}</th>
                </tr>
              </thead>
              <tbody>
                {m.rows.map((r) => (
                  <tr key={r.jurisdictionCode}>
                    <th scope="row">{jurisdictionName(r.jurisdictionCode, locale)}</th>
                    {OVERVIEW_STATUSES.map((s) => (
                      <td key={s}>
                        <Count n={r.counts[s] ?? 0} to={href(r.jurisdictionCode, s)} />
                      </td>
                    ))}
                    <td>
                      <Count n={r.total} to={href(r.jurisdictionCode)} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('overview.total')}</th>
                  {OVERVIEW_STATUSES.map((s) => (
                    <td key={s}>
                      <Count n={m.columnTotals[s] ?? 0} to={href(undefined, s)} />
                    </td>
                  ))}
                  <td data-testid="overview-total">
                    <Count n={m.total} to={href()} />
                  </td>
                </tr>
              </tfoot>
            </table>
            <p className="lz-muted">
              {t('overview.asOf', {
                time: formatInstant(new Date(counts.dataUpdatedAt).toISOString(), locale),
              })}
            </p>
          </div>
        );
      }}
    </QueryState>
  );
}

function Page({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const call = useQuery({ queryKey: ['call', id], queryFn: () => getCall(id) });
  usePageTitle(
    call.data ? t('overview.title', { title: call.data.title }) : t('calls.overview'),
    isNotFound(call.error),
  );
  return (
    <QueryState isPending={call.isPending} error={call.error} refetch={call.refetch}>
      {() => {
        const c = call.data as CallView;
        return (
          <>
            <p className="lz-no-print">
              <Link to="/workspace/calls">{t('overview.back')}</Link>
            </p>
            <h1>{t('overview.heading', { title: c.title })}</h1>
            <p className="lz-lead">
              {t('overview.window', {
                opens: formatInstant(c.opensAt, locale),
                closes: formatInstant(c.closesAt, locale),
              })}
            </p>
            <div className="lz-toolbar lz-no-print">
              <Button onClick={() => window.print()}>{t('common.print')}</Button>
              <Link to={callApplicationsHref(c.id, {})}>{t('overview.all')}</Link>
            </div>
            <Overview call={c} />
          </>
        );
      }}
    </QueryState>
  );
}

/** 申报情况: every application of a call by jurisdiction and status, each count a link to its list; printable. */
export function Component() {
  const { callId = '' } = useParams();
  return <RequireSession roles={['officer']}>{() => <Page id={callId} />}</RequireSession>;
}
