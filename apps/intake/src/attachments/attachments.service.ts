import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import { EvidenceFiles, MAX_FILES_PER_OBJECT } from '@lz/evidence';
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
import { PrismaService } from '../infra/prisma/prisma.service';
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
    const { sha256, size, mediaType } = await this.files.store(upload.bytes);
    const row = await this.prisma.transaction(async (tx) => {
      const app = await this.applications.lockForApplicant(tx, actor.principal, applicationId);
      assertEditable(app);
      if ((await this.attachments.countFor(tx, applicationId)) >= MAX_FILES_PER_OBJECT) {
        throw new ConflictProblem(
          'input.too_many_attachments',
          `An application carries at most ${MAX_FILES_PER_OBJECT} attachments.`,
          `每项申报最多上传${MAX_FILES_PER_OBJECT}个附件。`,
          'file',
        );
      }
      const att = await this.attachments.insert(tx, {
        id: randomUUID(),
        applicationId,
        category: upload.category,
        fileName: upload.fileName,
        mediaType,
        size,
        sha256,
        uploadedBy: actor.principal.sub,
      });
      await recordAudit(tx, actor, {
        action: 'attachment.uploaded',
        objectType: 'application',
        objectId: applicationId,
        detail: { attachmentId: att.id, category: att.category, sha256, size, mediaType },
      });
      return att;
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
