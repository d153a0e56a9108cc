import { useQuery } from '@tanstack/react-query';
import { getNotice } from '../api/notices';

/** One public notice from the query cache (the notice page and its objection form share it). */
export function useNotice(noticeId: string) {
  return useQuery({ queryKey: ['notice', noticeId], queryFn: () => getNotice(noticeId) });
}
