import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { consortiumAuditSubjects, mergedAuditTrail, type AuditEntry, type ServiceTrail } from '../api/audit';
import { getApplication } from '../api/applications';
import { consortiumQuery } from '../api/registry';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { RequireSession } from '../session/session';
import { DataTable } from '../shared/DataTable';
import { formatInstant } from '../shared/format';
import { jurisdictionName } from '../shared/jurisdiction';
import { usePageTitle } from '../shared/page-title';
import { QueryState } from '../shared/QueryState';
import { StatusTag } from '../shared/StatusTag';
import '../dashboard/dashboard.css';

type Subject = 'application' | 'consortium';

const ROLE_KEYS: Record<string, MessageKey> = {
  officer: 'role.officer',
  reviewer: 'role.reviewer',
  expert: 'role.expert',
  evaluator: 'role.evaluator',
  applicant: 'role.applicant',
  system: 'audit.role.system',
  public: 'audit.role.public',
};

const CHAIN_TONE = {
  VERIFIED: 'success',
  BROKEN: 'danger',
  UNVERIFIED: 'warning',
  PENDING: 'neutral',
} as const;

function Who({ e }: { e: AuditEntry }) {
  const { t, locale } = useI18n();
  const role = ROLE_KEYS[e.actor.role] ? t(ROLE_KEYS[e.actor.role]) : e.actor.role;
  const unit = e.actor.unit
    ? /^\d{6}$|^LZ-/.test(e.actor.unit)
      ? jurisdictionName(e.actor.unit, locale)
      : e.actor.unit
    : null;
  return (
    <>
      {role}
      {unit && <> · {unit}</>}
      {e.actor.system && <span className="lz-muted"> ({e.actor.system})</span>}
    </>
  );
}

function Chains({ services }: { services: ServiceTrail[] }) {
  const { t, locale } = useI18n();
  return (
    <DataTable<ServiceTrail>
      caption={t('audit.chains')}
      rowKey={(s) => s.service}
      rows={services}
      columns={[
        { key: 'service', title: t('audit.col.service'), render: (s) => t(`audit.service.${s.service}`) },
        { key: 'rows', title: t('audit.col.rows'), render: (s) => s.rows },
        {
          key: 'chain',
          title: t('audit.col.chain'),
          render: (s) =>
            s.chain === null ? (
              <StatusTag tone="warning">{t('audit.chain.unavailable')}</StatusTag>
            ) : s.chain.ok ? (
              <span data-testid={`chain-${s.service}`}>
                <StatusTag tone="success">{t('audit.chain.ok')}</StatusTag>{' '}
                {t('audit.chain.okDetail', {
                  rows: s.chain.chained,
                  at: formatInstant(s.chain.verifiedAt, locale),
                })}
              </span>
            ) : (
              <span data-testid={`chain-${s.service}`}>
                <StatusTag tone="danger">{t('audit.chain.broken')}</StatusTag>{' '}
                {t('audit.chain.brokenDetail', {
                  position: s.chain.brokenAt ?? '—',
                  seq: s.chain.brokenSeq ?? '—',
                })}
                <br />
                <span className="lz-muted">{s.chain.reason}</span>
              </span>
            ),
        },
      ]}
    />
  );
}

function Trail({ subjectIds }: { subjectIds: string[] }) {
  const { t, locale } = useI18n();
  const trail = useQuery({ queryKey: ['audit', ...subjectIds], queryFn: () => mergedAuditTrail(subjectIds) });
  return (
    <QueryState isPending={trail.isPending} error={trail.error} refetch={trail.refetch}>
      {() => (
        <>
          <section className="lz-section" aria-labelledby="audit-chains">
            <h2 id="audit-chains">{t('audit.chains')}</h2>
            <Chains services={trail.data?.services ?? []} />
          </section>
          <section className="lz-section" aria-labelledby="audit-rows">
            <h2 id="audit-rows">{t('audit.rows', { n: trail.data?.entries.length ?? 0 })}</h2>
            <DataTable<AuditEntry>
              caption={t('audit.rows', { n: trail.data?.entries.length ?? 0 })}
              wide
              rowKey={(e) => `${e.service}:${e.seq}`}
              rows={trail.data?.entries}
              columns={[
                {
                  key: 'at',
                  title: t('audit.col.at'),
                  render: (e) => <time dateTime={e.at}>{formatInstant(e.at, locale)}</time>,
                },
                {
                  key: 'service',
                  title: t('audit.col.service'),
                  render: (e) => t(`audit.service.${e.service as 'intake'}`),
                },
                { key: 'who', title: t('audit.col.who'), render: (e) => <Who e={e} /> },
                { key: 'action', title: t('audit.col.action'), render: (e) => <code>{e.action}</code> },
                {
                  key: 'object',
                  title: t('audit.col.object'),
                  render: (e) => (
                    <span className="lz-muted">
                      {e.objectType} {e.objectId.slice(0, 8)}
                    </span>
                  ),
                },
                { key: 'outcome', title: t('audit.col.outcome'), render: (e) => e.outcome },
                {
                  key: 'chain',
                  title: t('audit.col.rowChain'),
                  render: (e) => (
                    <StatusTag tone={CHAIN_TONE[e.chain]}>{t(`audit.rowChain.${e.chain}`)}</StatusTag>
                  ),
                },
              ]}
            />
          </section>
        </>
      )}
    </QueryState>
  );
}

function ApplicationTrail({ id }: { id: string }) {
  const { t } = useI18n();
  const application = useQuery({ queryKey: ['application', id], queryFn: () => getApplication(id) });
  const name = application.data?.document.name;
  usePageTitle(t('audit.title', { name: name ?? id }));
  return (
    <>
      <p className="lz-no-print">
        <Link to={`/workspace/applications/${id}`}>{t('audit.back')}</Link>
      </p>
      <h1>{t('audit.title', { name: name ?? id })}</h1>
      <Trail subjectIds={[id]} />
    </>
  );
}

/** The consortium's rows and those of its application, claims and evaluation cycles. */
function ConsortiumSubjectsTrail({ id, applicationId }: { id: string; applicationId: string }) {
  const subjects = useQuery({
    queryKey: ['audit-subjects', id],
    queryFn: () => consortiumAuditSubjects(id, applicationId),
  });
  return (
    <QueryState isPending={subjects.isPending} error={subjects.error} refetch={subjects.refetch}>
      {() => <Trail subjectIds={subjects.data ?? [id, applicationId]} />}
    </QueryState>
  );
}

function ConsortiumTrail({ id }: { id: string }) {
  const { t } = useI18n();
  const consortium = useQuery(consortiumQuery(id));
  const c = consortium.data;
  usePageTitle(t('audit.title', { name: c?.name ?? id }));
  return (
    <>
      <p className="lz-no-print">
        <Link to={`/workspace/consortia/${id}`}>{t('audit.back')}</Link>
      </p>
      <h1>{t('audit.title', { name: c?.name ?? id })}</h1>
      <p className="lz-lead">{t('audit.consortiumLead')}</p>
      <QueryState isPending={consortium.isPending} error={consortium.error} refetch={consortium.refetch}>
        {() => (c ? <ConsortiumSubjectsTrail id={id} applicationId={c.applicationId} /> : null)}
      </QueryState>
    </>
  );
}

/** 审计记录 (officer): who did what when across the services, and whether each service's SM3 chain verifies. */
export function Component() {
  const { subject = '', subjectId = '' } = useParams();
  return (
    <RequireSession roles={['officer']}>
      {() =>
        (subject as Subject) === 'consortium' ? (
          <ConsortiumTrail id={subjectId} />
        ) : (
          <ApplicationTrail id={subjectId} />
        )
      }
    </RequireSession>
  );
}
