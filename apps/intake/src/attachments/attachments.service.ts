import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import { ConflictProblem, NotFoundProblem, ProblemException } from '@lz/http';
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
import { BLOB_STORE, type BlobStore } from '../infra/storage/blob-store';
import { sha256Hex } from '../infra/storage/local-blob-store.service';
import {
  AttachmentsRepository,
  MAX_ATTACHMENTS_PER_APPLICATION,
  type AttachmentRow,
} from './attachments.repository';
import { sniffMediaType } from './media-type';

export interface Upload {
  fileName: string;
  bytes: Buffer;
  category: AttachmentCategory;
}

/** Attachments: media type from the bytes, content-addressed bytes, sha256 re-verified on download. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsService,
    private readonly attachments: AttachmentsRepository,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  /** Is the caller allowed to attach to this application at all? (404/403/409 before reading bytes) */
  async assertCanAttach(applicationId: string, actor: HttpActor): Promise<void> {
    await this.prisma.transaction(async (tx) => {
      assertEditable(await this.applications.lockForApplicant(tx, actor.principal, applicationId));
    });
  }

  async attach(applicationId: string, upload: Upload, actor: HttpActor): Promise<AttachmentView> {
    const mediaType = sniffMediaType(upload.bytes);
    if (!mediaType) {
      throw new ProblemException('http.unsupported_media_type', {
        detail: 'Only PDF, PNG, JPEG, Office documents and zip archives of those are accepted',
        errors: [
          {
            rule: 'input.media_type',
            path: 'file',
            message: 'The file content is not a PDF, PNG, JPEG, Office document or a zip of those.',
            messageZh: '文件内容须为 PDF、PNG、JPEG、Office 文档或仅包含上述文件的 zip 压缩包。',
          },
        ],
      });
    }
    // Bytes first (content-addressed, idempotent): an orphan blob is harmless, a row without bytes is not.
    const { sha256, size } = await this.blobs.put(upload.bytes);
    const row = await this.prisma.transaction(async (tx) => {
      const app = await this.applications.lockForApplicant(tx, actor.principal, applicationId);
      assertEditable(app);
      if ((await this.attachments.countFor(tx, applicationId)) >= MAX_ATTACHMENTS_PER_APPLICATION) {
        throw new ConflictProblem(
          'input.too_many_attachments',
          `An application carries at most ${MAX_ATTACHMENTS_PER_APPLICATION} attachments.`,
          `每项申报最多上传${MAX_ATTACHMENTS_PER_APPLICATION}个附件。`,
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
    const bytes = await this.blobs.get(row.sha256);
    if (!bytes || bytes.length !== row.size || sha256Hex(bytes) !== row.sha256) {
      throw new ProblemException('storage.integrity', {
        detail: 'The stored bytes do not match the recorded sha256; the file is not served.',
      });
    }
    return { row, bytes };
  }
}
