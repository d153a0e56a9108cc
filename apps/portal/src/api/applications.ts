import type { ApplicationView as ApplicationAnswer, TimelineEntry } from '@lz/api-client';
import type { ApplicationDocument as FullDocument, Lead, Member } from '@lz/policy';
import { api, call, type QueryOf } from './http';

/**
 * The application document as the pages read it: the parts of libs/policy's document (the rules the
 * service applies), any of which a draft may lack. The OpenAPI answer types it as an open object.
 */
export type ApplicationDocument = Partial<Omit<FullDocument, 'lead' | 'members'>> & {
  lead?: Partial<Lead>;
  members?: Array<Partial<Member>>;
};

/** `GET /applications/:id` (intake) — the service's own OpenAPI types, the document as above. */
export type ApplicationView = Omit<ApplicationAnswer, 'document'> & { document: ApplicationDocument };
export type { TimelineEntry };
export type ApplicationStatus = ApplicationView['status'];

/** The caller's own (applicant) or scoped (reviewer/officer) applications. */
export const listApplications = (query: QueryOf<'/api/v1/applications'> = {}) =>
  call(api.GET('/api/v1/applications', { params: { query } })).then(
    (page) => page as Omit<typeof page, 'items'> & { items: ApplicationView[] },
  );

export const getApplication = (id: string) =>
  call(api.GET('/api/v1/applications/{id}', { params: { path: { id } } })) as Promise<ApplicationView>;

/** The whole timeline, oldest first (one page of the largest size: an application has a few dozen entries). */
export const getTimeline = (id: string) =>
  call(
    api.GET('/api/v1/applications/{id}/timeline', { params: { path: { id }, query: { pageSize: 100 } } }),
  ).then((p) => p.items);
