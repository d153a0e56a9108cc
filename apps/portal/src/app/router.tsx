import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppLayout, RouteLoading } from './AppLayout';

/** A page module's `Component`, loaded on first visit: every page is its own chunk. */
const page = (load: () => Promise<{ Component: ComponentType }>) =>
  lazy(() => load().then((m) => ({ default: m.Component })));

const Home = page(() => import('../home/HomePage'));
const NoticeList = page(() => import('../notices/NoticeListPage'));
const Notice = page(() => import('../notices/NoticePage'));
const Objection = page(() => import('../objections/ObjectionPage'));
const Registry = page(() => import('../registry/RegistryPage'));
const Calendar = page(() => import('../calendar/CalendarPage'));
const Workspace = page(() => import('../workspace/WorkspacePage'));
const ApplicationList = page(() => import('../applicant/applications/ApplicationListPage'));
const Application = page(() => import('../applicant/applications/ApplicationPage'));
const ApplicationWizard = page(() => import('../applicant/wizard/WizardPage'));
const PreliminaryQueue = page(() => import('../preliminary/PreliminaryQueuePage'));
const PreliminaryCase = page(() => import('../preliminary/PreliminaryCasePage'));
const Calls = page(() => import('../calls/CallsPage'));
const CallOverview = page(() => import('../calls/CallOverviewPage'));
const CallApplications = page(() => import('../calls/CallApplicationsPage'));
const CityReviews = page(() => import('../city-review/CityReviewListPage'));
const CityReview = page(() => import('../city-review/CityReviewCasePage'));
const Notifications = page(() => import('../notifications/NotificationsPage'));
const NotificationPreferences = page(() => import('../notifications/NotificationPreferencesPage'));
const NotFound = page(() => import('../not-found/NotFoundPage'));

/**
 * Route-level code splitting with react-router's declarative routes and React.lazy: a public page
 * loads only what it shows (the data router would add ~15 KB gzipped to every page; bench/portal).
 * Folder names speak SPEC.md's words.
 */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<Lazy page={Home} />} />
          <Route path="notices" element={<Lazy page={NoticeList} />} />
          <Route path="notices/:noticeId" element={<Lazy page={Notice} />} />
          <Route path="notices/:noticeId/objection" element={<Lazy page={Objection} />} />
          <Route path="registry" element={<Lazy page={Registry} />} />
          <Route path="calendar" element={<Lazy page={Calendar} />} />
          <Route path="calendar/:year" element={<Lazy page={Calendar} />} />
          <Route path="workspace" element={<Lazy page={Workspace} />} />
          <Route path="workspace/applications" element={<Lazy page={ApplicationList} />} />
          <Route path="workspace/applications/:applicationId" element={<Lazy page={Application} />} />
          <Route
            path="workspace/applications/:applicationId/edit"
            element={<Lazy page={ApplicationWizard} />}
          />
          <Route
            path="workspace/applications/:applicationId/edit/:step"
            element={<Lazy page={ApplicationWizard} />}
          />
          <Route path="workspace/preliminary-reviews" element={<Lazy page={PreliminaryQueue} />} />
          <Route
            path="workspace/preliminary-reviews/:applicationId"
            element={<Lazy page={PreliminaryCase} />}
          />
          <Route path="workspace/calls" element={<Lazy page={Calls} />} />
          <Route path="workspace/calls/:callId/overview" element={<Lazy page={CallOverview} />} />
          <Route path="workspace/calls/:callId/applications" element={<Lazy page={CallApplications} />} />
          <Route path="workspace/city-reviews" element={<Lazy page={CityReviews} />} />
          <Route path="workspace/city-reviews/:applicationId" element={<Lazy page={CityReview} />} />
          <Route path="workspace/notifications" element={<Lazy page={Notifications} />} />
          <Route
            path="workspace/notifications/preferences"
            element={<Lazy page={NotificationPreferences} />}
          />
          <Route path="*" element={<Lazy page={NotFound} />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

function Lazy({ page: Page }: { page: ComponentType }) {
  return (
    <Suspense fallback={<RouteLoading />}>
      <Page />
    </Suspense>
  );
}
