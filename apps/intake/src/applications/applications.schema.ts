import { z } from 'zod';
import { applicationStatusSchema, attachmentCategorySchema } from '@lz/policy';

export const attachmentViewSchema = z.object({
  id: z.uuid(),
  category: attachmentCategorySchema,
  fileName: z.string(),
  sha256: z.string(),
  size: z.int(),
  mediaType: z.string(),
  uploadedAt: z.string(),
});
export type AttachmentView = z.infer<typeof attachmentViewSchema>;

export const applicationViewSchema = z.object({
  id: z.uuid(),
  callId: z.uuid(),
  status: applicationStatusSchema,
  /** Latest submitted revision (0 while never submitted). */
  revision: z.int(),
  leadUscc: z.string(),
  jurisdictionCode: z.string(),
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

export const listApplicationsQuerySchema = z.strictObject({
  callId: z.uuid().optional(),
  status: applicationStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListApplicationsQuery = z.infer<typeof listApplicationsQuerySchema>;
