import { useQuery } from '@tanstack/react-query';
import { noticeQuery } from '../api/notices';

/** One public notice from the query cache (the notice page and its objection form share it). */
export function useNotice(noticeId: string) {
  return useQuery(noticeQuery(noticeId));
}
