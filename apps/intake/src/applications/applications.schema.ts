import { z } from 'zod';
import { storedFileViewSchema } from '@lz/evidence';
import { exportable, listQuerySchema, pageSchema } from '@lz/http';
import { applicationStatusSchema, attachmentCategorySchema } from '@lz/policy';

export const attachmentViewSchema = storedFileViewSchema.extend({ category: attachmentCategorySchema });
export type AttachmentView = z.infer<typeof attachmentViewSchema>;

/**
 * `PATCH /applications/:id`: a JSON merge patch (RFC 7396) of the draft document — any object; what
 * it may hold is judged on the merged document (`applicationDraftSchema`).
 */
export const applicationPatchSchema = z
  .record(z.string(), z.unknown(), { error: 'must be a JSON object (a merge patch of the document)' })
  .describe('JSON merge patch (RFC 7396) of the application document; null removes a member');

export const applicationViewSchema = z.object({
  id: z.uuid(),
  callId: z.uuid(),
  status: applicationStatusSchema,
  /** Latest submitted revision (0 while never submitted). */
  revision: z.int(),
  leadUscc: z.string(),
  /** Null while a draft has not chosen its jurisdiction. */
  jurisdictionCode: z.string().nullable(),
  document: z.record(z.string(), z.unknown()),
  attachments: z.array(attachmentViewSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type ApplicationView = z.infer<typeof applicationViewSchema>;

export const revisionViewSchema = z.object({
  revision: z.int(),
  submittedAt: z.string(),
  submittedBy: z.string(),
  document: z.record(z.string(), z.unknown()),
  attachments: z.array(z.unknown()),
  findings: z.array(z.unknown()),
  /** The integrity commitment's attestation (docs/SPEC.md 5.3): who, when, from where. */
  commitment: z.object({
    attachmentId: z.string(),
    attestedBy: z.string(),
    attestedAt: z.string(),
    ip: z.string().nullable(),
  }),
});
export type RevisionView = z.infer<typeof revisionViewSchema>;

export const timelineEntryViewSchema = z.object({
  status: applicationStatusSchema,
  source: z.string(),
  eventId: z.string().nullable(),
  eventType: z.string().nullable(),
  at: z.string(),
  recordedAt: z.string(),
  note: z.string().nullable(),
});
export type TimelineEntryView = z.infer<typeof timelineEntryViewSchema>;

/**
 * `GET /applications` (scoped, docs/SPEC.md §6): newest first; by call, status and jurisdiction; `q`
 * searches the consortium name and the lead unit's USCC.
 */
export const listApplicationsQuerySchema = exportable(
  listQuerySchema({
    sortable: ['createdAt', 'updatedAt', 'submittedAt', 'status'],
    defaultSort: ['-createdAt'],
    search: "the consortium name or the lead unit's USCC",
    filters: {
      callId: z.uuid().optional(),
      status: applicationStatusSchema.optional(),
      jurisdictionCode: z.string().trim().min(1).max(20).optional(),
    },
  }),
);

export type ListApplicationsQuery = z.output<typeof listApplicationsQuerySchema>;
export const applicationPageSchema = pageSchema(applicationViewSchema);

/** `GET /applications/counts` (officer): how many applications of a call per jurisdiction and status. */
export const applicationCountsQuerySchema = z.strictObject({ callId: z.uuid() });
export type ApplicationCountsQuery = z.output<typeof applicationCountsQuerySchema>;
export const applicationCountsSchema = z.object({
  callId: z.uuid(),
  /** Every application of the call the caller may see (drafts are nobody's but the applicant's). */
  total: z.int(),
  /** One cell per jurisdiction and status that has any, by jurisdiction code then status. */
  cells: z.array(
    z.object({ jurisdictionCode: z.string(), status: applicationStatusSchema, count: z.int().min(1) }),
  ),
});
export type ApplicationCounts = z.infer<typeof applicationCountsSchema>;

/** `GET /applications/:id/revisions`: the frozen revisions, first submission first. */
export const listRevisionsQuerySchema = listQuerySchema({
  sortable: ['revision'],
  defaultSort: ['revision'],
});
export type ListRevisionsQuery = z.output<typeof listRevisionsQuerySchema>;
export const revisionPageSchema = pageSchema(revisionViewSchema);

/** `GET /applications/:id/timeline`: every status change, oldest first (in the order recorded). */
export const listTimelineQuerySchema = listQuerySchema({
  sortable: ['recordedAt'],
  defaultSort: ['recordedAt'],
});
export type ListTimelineQuery = z.output<typeof listTimelineQuerySchema>;
export const timelinePageSchema = pageSchema(timelineEntryViewSchema);
