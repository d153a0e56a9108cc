import { z } from 'zod';
import {
  applicationDocumentSchema,
  attachmentCategorySchema,
  unitKindSchema,
} from '../../application/application.schema';
import { jurisdictionSchema } from '../../jurisdictions/jurisdiction.schema';
import { instantSchema, boundedText, TEXT_LIMITS } from '../../shared/primitives.schema';
import { usccSchema } from '../../uscc/uscc';
import { actorField, idField, memberSummarySchema, revisionField } from '../shared/event-fields.schema';

export const APPLICATION_SUBMITTED_V1 = 'intake.application.submitted.v1' as const;

export const submittedAttachmentSchema = z.strictObject({
  id: idField,
  category: attachmentCategorySchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a lower-case hex SHA-256' }),
  size: z.int().min(0),
  mediaType: boundedText(TEXT_LIMITS.short),
});

/** A non-blocking finding carried to the reviewers (justified soft flags, informational flags). */
export const submittedFindingSchema = z.strictObject({
  rule: boundedText(32),
  severity: z.enum(['error', 'flag']),
  path: boundedText(TEXT_LIMITS.short),
  message: boundedText(TEXT_LIMITS.medium),
  messageZh: boundedText(TEXT_LIMITS.medium),
  justified: z.boolean().optional(),
  informational: z.boolean().optional(),
});

/**
 * A submission (or re-submission after RETURNED, with a higher revision). Carries the full frozen
 * snapshot so that review never has to call intake.
 */
export const applicationSubmittedV1Schema = z.strictObject({
  applicationId: idField,
  revision: revisionField,
  callId: idField,
  name: boundedText(TEXT_LIMITS.short),
  field: boundedText(TEXT_LIMITS.short),
  jurisdictionCode: jurisdictionSchema,
  leadUscc: usccSchema,
  leadName: boundedText(TEXT_LIMITS.short),
  leadKind: unitKindSchema,
  members: z.array(memberSummarySchema).max(100),
  submittedAt: instantSchema,
  submittedBy: actorField,
  document: applicationDocumentSchema,
  attachments: z.array(submittedAttachmentSchema).max(200),
  findings: z.array(submittedFindingSchema).max(200),
});
export type ApplicationSubmittedV1 = z.infer<typeof applicationSubmittedV1Schema>;

/**
 * The submitted event's data from the frozen document: the summary fields review and publicity read
 * (lead, members, field, jurisdiction) are taken from the document, so producer and tests agree.
 */
export function applicationSubmittedData(
  doc: z.input<typeof applicationDocumentSchema>,
  submission: Pick<
    ApplicationSubmittedV1,
    'applicationId' | 'revision' | 'submittedAt' | 'submittedBy' | 'attachments' | 'findings'
  >,
): z.input<typeof applicationSubmittedV1Schema> {
  return {
    applicationId: submission.applicationId,
    revision: submission.revision,
    callId: doc.callId,
    name: doc.name,
    field: doc.field,
    jurisdictionCode: doc.jurisdictionCode,
    leadUscc: doc.lead.uscc,
    leadName: doc.lead.name,
    leadKind: doc.lead.kind,
    members: doc.members.map(({ uscc, name, kind, chainRole, inLuzhou }) => ({
      uscc,
      name,
      kind,
      chainRole,
      inLuzhou,
    })),
    submittedAt: submission.submittedAt,
    submittedBy: submission.submittedBy,
    document: doc,
    attachments: submission.attachments,
    findings: submission.findings,
  };
}
