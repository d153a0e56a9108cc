import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { getRevisions, type ApplicationView } from '../../api/applications';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.zh-CN';
import { DataTable } from '../../shared/DataTable';
import { QueryState } from '../../shared/QueryState';
import { fieldId, stepOfPath } from '../wizard/steps';
import { documentChanges, type Change } from './revision-diff';

/**
 * What changed between revisions: while returned, the draft against the last submitted revision (what
 * the next one will change); once resubmitted, the latest revision against the one before it.
 */
export function RevisionChanges({ application }: { application: ApplicationView }) {
  const { t } = useI18n();
  const editing = application.status === 'RETURNED';
  const relevant = editing ? application.revision >= 1 : application.revision >= 2;
  const revisions = useQuery({
    queryKey: ['revisions', application.id, application.revision],
    queryFn: () => getRevisions(application.id),
    enabled: relevant,
  });
  if (!relevant) return null;
  const latest = application.revision;
  return (
    <section className="lz-section" aria-labelledby="revision-changes">
      <h2 id="revision-changes">
        {editing
          ? t('revisions.sinceLast', { revision: latest })
          : t('revisions.between', { from: latest - 1, to: latest })}
      </h2>
      <QueryState isPending={revisions.isPending} error={revisions.error} refetch={revisions.refetch}>
        {() => {
          const byNumber = new Map((revisions.data ?? []).map((r) => [r.revision, r.document]));
          const changes = editing
            ? documentChanges(byNumber.get(latest), application.document)
            : documentChanges(byNumber.get(latest - 1), byNumber.get(latest));
          return (
            <DataTable<Change>
              caption={t('revisions.caption')}
              rowKey={(c) => c.path}
              rows={changes}
              columns={[
                {
                  key: 'step',
                  title: t('revisions.step'),
                  // While returned: a link to the field in the wizard, to change it again.
                  render: (c) => {
                    const step = stepOfPath(c.path);
                    const label = t(`wizard.step.${step}` as MessageKey);
                    return editing ? (
                      <Link to={`/workspace/applications/${application.id}/edit/${step}#${fieldId(c.path)}`}>
                        {label}
                      </Link>
                    ) : (
                      label
                    );
                  },
                },
                { key: 'path', title: t('revisions.path'), render: (c) => <code>{c.path}</code> },
                { key: 'before', title: t('revisions.before'), render: (c) => c.before ?? '—' },
                { key: 'after', title: t('revisions.after'), render: (c) => c.after ?? '—' },
              ]}
            />
          );
        }}
      </QueryState>
    </section>
  );
}
