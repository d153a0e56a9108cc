import { Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import { EvidenceFiles, recordUpload } from '@lz/evidence';
import { ConflictProblem, NotFoundProblem } from '@lz/http';
import { recordAudit } from '@lz/platform';
import type { AttachmentCategory } from '@lz/policy';
import {
  assertEditable,
  attachmentView,
  ApplicationsService,
  type HttpActor,
} from '../applications/applications.service';
import type { AttachmentView } from '../applications/applications.schema';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { AttachmentsRepository, type AttachmentRow } from './attachments.repository';

export interface Upload {
  fileName: string;
  bytes: Buffer;
  category: AttachmentCategory;
}

/** Attachments: media type from the bytes, content-addressed bytes, sha256 re-verified on download (@lz/evidence). */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsService,
    private readonly attachments: AttachmentsRepository,
    private readonly files: EvidenceFiles,
  ) {}

  /** Is the caller allowed to attach to this application at all? (404/403/409 before reading bytes) */
  async assertCanAttach(applicationId: string, actor: HttpActor): Promise<void> {
    await this.prisma.transaction(async (tx) => {
      assertEditable(await this.applications.lockForApplicant(tx, actor.principal, applicationId));
    });
  }

  async attach(applicationId: string, upload: Upload, actor: HttpActor): Promise<AttachmentView> {
    const row = await recordUpload<PrismaTx, AttachmentRow>(this.files, upload, {
      transaction: (fn) => this.prisma.transaction(fn),
      guard: async (tx) =>
        assertEditable(await this.applications.lockForApplicant(tx, actor.principal, applicationId)),
      count: (tx) => this.attachments.countFor(tx, applicationId),
      insert: (tx, file) =>
        this.attachments.insert(tx, {
          ...file,
          applicationId,
          category: upload.category,
          uploadedBy: actor.principal.sub,
        }),
      audit: (tx, att, file) =>
        recordAudit(tx, actor, {
          action: 'attachment.uploaded',
          objectType: 'application',
          objectId: applicationId,
          detail: { attachmentId: file.id, category: att.category, ...file },
        }),
    });
    return attachmentView(row);
  }

  /**
   * Deletes an attachment of an editable application (DRAFT, RETURNED: 409 rule 3.2 otherwise), with
   * its audit entry; one a submitted revision froze stays (409 rule 3.2: the revision names it). The bytes stay in the content-addressed store: another attachment or an earlier
   * revision may name the same sha256, and the trail keeps the hash.
   */
  async remove(applicationId: string, id: string, actor: HttpActor): Promise<void> {
    await this.prisma.transaction(async (tx) => {
      assertEditable(await this.applications.lockForApplicant(tx, actor.principal, applicationId));
      const frozen = await this.attachments.frozenIn(tx, applicationId, id);
      if (frozen.length > 0) {
        throw new ConflictProblem(
          '3.2',
          `The attachment is part of submitted revision ${frozen.join(', ')}, which is frozen; upload a new file instead.`,
          `该附件属于已提交的第${frozen.join('、')}版申报书,不可删除;如需更换请上传新文件。`,
        );
      }
      const row = await this.attachments.delete(tx, applicationId, id);
      if (!row) throw new NotFoundProblem('attachment');
      await recordAudit(tx, actor, {
        action: 'attachment.deleted',
        objectType: 'application',
        objectId: applicationId,
        detail: { attachmentId: row.id, category: row.category, sha256: row.sha256, size: row.size },
      });
    });
  }

  /** The bytes of a visible attachment, verified against the stored sha256. */
  async download(
    scope: Scope,
    applicationId: string,
    id: string,
  ): Promise<{ row: AttachmentRow; bytes: Buffer }> {
    const row = await this.prisma.transaction((tx) =>
      this.attachments.findVisible(tx, scope, applicationId, id),
    );
    if (!row) throw new NotFoundProblem('attachment');
    const bytes = await this.files.readVerified(row);
    return { row, bytes };
  }
}
