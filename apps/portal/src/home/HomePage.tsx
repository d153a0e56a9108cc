import { useQuery } from '@tanstack/react-query';
import { Descriptions } from 'antd';
import { Link } from 'react-router';
import { openCallsQuery, type CallView } from '../api/calls';
import { StatusTag } from '../shared/StatusTag';
import { useI18n } from '../i18n/i18n';
import { formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { QueryState } from '../shared/QueryState';

function CallCard({ call }: { call: CallView }) {
  const { t, locale } = useI18n();
  return (
    <article className="lz-section" aria-labelledby={`call-${call.id}`}>
      <div className="lz-title-row">
        <h3 id={`call-${call.id}`}>{call.title}</h3>
        <StatusTag tone={call.open ? 'success' : 'neutral'}>
          {call.open ? t('home.call.open') : t('home.call.closed')}
        </StatusTag>
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'year', label: t('home.call.year'), children: call.year },
          {
            key: 'opens',
            label: t('home.call.opensAt'),
            children: t('common.instant', { time: formatInstant(call.opensAt, locale) }),
          },
          {
            key: 'closes',
            label: t('home.call.closesAt'),
            children: t('common.instant', { time: formatInstant(call.closesAt, locale) }),
          },
          { key: 'policy', label: t('home.call.policy'), children: call.policyVersion },
        ]}
      />
    </article>
  );
}

/** 首页: the open call and its dates, and the way to the public information. */
export function Component() {
  const { t } = useI18n();
  usePageTitle(t('home.title'));
  const calls = useQuery(openCallsQuery);
  const open = calls.data?.items ?? [];
  return (
    <>
      <h1>{t('home.heading')}</h1>
      <p className="lz-lead">{t('home.lead')}</p>
      <section aria-labelledby="home-calls">
        <h2 id="home-calls">{t('home.call.heading')}</h2>
        <QueryState isPending={calls.isPending} error={calls.error} refetch={calls.refetch}>
          {() =>
            open.length > 0 ? (
              open.map((call) => <CallCard key={call.id} call={call} />)
            ) : (
              <p className="lz-section">{t('home.call.none')}</p>
            )
          }
        </QueryState>
      </section>
      <section aria-labelledby="home-links" className="lz-section">
        <h2 id="home-links">{t('home.links.heading')}</h2>
        <ul>
          <li>
            <Link to="/notices">{t('home.links.notices')}</Link>
          </li>
          <li>
            <Link to="/registry">{t('home.links.registry')}</Link>
          </li>
          <li>
            <Link to="/calendar">{t('home.links.calendar')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
