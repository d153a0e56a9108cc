import { useSearchParams } from 'react-router';
import { pageParam } from '../api/list';

export { pageParam };

/** The page of a list in the URL (bookmarkable), and how to go to another, keeping the filters. */
export function usePageParam(): [page: number, setPage: (page: number) => void] {
  const [params, setParams] = useSearchParams();
  const setPage = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    setParams(next);
  };
  return [pageParam(params), setPage];
}

/**
 * The filters of a list page in the URL: `setFilters({ q, status })` changes them (an empty value
 * removes one) and goes back to the first page.
 */
export function useFilterParams(): [
  params: URLSearchParams,
  setFilters: (values: Record<string, string | undefined>) => void,
] {
  const [params, setParams] = useSearchParams();
  const setFilters = (values: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(values)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    next.delete('page');
    setParams(next);
  };
  return [params, setFilters];
}
