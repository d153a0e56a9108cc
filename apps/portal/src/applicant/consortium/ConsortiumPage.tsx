import { useQuery } from '@tanstack/react-query';
import { Descriptions } from 'antd';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../../api/http';
import { consortiumQuery, type ConsortiumView } from '../../api/registry';
import { useI18n } from '../../i18n/i18n';
import { AuditLink } from '../../audit/AuditLink';
import { RequireSession } from '../../session/session';
import { DataTable } from '../../shared/DataTable';
import { formatDate } from '../../shared/format';
import { jurisdictionName } from '../../shared/jurisdiction';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/QueryState';
import { StatusTag } from '../../shared/StatusTag';

type Member = ConsortiumView['members'][number];

/** After filing: the consortium's registry entry — filing number, members — and what its lead does next. */
function Consortium({ id, leadUscc }: { id: string; leadUscc: string | undefined }) {
  const { t, locale } = useI18n();
  const consortium = useQuery(consortiumQuery(id));
  usePageTitle(consortium.data?.name ?? t('consortium.title'), isNotFound(consortium.error));
  return (
    <QueryState isPending={consortium.isPending} error={consortium.error} refetch={consortium.refetch}>
      {() => {
        const c = consortium.data as ConsortiumView;
        const isLead = c.lead.uscc === leadUscc;
        return (
          <article aria-labelledby="consortium-title">
            <h1 id="consortium-title">{c.name}</h1>
            <p className="lz-lead">{t('consortium.lead')}</p>
            <AuditLink subject="consortium" id={c.id} />
            <section className="lz-section" aria-label={t('consortium.entry')}>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  {
                    key: 'filingNumber',
                    label: t('registry.col.filingNumber'),
                    children: <span data-testid="filing-number">{c.filingNumber}</span>,
                  },
                  {
                    key: 'filedOn',
                    label: t('registry.col.filedOn'),
                    children: formatDate(c.filedOn, locale),
                  },
                  {
                    key: 'status',
                    label: t('registry.col.status'),
                    children: (
                      <StatusTag tone={c.status === 'ACTIVE' ? 'success' : 'danger'}>
                        {t(c.status === 'ACTIVE' ? 'registry.status.ACTIVE' : 'registry.status.DELISTED')}
                      </StatusTag>
                    ),
                  },
                  { key: 'field', label: t('registry.col.field'), children: c.field },
                  {
                    key: 'jurisdiction',
                    label: t('registry.col.jurisdiction'),
                    children: jurisdictionName(c.jurisdictionCode, locale),
                  },
                  { key: 'lead', label: t('registry.col.lead'), children: `${c.lead.name} · ${c.lead.uscc}` },
                ]}
              />
              <p>
                <Link to={`/registry?q=${encodeURIComponent(c.filingNumber)}`}>
                  {t('consortium.inRegistry')}
                </Link>
                {' · '}
                <Link to={`/workspace/applications/${c.applicationId}`}>{t('consortium.application')}</Link>
              </p>
            </section>
            <section className="lz-section" aria-labelledby="consortium-members">
              <h2 id="consortium-members">{t('application.members')}</h2>
              <DataTable<Member>
                caption={t('application.members')}
                rowKey={(m) => m.uscc}
                rows={c.members}
                columns={[
                  { key: 'name', title: t('application.member.name'), render: (m) => m.name },
                  { key: 'uscc', title: t('application.member.uscc'), render: (m) => m.uscc },
                ]}
              />
            </section>
            {isLead && c.status === 'ACTIVE' && (
              <section className="lz-section" aria-labelledby="consortium-next">
                <h2 id="consortium-next">{t('consortium.next')}</h2>
                <ul>
                  <li>
                    <Link to={`/workspace/claims?consortiumId=${c.id}`}>{t('claims.heading')}</Link>
                  </li>
                  <li>
                    <Link to={`/workspace/evaluations?consortiumId=${c.id}`}>{t('evaluations.heading')}</Link>
                  </li>
                </ul>
              </section>
            )}
          </article>
        );
      }}
    </QueryState>
  );
}

export function Component() {
  const { consortiumId = '' } = useParams();
  return <RequireSession>{(s) => <Consortium id={consortiumId} leadUscc={s.uscc} />}</RequireSession>;
}
