import type { ApplicationView as ApplicationAnswer, TimelineEntry } from '@lz/api-client';
import type { ApplicationDocument as FullDocument, Lead, Member } from '@lz/policy';
import { uploadFile } from './files';
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

export type Attachment = ApplicationView['attachments'][number];
export type AttachmentCategory = Attachment['category'];

/** `POST /applications` with `{callId}` only: a draft (docs/SPEC.md C.2), one Idempotency-Key per attempt. */
export const createDraft = (callId: string, idempotencyKey: string) =>
  call(
    api.POST('/api/v1/applications', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: { callId },
    }),
  ) as Promise<ApplicationView>;

/** `PATCH /applications/:id`: a JSON merge patch of the draft (RFC 7396: `null` removes a part). */
export const patchDraft = (id: string, patch: Record<string, unknown>) =>
  call(
    api.PATCH('/api/v1/applications/{id}', { params: { path: { id } }, body: patch }),
  ) as Promise<ApplicationView>;

/** `POST /applications/:id/eligibility`: the dry run of docs/SPEC.md §2 and C.2. */
export const checkDraft = (id: string) =>
  call(api.POST('/api/v1/applications/{id}/eligibility', { params: { path: { id } } }));
export type EligibilityFindingView = Awaited<ReturnType<typeof checkDraft>>['findings'][number];

/** `POST /applications/:id/submit`: the same key for every retry of one attempt. */
export const submitApplication = (id: string, idempotencyKey: string) =>
  call(
    api.POST('/api/v1/applications/{id}/submit', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
    }),
  ) as Promise<ApplicationView>;

/**
 * `POST /applications/:id/attachments` (multipart, the category before the file): the service sniffs,
 * limits and hashes it; `onProgress` gets the fraction sent.
 */
export const uploadAttachment = (
  id: string,
  category: AttachmentCategory,
  file: File,
  onProgress: (fraction: number) => void = () => undefined,
) =>
  uploadFile<Attachment>(
    `/api/v1/applications/${encodeURIComponent(id)}/attachments`,
    file,
    { category },
    onProgress,
  );

/** `DELETE /applications/:id/attachments/:attId`: while DRAFT or RETURNED (409 rule 3.2 otherwise). */
export const deleteAttachment = (id: string, attId: string) =>
  call(api.DELETE('/api/v1/applications/{id}/attachments/{attId}', { params: { path: { id, attId } } }));

/** Where the verified bytes of an attachment are read. */
export const attachmentPath = (id: string, attId: string) =>
  `/api/v1/applications/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attId)}`;

/** `GET /applications/:id/revisions`: every submitted revision, frozen, first first. */
export const getRevisions = (id: string) =>
  call(
    api.GET('/api/v1/applications/{id}/revisions', { params: { path: { id }, query: { pageSize: 100 } } }),
  ).then((p) => p.items);
