import path from 'node:path';
import { z } from 'zod';
import { formatShanghaiIso } from '@lz/calendar';
import { loadConfig } from '@lz/http';
import { MAX_FILES_PER_OBJECT as POLICY_MAX_FILES, UPLOAD_MAX_BYTES } from '@lz/policy';

/** Upload limit of one file (each service registers multipart with it): libs/policy's, the portal's too. */
export const EVIDENCE_MAX_BYTES = UPLOAD_MAX_BYTES;

/** The most files one object (an application, a claim, an evaluation) may carry (libs/policy). */
export const MAX_FILES_PER_OBJECT = POLICY_MAX_FILES;

/** A stored file as every service answers it: `{id, sha256, size, mediaType}` plus its name and time. */
export const storedFileViewSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.int(),
  mediaType: z.string(),
  uploadedAt: z.string(),
});
export type StoredFileView = z.infer<typeof storedFileViewSchema>;

/**
 * Where a service keeps the bytes: `<SERVICE>_BLOB_DIR`, default `var/blobs[/<service>]` under the
 * working directory (the repo root; `var/` is gitignored). A bad value stops the service at boot.
 */
export function loadBlobDir(
  variable: string,
  defaultDir: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const schema = z.object({
    [variable]: z
      .string()
      .min(1)
      .default(() => path.resolve(process.cwd(), defaultDir))
      .transform((dir) => path.resolve(dir)),
  });
  return loadConfig(schema, env)[variable] as string;
}

/** The view of a stored file's row (any service's: they share these columns). */
export function storedFileView(row: {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  mediaType: string;
  createdAt: Date;
}): StoredFileView {
  return {
    id: row.id,
    fileName: row.fileName,
    sha256: row.sha256,
    size: row.size,
    mediaType: row.mediaType,
    uploadedAt: formatShanghaiIso(row.createdAt),
  };
}
