import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isNotFound, isSessionExpired } from '../api/http';

/** The portal's one query cache: the entry fills it with a page's first queries (routes.ts), the pages read it. */
export const queryClient = new QueryClient({
  queryCache: new QueryCache(),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 404 or an expired session will not change by asking again.
      retry: (count, err) => !isNotFound(err) && !isSessionExpired(err) && count < 2,
    },
  },
});
