/**
 * Content-addressed storage of uploaded bytes (attachments, evidence). The local directory implementation is the default;
 * an object store (S3/OSS/MinIO) can take over by providing another class under {@link BLOB_STORE}.
 */
export interface BlobStore {
  /** Stores the bytes under their sha256 (idempotent: the same bytes are stored once). */
  put(bytes: Buffer): Promise<{ sha256: string; size: number }>;
  /** The bytes stored under `sha256`, or null when there are none. Callers re-verify the hash. */
  get(sha256: string): Promise<Buffer | null>;
}

export const BLOB_STORE = Symbol('BLOB_STORE');
