import { useSearchParams } from 'react-router';

/** `?page=` of a list page (1 when absent or not a positive integer). */
export function pageParam(params: URLSearchParams): number {
  const n = Number(params.get('page'));
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

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
