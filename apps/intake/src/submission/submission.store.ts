import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { SqlClient } from '@lz/persistence';
import type { ApplicationRow } from '../applications/applications.repository';
import type { AttachmentRow } from '../attachments/attachments.repository';
import type { CallRow } from '../calls/calls.repository';
import type { NewTimelineEntry } from '../timeline/timeline.repository';

/** What the eligibility rules read besides the document (docs/SPEC.md §2, C.1, 5.3a), in one query. */
export interface EligibilityInputs {
  call: CallRow | null;
  /** The application's attachments, oldest first (all visible to its lead's applicant). */
  attachments: AttachmentRow[];
  /** C.1: the lead has another open application in this call. */
  otherOpenForLead: boolean;
  /** 5.3a: the credit findings in effect on `day` against the given units, oldest first. */
  activeCreditFindings: Array<{ id: string; uscc: string; decisionRef: string; validUntil: string | null }>;
}

export interface NewRevision {
  applicationId: string;
  revision: number;
  document: unknown;
  attachments: unknown;
  findings: unknown;
  submittedAt: Date;
  submittedBy: string;
  submittedIp: string | null;
  commitmentAttachmentId: string;
  eventId: string;
}

const APPLICATION_COLUMNS = `id, call_id AS "callId", lead_uscc AS "leadUscc", jurisdiction_code AS "jurisdictionCode",
  status, revision, document, created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt",
  submitted_at AS "submittedAt"`;

const at = (v: string | Date): Date => (v instanceof Date ? v : new Date(v));

/**
 * The submission's hot path in raw SQL over node-postgres (`PrismaService.sqlTransaction`), not
 * Prisma: a submit is one lock, one read of every eligibility input and one batch of writes
 * (bench/intake-burst/README.md has the profile that made it so). Columns and rows are those of the
 * Prisma models (schema.prisma), read back as the same row types.
 */
@Injectable()
export class SubmissionStore {
  /** The lead unit's application, row-locked (FOR UPDATE) for the submission. */
  async lockOwned(tx: SqlClient, leadUscc: string, id: string): Promise<ApplicationRow | null> {
    const rows = await tx.$queryRawUnsafe<ApplicationRow[]>(
      `SELECT ${APPLICATION_COLUMNS} FROM application WHERE id = $1::uuid AND lead_uscc = $2 FOR UPDATE`,
      id,
      leadUscc,
    );
    return rows[0] ?? null;
  }

  /**
   * The eligibility inputs of a locked application, read after the lock (so with a snapshot that
   * sees every change committed by whoever held the lock before): its call, its attachments, whether
   * its lead has another open application in the call, and the credit findings in effect on `day`
   * against `usccs`.
   */
  async eligibilityInputs(
    tx: SqlClient,
    app: Pick<ApplicationRow, 'id' | 'callId' | 'leadUscc'>,
    openStatuses: readonly string[],
    usccs: readonly string[],
    day: string,
  ): Promise<EligibilityInputs> {
    const [row] = await tx.$queryRawUnsafe<
      Array<{
        call:
          | (Omit<CallRow, 'opensAt' | 'closesAt' | 'createdAt'> &
              Record<'opensAt' | 'closesAt' | 'createdAt', string>)
          | null;
        attachments: Array<Omit<AttachmentRow, 'createdAt'> & { createdAt: string }>;
        otherOpen: boolean;
        credit: EligibilityInputs['activeCreditFindings'];
      }>
    >(
      `SELECT
         (SELECT row_to_json(c) FROM (
            SELECT id, year, title, opens_at AS "opensAt", closes_at AS "closesAt", policy_version AS "policyVersion",
                   justification, created_by AS "createdBy", created_at AS "createdAt"
              FROM call WHERE id = $1::uuid) c) AS call,
         (SELECT coalesce(json_agg(t ORDER BY t."createdAt", t.id), '[]'::json) FROM (
            SELECT id, application_id AS "applicationId", category, file_name AS "fileName", media_type AS "mediaType",
                   size, sha256, uploaded_by AS "uploadedBy", created_at AS "createdAt"
              FROM attachment WHERE application_id = $2::uuid) t) AS attachments,
         EXISTS (SELECT 1 FROM application
                  WHERE lead_uscc = $3 AND call_id = $1::uuid AND id <> $2::uuid AND status = ANY($4::text[])) AS "otherOpen",
         (SELECT coalesce(json_agg(json_build_object('id', f.id, 'uscc', f.uscc, 'decisionRef', f.decision_ref,
                                                     'validUntil', f.valid_until) ORDER BY f.recorded_at, f.id), '[]'::json)
            FROM credit_finding f
           WHERE f.uscc = ANY($5::text[]) AND f.valid_from <= $6
             AND (f.valid_until IS NULL OR f.valid_until >= $6) AND (f.ended_on IS NULL OR f.ended_on > $6)) AS credit`,
      app.callId,
      app.id,
      app.leadUscc,
      [...openStatuses],
      [...usccs],
      day,
    );
    const call = row?.call;
    return {
      call: call
        ? { ...call, opensAt: at(call.opensAt), closesAt: at(call.closesAt), createdAt: at(call.createdAt) }
        : null,
      attachments: (row?.attachments ?? []).map((a) => ({ ...a, createdAt: at(a.createdAt) })),
      otherOpenForLead: row?.otherOpen ?? false,
      activeCreditFindings: row?.credit ?? [],
    };
  }

  insertRevision(tx: SqlClient, r: NewRevision): Promise<number> {
    return tx.$executeRawUnsafe(
      `INSERT INTO application_revision (application_id, revision, document, attachments, findings, submitted_at,
                                         submitted_by, submitted_ip, commitment_attachment_id, event_id)
       VALUES ($1::uuid, $2::int, $3::jsonb, $4::jsonb, $5::jsonb, $6::timestamptz, $7, $8, $9::uuid, $10::uuid)`,
      r.applicationId,
      r.revision,
      JSON.stringify(r.document),
      JSON.stringify(r.attachments),
      JSON.stringify(r.findings),
      r.submittedAt.toISOString(),
      r.submittedBy,
      r.submittedIp,
      r.commitmentAttachmentId,
      r.eventId,
    );
  }

  /** The application SUBMITTED as `revision` (the caller holds its lock and knows the rest of the row). */
  markSubmitted(
    tx: SqlClient,
    id: string,
    revision: number,
    submittedAt: Date,
    updatedAt: Date,
  ): Promise<number> {
    return tx.$executeRawUnsafe(
      `UPDATE application SET status = 'SUBMITTED', revision = $2::int, submitted_at = $3::timestamptz,
                              updated_at = $4::timestamptz
        WHERE id = $1::uuid`,
      id,
      revision,
      submittedAt.toISOString(),
      updatedAt.toISOString(),
    );
  }

  /** A timeline entry, as TimelineRepository.add writes it. */
  addTimeline(tx: SqlClient, entry: NewTimelineEntry, recordedAt: Date): Promise<number> {
    return tx.$executeRawUnsafe(
      `INSERT INTO timeline_entry (id, application_id, status, source, event_id, event_type, occurred_at, recorded_at, note)
       VALUES ($1::uuid, $2::uuid, $3, $4, $5::uuid, $6, $7::timestamptz, $8::timestamptz, $9)`,
      randomUUID(),
      entry.applicationId,
      entry.status,
      entry.source,
      entry.eventId ?? null,
      entry.eventType ?? null,
      entry.occurredAt.toISOString(),
      recordedAt.toISOString(),
      entry.note ?? null,
    );
  }
}
