import { Alert, Descriptions } from 'antd';
import type { SessionView } from '../api/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { RequireSession } from '../session/session';
import { jurisdictionName } from '../shared/jurisdiction';
import { usePageTitle } from '../shared/page-title';
import { ApplicantHome, EvaluatorHome, ExpertHome, OfficerHome, ReviewerHome } from './RoleHomes';

function WhoAmI({ session }: { session: SessionView }) {
  const { t, locale } = useI18n();
  const items = [
    { key: 'name', label: t('workspace.who.name'), children: session.user?.name ?? session.user?.sub },
    {
      key: 'role',
      label: t('workspace.who.role'),
      children: session.role ? t(`role.${session.role}` as MessageKey) : '—',
    },
    { key: 'org', label: t('workspace.who.org'), children: session.user?.orgName ?? '—' },
  ];
  if (session.jurisdiction)
    items.push({
      key: 'jurisdiction',
      label: t('workspace.who.jurisdiction'),
      children: jurisdictionName(session.jurisdiction, locale),
    });
  if (session.uscc) items.push({ key: 'uscc', label: t('workspace.who.uscc'), children: session.uscc });
  return (
    <section className="lz-section" aria-labelledby="who">
      <h2 id="who">{t('workspace.who')}</h2>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />
    </section>
  );
}

function RoleHome({ session }: { session: SessionView }) {
  switch (session.role) {
    case 'officer':
      return <OfficerHome />;
    case 'reviewer':
      return <ReviewerHome session={session} />;
    case 'expert':
      return <ExpertHome />;
    case 'evaluator':
      return <EvaluatorHome />;
    case 'applicant':
      return <ApplicantHome />;
    default:
      return null;
  }
}

function Workspace({ session }: { session: SessionView }) {
  const { t } = useI18n();
  const name = session.user?.name ?? session.user?.sub ?? '';
  return (
    <div data-role={session.role ?? 'none'}>
      <h1>{t('workspace.heading', { name })}</h1>
      <WhoAmI session={session} />
      <section aria-labelledby="waiting">
        <h2 id="waiting">{t('workspace.waiting')}</h2>
        {session.role ? (
          <RoleHome session={session} />
        ) : (
          <Alert type="info" showIcon title={t('workspace.noRole')} />
        )}
      </section>
    </div>
  );
}

/** 工作台: each role's home — who they are and what is waiting for them. */
export function Component() {
  const { t } = useI18n();
  usePageTitle(t('workspace.title'));
  return <RequireSession>{(session) => <Workspace session={session} />}</RequireSession>;
}
