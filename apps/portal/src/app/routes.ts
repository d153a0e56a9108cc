import type { ComponentType } from 'react';
import { calendarYearOf, calendarYearQuery } from '../api/calendar';
import { openCallsQuery } from '../api/calls';
import { evaluationListQuery, evaluationQuery, evaluationStatusOf } from '../api/evaluations';
import { pageParam } from '../api/list';
import { noticeListQuery, noticeQuery } from '../api/notices';
import { registryQuery, registryQueryOf } from '../api/registry';
import { sessionQuery } from '../api/session';
import type { QueryClient } from '@tanstack/react-query';

/** A page module: its `Component`, loaded on first visit (every page is its own chunk). */
export type PageModule = { Component: ComponentType };
export type PageLoad = () => Promise<PageModule>;

/** A query a page asks first, as `useQuery` takes it (the page and the entry share the object). */
interface FirstQuery {
  queryKey: readonly unknown[];
  queryFn: () => Promise<unknown>;
  staleTime?: number;
}

export interface PortalRoute {
  /** react-router's path below the layout ('' is the index). */
  path: string;
  load: PageLoad;
  /** The page's first queries, from its path parameters and search. */
  first?: (params: Record<string, string>, search: URLSearchParams) => FirstQuery[];
}

/**
 * A signed-in person's page: its chunk and the workspace's Chinese strings (i18n/workspace.ts) load
 * together, so a public page carries neither (bench/portal/README.md).
 */
const signedIn =
  (load: PageLoad): PageLoad =>
  () =>
    Promise.all([load(), import('../i18n/workspace')]).then(([page]) => page);

const pages = {
  home: () => import('../home/HomePage'),
  noticeList: () => import('../notices/NoticeListPage'),
  notice: () => import('../notices/NoticePage'),
  objection: () => import('../objections/ObjectionPage'),
  registry: () => import('../registry/RegistryPage'),
  calendar: () => import('../calendar/CalendarPage'),
  workspace: signedIn(() => import('../workspace/WorkspacePage')),
  applicationList: signedIn(() => import('../applicant/applications/ApplicationListPage')),
  application: signedIn(() => import('../applicant/applications/ApplicationPage')),
  applicationWizard: signedIn(() => import('../applicant/wizard/WizardPage')),
  consortium: signedIn(() => import('../applicant/consortium/ConsortiumPage')),
  claims: signedIn(() => import('../applicant/claims/ClaimsPage')),
  claim: signedIn(() => import('../applicant/claims/ClaimPage')),
  preliminaryQueue: signedIn(() => import('../preliminary/PreliminaryQueuePage')),
  preliminaryCase: signedIn(() => import('../preliminary/PreliminaryCasePage')),
  calls: signedIn(() => import('../calls/CallsPage')),
  callOverview: signedIn(() => import('../calls/CallOverviewPage')),
  callApplications: signedIn(() => import('../calls/CallApplicationsPage')),
  cityReviews: signedIn(() => import('../city-review/CityReviewListPage')),
  cityReview: signedIn(() => import('../city-review/CityReviewCasePage')),
  evaluations: signedIn(() => import('../evaluations/EvaluationListPage')),
  evaluation: signedIn(() => import('../evaluations/EvaluationPage')),
  creditFindings: signedIn(() => import('../credit-findings/CreditFindingsPage')),
  subsidy: signedIn(() => import('../subsidy/SubsidyPage')),
  subsidyClaim: signedIn(() => import('../subsidy/SubsidyClaimPage')),
  experts: signedIn(() => import('../experts/ExpertsPage')),
  publicity: signedIn(() => import('../publicity/PublicityPage')),
  noticeWorkspace: signedIn(() => import('../publicity/NoticeWorkspacePage')),
  filing: signedIn(() => import('../filing/FilingPage')),
  notifications: signedIn(() => import('../notifications/NotificationsPage')),
  notificationPreferences: signedIn(() => import('../notifications/NotificationPreferencesPage')),
  dashboard: signedIn(() => import('../dashboard/DashboardPage')),
  auditTrail: signedIn(() => import('../audit/AuditTrailPage')),
  notFound: () => import('../not-found/NotFoundPage'),
} satisfies Record<string, PageLoad>;

/**
 * Every page of the portal, in one table: the router renders it (router.tsx) and the entry reads it to
 * start a page's chunk and its first queries before React and Ant Design have loaded (main.tsx).
 * Folder names speak SPEC.md's words.
 */
export const ROUTES: PortalRoute[] = [
  { path: '', load: pages.home, first: () => [openCallsQuery] },
  { path: 'notices', load: pages.noticeList, first: (_, s) => [noticeListQuery(pageParam(s))] },
  { path: 'notices/:noticeId', load: pages.notice, first: (p) => [noticeQuery(p.noticeId)] },
  { path: 'notices/:noticeId/objection', load: pages.objection, first: (p) => [noticeQuery(p.noticeId)] },
  { path: 'registry', load: pages.registry, first: (_, s) => [registryQuery(registryQueryOf(s))] },
  { path: 'calendar', load: pages.calendar, first: () => [calendarYearQuery(calendarYearOf(undefined))] },
  { path: 'calendar/:year', load: pages.calendar, first: (p) => [calendarYearQuery(calendarYearOf(p.year))] },
  { path: 'workspace', load: pages.workspace },
  { path: 'workspace/applications', load: pages.applicationList },
  { path: 'workspace/applications/:applicationId', load: pages.application },
  { path: 'workspace/applications/:applicationId/edit', load: pages.applicationWizard },
  { path: 'workspace/applications/:applicationId/edit/:step', load: pages.applicationWizard },
  { path: 'workspace/consortia/:consortiumId', load: pages.consortium },
  { path: 'workspace/claims', load: pages.claims },
  { path: 'workspace/claims/:claimId', load: pages.claim },
  { path: 'workspace/preliminary-reviews', load: pages.preliminaryQueue },
  { path: 'workspace/preliminary-reviews/:applicationId', load: pages.preliminaryCase },
  { path: 'workspace/calls', load: pages.calls },
  { path: 'workspace/calls/:callId/overview', load: pages.callOverview },
  { path: 'workspace/calls/:callId/applications', load: pages.callApplications },
  { path: 'workspace/city-reviews', load: pages.cityReviews },
  { path: 'workspace/city-reviews/:applicationId', load: pages.cityReview },
  {
    path: 'workspace/evaluations',
    load: pages.evaluations,
    first: (_, s) => [
      evaluationListQuery(pageParam(s), evaluationStatusOf(s), s.get('consortiumId') ?? undefined),
    ],
  },
  {
    path: 'workspace/evaluations/:evaluationId',
    load: pages.evaluation,
    first: (p) => [evaluationQuery(p.evaluationId)],
  },
  { path: 'workspace/credit-findings', load: pages.creditFindings },
  { path: 'workspace/subsidy', load: pages.subsidy },
  { path: 'workspace/subsidy/claims/:claimId', load: pages.subsidyClaim },
  { path: 'workspace/experts', load: pages.experts },
  { path: 'workspace/publicity', load: pages.publicity },
  { path: 'workspace/publicity/notices/:noticeId', load: pages.noticeWorkspace },
  { path: 'workspace/filings', load: pages.filing },
  { path: 'workspace/notifications', load: pages.notifications },
  { path: 'workspace/notifications/preferences', load: pages.notificationPreferences },
  { path: 'workspace/dashboard', load: pages.dashboard },
  { path: 'workspace/audit/:subject/:subjectId', load: pages.auditTrail },
  { path: '*', load: pages.notFound },
];

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape names no object: the page shows 未找到
  }
}

/** The route of a pathname and its parameters (static segments, `:name` parameters, `*` last). */
export function matchRoute(
  pathname: string,
  routes: PortalRoute[] = ROUTES,
): { route: PortalRoute; params: Record<string, string> } | null {
  const segments = pathname.split('/').filter(Boolean);
  for (const route of routes) {
    if (route.path === '*') return { route, params: {} };
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = safeDecode(segments[i]);
        return true;
      }
      return part === segments[i];
    });
    if (matches) return { route, params };
  }
  return null;
}

/**
 * Starts what the page at `location` needs first — its chunk, who is signed in, its first queries —
 * all at once, while the rest of the portal loads: otherwise they wait one after another (entry →
 * page chunk → data), which was most of a public page's load time (bench/portal/README.md).
 * The page's own `useQuery` finds the same queries in the cache, in flight or answered.
 */
export function startFirstRequests(location: Pick<Location, 'pathname' | 'search'>, client: QueryClient) {
  const match = matchRoute(location.pathname);
  void client.prefetchQuery(sessionQuery);
  if (!match) return;
  void match.route.load().catch(() => undefined); // the router's lazy() reports a failed chunk
  for (const query of match.route.first?.(match.params, new URLSearchParams(location.search)) ?? [])
    void client.prefetchQuery(query);
}
