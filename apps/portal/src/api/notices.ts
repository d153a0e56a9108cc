import { get } from './http';
import type { ListQuery, Page } from './list';

export type NoticeItemStatus = 'IN_PUBLICITY' | 'AWAITING_RESOLUTION' | 'CLEARED' | 'CONTESTED';

export interface NoticeItemView {
  applicationId: string;
  name: string;
  field: string;
  leadName: string;
  leadUscc: string;
  status: NoticeItemStatus;
  objections: { pending: number; upheld: number; dismissed: number };
}

/** `GET /notices/:id` (publicity): the period, the rule that counted it, the items. */
export interface NoticeView {
  id: string;
  title: string;
  status: 'OPEN' | 'EXPIRED';
  acceptingObjections: boolean;
  publishedAt: string;
  endsAt: string;
  lastWorkingDay: string;
  workingDays: number;
  countingRule: 'NEXT_DAY';
  closingTime: string;
  provisional: boolean;
  unknownYears: number[];
  policyVersion: string;
  period: { text: string; textZh: string };
  howToObject: { text: string; textZh: string; path: string };
  items: NoticeItemView[];
}

export const listNotices = (query: ListQuery & { status?: string } = {}) =>
  get<Page<NoticeView>>('/notices', { ...query });

export const getNotice = (id: string) => get<NoticeView>(`/notices/${encodeURIComponent(id)}`);
