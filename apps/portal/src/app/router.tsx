import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppLayout, RouteLoading } from './AppLayout';
import { ROUTES, type PageLoad } from './routes';

/** Each page's component, loaded on first visit (React.lazy): one per page module. */
const lazyPages = new Map<PageLoad, ComponentType>();
function lazyPage(load: PageLoad): ComponentType {
  let Page = lazyPages.get(load);
  if (!Page) {
    Page = lazy(() => load().then((m) => ({ default: m.Component })));
    lazyPages.set(load, Page);
  }
  return Page;
}

/**
 * Route-level code splitting with react-router's declarative routes and React.lazy: a public page
 * loads only what it shows (the data router would add ~15 KB gzipped to every page; bench/portal).
 * The routes are the table of routes.ts, which the entry also reads to start a page's first requests.
 */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          {ROUTES.map(({ path, load }) =>
            path === '' ? (
              <Route key="index" index element={<Lazy page={lazyPage(load)} />} />
            ) : (
              <Route key={path} path={path} element={<Lazy page={lazyPage(load)} />} />
            ),
          )}
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
