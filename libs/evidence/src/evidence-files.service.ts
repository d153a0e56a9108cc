import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ConflictProblem, ProblemException } from '@lz/http';
import { BLOB_STORE, type BlobStore } from './blob-store';
import { MAX_FILES_PER_OBJECT } from './evidence.schema';
import { sha256Hex } from './local-blob-store';
import { sniffMediaType, type AllowedMediaType } from './media-type';

/** What a service records of a stored file (its row holds these, plus its owner). */
export interface StoredFile {
  sha256: string;
  size: number;
  mediaType: AllowedMediaType;
}

/**
 * The bytes of attachments and evidence, the same way in every service: the media type from the
 * bytes (never the name or the client's Content-Type), content-addressed storage under the sha256,
 * and every read re-verified against the recorded sha256 and size.
 */
@Injectable()
export class EvidenceFiles {
  constructor(@Inject(BLOB_STORE) private readonly blobs: BlobStore) {}

  /**
   * Sniffs and stores the bytes (415 when they are not an accepted type). Bytes go first
   * (content-addressed, idempotent): an orphan blob is harmless, a row without bytes is not.
   */
  async store(bytes: Buffer): Promise<StoredFile> {
    const mediaType = sniffMediaType(bytes);
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
    const { sha256, size } = await this.blobs.put(bytes);
    return { sha256, size, mediaType };
  }

  /** The bytes recorded as `file`, or a problem (never other bytes) when the store lost or changed them. */
  async readVerified(file: { sha256: string; size: number }): Promise<Buffer> {
    const bytes = await this.blobs.get(file.sha256);
    if (!bytes || bytes.length !== file.size || sha256Hex(bytes) !== file.sha256) {
      throw new ProblemException('storage.integrity', {
        detail: 'The stored bytes do not match the recorded sha256; the file is not served.',
      });
    }
    return bytes;
  }
}

/**
 * Sends verified bytes as a download: the recorded media type, never rendered inline by a browser
 * (nosniff, sandboxing CSP, attachment disposition), not cached, with the sha256 for the client.
 */
export function sendStoredFile(
  reply: FastifyReply,
  file: { mediaType: string; fileName: string; sha256: string },
  bytes: Buffer,
): Buffer {
  reply.header('content-type', file.mediaType);
  reply.header('content-length', String(bytes.length));
  reply.header('x-content-type-options', 'nosniff');
  reply.header('content-security-policy', "default-src 'none'; sandbox");
  reply.header('cache-control', 'private, no-store');
  reply.header(
    'content-disposition',
    `attachment; filename="attachment"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  );
  reply.header('x-content-sha256', file.sha256);
  return bytes;
}

/** How a service records an upload in its own database (its transaction, its owner, its table). */
export interface UploadRecorder<Tx, Row> {
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Locks the owning object and refuses (404/409) when the caller may not add to it now. */
  guard(tx: Tx): Promise<unknown>;
  count(tx: Tx): Promise<number>;
  insert(tx: Tx, file: StoredFile & { id: string; fileName: string }): Promise<Row>;
  audit(tx: Tx, row: Row, file: StoredFile & { id: string }): Promise<unknown>;
}

/**
 * The one way an upload is recorded: bytes first (content-addressed, idempotent: an orphan blob is
 * harmless, a row without bytes is not), then in one transaction the owner's guard, the limit of
 * {@link MAX_FILES_PER_OBJECT} files (409), the row and its audit entry.
 */
export async function recordUpload<Tx, Row>(
  files: EvidenceFiles,
  upload: { fileName: string; bytes: Buffer },
  recorder: UploadRecorder<Tx, Row>,
): Promise<Row> {
  const stored = await files.store(upload.bytes);
  return recorder.transaction(async (tx) => {
    await recorder.guard(tx);
    if ((await recorder.count(tx)) >= MAX_FILES_PER_OBJECT) {
      throw new ConflictProblem(
        'input.too_many_files',
        `At most ${MAX_FILES_PER_OBJECT} files may be attached to one object.`,
        `每项最多上传${MAX_FILES_PER_OBJECT}个文件。`,
        'file',
      );
    }
    const id = randomUUID();
    const row = await recorder.insert(tx, { id, fileName: upload.fileName, ...stored });
    await recorder.audit(tx, row, { id, ...stored });
    return row;
  });
}
