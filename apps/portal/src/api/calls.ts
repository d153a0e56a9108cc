import { get } from './http';

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

/** Every call (a handful a year at most), newest first as intake lists them. */
export async function listCalls(): Promise<CallView[]> {
  const body = await get<CallView[] | { items: CallView[] }>('/calls');
  return Array.isArray(body) ? body : body.items;
}
