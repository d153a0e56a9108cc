import { Button, Spin } from 'antd';
import { NavLink, Outlet } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { UnreadBadge } from '../notifications/UnreadBadge';
import { SignInButton, SignOutButton, useSession } from '../session/session';

function SessionArea() {
  const { t } = useI18n();
  const session = useSession();
  if (!session.data) return null;
  if (!session.data.authenticated) return <SignInButton />;
  const name = session.data.user?.name ?? session.data.user?.sub ?? '';
  return (
    <div className="lz-session">
      <UnreadBadge />
      <span className="lz-session-name">{t('session.signedInAs', { name })}</span>
      <SignOutButton />
    </div>
  );
}

function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <Button
      type="text"
      lang={locale === 'en' ? 'zh-CN' : 'en'}
      aria-label={`${t('lang.label')}: ${t('lang.switch')}`}
      onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
    >
      {t('lang.switch')}
    </Button>
  );
}

/** Header (site name, navigation, language, sign-in), the page, and the footer. */
export function AppLayout() {
  const { t } = useI18n();
  const session = useSession();
  const links: Array<[string, string]> = [
    ['/', t('nav.home')],
    ['/notices', t('nav.notices')],
    ['/registry', t('nav.registry')],
    ['/calendar', t('nav.calendar')],
  ];
  if (session.data?.authenticated) links.push(['/workspace', t('nav.workspace')]);
  if (session.data?.role === 'officer') links.push(['/workspace/subsidy', t('nav.subsidy')]);
  if (session.data?.role === 'officer' || session.data?.role === 'evaluator')
    links.push(['/workspace/evaluations', t('nav.evaluations')]);
  if (session.data?.role === 'officer')
    links.push(['/workspace/publicity', t('nav.publicity')], ['/workspace/filings', t('nav.filings')]);
  return (
    <div className="lz-app">
      <a className="lz-skip" href="#main">
        {t('site.skip')}
      </a>
      <header className="lz-header">
        <div className="lz-header-inner">
          <NavLink to="/" className="lz-brand">
            {t('site.name')}
          </NavLink>
          <nav aria-label={t('nav.label')} className="lz-nav">
            <ul>
              {links.map(([to, label]) => (
                <li key={to}>
                  <NavLink to={to} end={to === '/'}>
                    {label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="lz-header-tools">
            <LanguageSwitch />
            <SessionArea />
          </div>
        </div>
      </header>
      <main id="main" className="lz-main">
        <Outlet />
      </main>
      <footer className="lz-footer">
        <p>
          {t('site.owner')} · {t('site.footer')}
        </p>
      </footer>
    </div>
  );
}

export function RouteLoading() {
  return (
    <div className="lz-loading" role="status">
      <Spin />
    </div>
  );
}
