import { Button, Spin } from 'antd';
import { NavLink, Outlet } from 'react-router';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
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

/**
 * The signed-in person's own pages, one row under the header: what their part of the procedure
 * needs (the header keeps the public pages and 工作台, so it stays on one line at 1280 px).
 */
const WORKSPACE_LINKS: Record<string, ReadonlyArray<readonly [string, MessageKey]>> = {
  officer: [
    ['/workspace/dashboard', 'subnav.dashboard'],
    ['/workspace/calls', 'subnav.calls'],
    ['/workspace/city-reviews', 'subnav.cityReviews'],
    ['/workspace/experts', 'subnav.experts'],
    ['/workspace/publicity', 'nav.publicity'],
    ['/workspace/filings', 'nav.filings'],
    ['/workspace/subsidy', 'nav.subsidy'],
    ['/workspace/evaluations', 'nav.evaluations'],
    ['/workspace/credit-findings', 'subnav.credit'],
  ],
  reviewer: [
    ['/workspace/preliminary-reviews', 'subnav.preliminary'],
    ['/workspace/credit-findings', 'subnav.credit'],
  ],
  expert: [['/workspace/city-reviews', 'subnav.assignments']],
  evaluator: [['/workspace/evaluations', 'nav.evaluations']],
  applicant: [
    ['/workspace/applications', 'subnav.applications'],
    ['/workspace/claims', 'nav.subsidy'],
    ['/workspace/evaluations', 'nav.evaluations'],
    ['/workspace/credit-findings', 'subnav.credit'],
  ],
};

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
  const role = session.data?.authenticated ? session.data.role : undefined;
  const desk = role ? (WORKSPACE_LINKS[role] ?? []) : [];
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
      {desk.length > 0 && (
        <nav aria-label={t('subnav.label')} className="lz-subnav lz-no-print">
          <ul>
            {desk.map(([to, label]) => (
              <li key={to}>
                <NavLink to={to}>{t(label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
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
