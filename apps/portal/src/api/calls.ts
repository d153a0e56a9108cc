import { get } from './http';
import type { ListQuery, Page } from './list';

/** `GET /calls` (intake): 申报通知. */
export interface CallView {
  id: string;
  year: number;
  title: string;
  opensAt: string;
  closesAt: string;
  policyVersion: string;
  open: boolean;
}

/** Calls, latest opening first; `status=OPEN` for those open for submission now. */
export const listCalls = (
  query: ListQuery & { status?: 'UPCOMING' | 'OPEN' | 'CLOSED'; year?: number } = {},
) => get<Page<CallView>>('/calls', { ...query });
