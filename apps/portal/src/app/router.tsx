import { createBrowserRouter } from 'react-router';
import { AppLayout, RouteError, RouteLoading } from './AppLayout';

/**
 * Route-level code splitting: every page is its own chunk (`lazy`), so a public page loads only
 * what it shows. Folder names speak SPEC.md's words.
 */
export const router = createBrowserRouter([
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: RouteLoading,
    children: [
      { index: true, lazy: () => import('../home/HomePage') },
      { path: 'notices', lazy: () => import('../notices/NoticeListPage') },
      { path: 'notices/:noticeId', lazy: () => import('../notices/NoticePage') },
      { path: 'notices/:noticeId/objection', lazy: () => import('../objections/ObjectionPage') },
      { path: 'registry', lazy: () => import('../registry/RegistryPage') },
      { path: 'calendar', lazy: () => import('../calendar/CalendarPage') },
      { path: 'calendar/:year', lazy: () => import('../calendar/CalendarPage') },
      { path: 'workspace', lazy: () => import('../workspace/WorkspacePage') },
      { path: 'workspace/applications', lazy: () => import('../applicant/applications/ApplicationListPage') },
      {
        path: 'workspace/applications/:applicationId',
        lazy: () => import('../applicant/applications/ApplicationPage'),
      },
      { path: '*', lazy: () => import('../not-found/NotFoundPage') },
    ],
  },
]);
