import { Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import { EvidenceFiles, recordUpload } from '@lz/evidence';
import { NotFoundProblem } from '@lz/http';
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
