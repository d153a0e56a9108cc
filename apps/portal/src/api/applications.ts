import { get } from './http';
import type { ListQuery, Page } from './list';

export type ApplicationStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'RETURNED'
  | 'PRELIM_RECOMMENDED'
  | 'PRELIM_REJECTED'
  | 'CITY_TO_BE_FILED'
  | 'CITY_REJECTED'
  | 'IN_PUBLICITY'
  | 'CLEARED'
  | 'CONTESTED'
  | 'FILED';

/** The application document as intake stores it (the body of create/replace in docs/API.md); drafts may lack parts. */
export interface ApplicationDocument {
  name?: string;
  field?: string;
  jurisdictionCode?: string;
  lead?: { uscc?: string; name?: string; kind?: string; districtCode?: string };
  members?: Array<{ uscc?: string; name?: string; kind?: string; chainRole?: string; inLuzhou?: boolean }>;
}

export interface ApplicationView {
  id: string;
  callId: string;
  status: ApplicationStatus;
  revision: number;
  leadUscc: string;
  jurisdictionCode: string;
  document: ApplicationDocument;
  attachments: Array<{ id: string; category: string; fileName: string; size: number; uploadedAt: string }>;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

export interface TimelineEntry {
  status: ApplicationStatus;
  source: string;
  at: string;
  note: string | null;
}

/** The caller's own (applicant) or scoped (reviewer/officer) applications. */
export const listApplications = (query: ListQuery & { status?: ApplicationStatus } = {}) =>
  get<Page<ApplicationView>>('/applications', { ...query });

export const getApplication = (id: string) => get<ApplicationView>(`/applications/${encodeURIComponent(id)}`);

export const getTimeline = (id: string) =>
  get<TimelineEntry[] | Page<TimelineEntry>>(`/applications/${encodeURIComponent(id)}/timeline`).then((b) =>
    Array.isArray(b) ? b : b.items,
  );
