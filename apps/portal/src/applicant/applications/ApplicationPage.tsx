import { useQuery } from '@tanstack/react-query';
import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../../api/http';
import { getApplication, getTimeline, type ApplicationView } from '../../api/applications';
import { ledConsortiaQuery } from '../../api/registry';
import { StatusTag } from '../../shared/StatusTag';
import { useI18n } from '../../i18n/i18n';
import { AuditLink } from '../../audit/AuditLink';
import { RequireSession } from '../../session/session';
import { DataTable } from '../../shared/DataTable';
import { formatInstant } from '../../shared/format';
import { jurisdictionName } from '../../shared/jurisdiction';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/QueryState';
import { EditLink, useCanEdit } from '../wizard/ApplicantActions';
import { statusLabel } from './ApplicationListPage';
import { RevisionChanges } from './RevisionChanges';

type Member = NonNullable<ApplicationView['document']['members']>[number];

/** A filed application: the consortium it became (the registry's entry of its lead, by application). */
function FiledConsortium({ application }: { application: ApplicationView }) {
  const { t } = useI18n();
  const consortia = useQuery({
    ...ledConsortiaQuery(application.leadUscc),
    enabled: application.status === 'FILED',
  });
  const consortium = consortia.data?.find((c) => c.applicationId === application.id);
  if (!consortium) return null;
  return (
    <p>
      <Link to={`/workspace/consortia/${consortium.id}`}>
        {t('consortium.open', { filingNumber: consortium.filingNumber })}
      </Link>
    </p>
  );
}

/**
 * An application as the pages show it: its summary, members and timeline. `children` (a reviewer's
 * decision, …) come after the summary; without them the page says it is read-only.
 */
export function ApplicationBody({
  application,
  children,
}: {
  application: ApplicationView;
  children?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const doc = application.document;
  const timeline = useQuery({
    // A new status adds an entry: read the timeline again when the status moves.
    queryKey: ['timeline', application.id, application.status],
    queryFn: () => getTimeline(application.id),
  });
  const editable = useCanEdit(application);
  return (
    <article aria-labelledby="application-title">
      <h1 id="application-title">{doc.name ?? t('application.title')}</h1>
      {!children && !editable && <p className="lz-lead">{t('application.readOnly')}</p>}
      {!children && <EditLink application={application} />}
      <FiledConsortium application={application} />
      <section className="lz-section" aria-label={t('application.title')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'status',
              label: t('application.status'),
              children: <StatusTag>{t(statusLabel(application.status))}</StatusTag>,
            },
            { key: 'revision', label: t('application.revision'), children: application.revision },
            { key: 'field', label: t('applications.col.field'), children: doc.field ?? '—' },
            {
              key: 'jurisdiction',
              label: t('application.jurisdiction'),
              children: jurisdictionName(application.jurisdictionCode, locale),
            },
            {
              key: 'lead',
              label: t('application.lead'),
              children: `${doc.lead?.name ?? '—'} · ${application.leadUscc}`,
            },
            {
              key: 'created',
              label: t('application.createdAt'),
              children: formatInstant(application.createdAt, locale),
            },
            {
              key: 'submitted',
              label: t('application.submittedAt'),
              children: formatInstant(application.submittedAt, locale),
            },
          ]}
        />
      </section>
      {children}
      <RevisionChanges application={application} />
      <section className="lz-section" aria-labelledby="application-members">
        <h2 id="application-members">{t('application.members')}</h2>
        <DataTable<Member>
          caption={t('application.members')}
          rowKey={(m) => m.uscc ?? m.name ?? ''}
          rows={doc.members ?? []}
          columns={[
            { key: 'name', title: t('application.member.name'), render: (m) => m.name ?? '—' },
            { key: 'uscc', title: t('application.member.uscc'), render: (m) => m.uscc ?? '—' },
            {
              key: 'where',
              title: t('application.member.inLuzhou'),
              render: (m) => (m.inLuzhou ? t('application.member.luzhou') : t('application.member.outside')),
            },
          ]}
        />
      </section>
      <section className="lz-section" aria-labelledby="application-timeline">
        <h2 id="application-timeline">{t('application.timeline')}</h2>
        <QueryState isPending={timeline.isPending} error={timeline.error}>
          {() =>
            (timeline.data ?? []).length === 0 ? (
              <p>{t('common.empty')}</p>
            ) : (
              <ol className="lz-timeline">
                {(timeline.data ?? []).map((e, i) => (
                  <li key={i}>
                    <time dateTime={e.at}>{formatInstant(e.at, locale)}</time>{' '}
                    <StatusTag>{t(statusLabel(e.status))}</StatusTag>
                  </li>
                ))}
              </ol>
            )
          }
        </QueryState>
      </section>
    </article>
  );
}

function Application({ id }: { id: string }) {
  const application = useQuery({ queryKey: ['application', id], queryFn: () => getApplication(id) });
  const { t } = useI18n();
  usePageTitle(application.data?.document.name ?? t('application.title'), isNotFound(application.error));
  return (
    <QueryState isPending={application.isPending} error={application.error} refetch={application.refetch}>
      {() => (
        // Not as ApplicationBody's children: those stand for a reviewer's decision and hide the
        // applicant's edit link.
        <>
          <ApplicationBody application={application.data as ApplicationView} />
          <AuditLink subject="application" id={id} />
        </>
      )}
    </QueryState>
  );
}

/** One application, read-only; another unit's answers 404 and the page says 未找到. */
export function Component() {
  const { applicationId = '' } = useParams();
  return <RequireSession>{() => <Application id={applicationId} />}</RequireSession>;
}
