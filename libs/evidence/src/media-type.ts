import { constants as zlibConstants, inflateRawSync } from 'node:zlib';
import { UPLOAD_MEDIA_TYPES, type UploadMediaType } from '@lz/policy';

/**
 * The media type of an upload decided from its bytes alone (never the file name or the client's
 * Content-Type): PDF, PNG, JPEG, Office documents (OOXML and legacy OLE2) and zip archives whose
 * every entry is one of those. Anything else is `null` (refused). Bounded: at most
 * {@link ZIP_LIMITS.entries} entries are looked at, and at most a few KiB of each is inflated.
 */
export const MEDIA_TYPES = UPLOAD_MEDIA_TYPES;
export type AllowedMediaType = UploadMediaType;

export const ZIP_LIMITS = { entries: 1000, sniffInputBytes: 4096, sniffOutputBytes: 1 << 20 } as const;

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_EOCD = 0x06054b50;

const startsWith = (bytes: Buffer, magic: Buffer) =>
  bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);

/** A single file's type by magic bytes (no zip handling). */
function sniffFlat(bytes: Buffer): AllowedMediaType | null {
  if (startsWith(bytes, PDF)) return MEDIA_TYPES.pdf;
  if (startsWith(bytes, PNG)) return MEDIA_TYPES.png;
  if (startsWith(bytes, JPEG)) return MEDIA_TYPES.jpeg;
  if (startsWith(bytes, OLE2)) return MEDIA_TYPES.ole2;
  return null;
}

export function sniffMediaType(bytes: Buffer): AllowedMediaType | null {
  const flat = sniffFlat(bytes);
  if (flat) return flat;
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZIP_LOCAL) return sniffZip(bytes);
  return null;
}

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** The central directory of a zip, or null if it is not a well-formed, bounded, non-zip64 archive. */
export function readZipEntries(bytes: Buffer): ZipEntry[] | null {
  const minEocd = 22;
  if (bytes.length < minEocd) return null;
  const lowest = Math.max(0, bytes.length - minEocd - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - minEocd; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || count > ZIP_LIMITS.entries) return null;
  if (cdOffset + cdSize > eocd) return null;
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || bytes.readUInt32LE(p) !== ZIP_CENTRAL) return null;
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    if (p + 46 + nameLen > eocd) return null;
    entries.push({
      flags: bytes.readUInt16LE(p + 8),
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      localHeaderOffset: bytes.readUInt32LE(p + 42),
      name: bytes.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The first bytes of an entry's content (stored or deflated), or null if unreadable. */
function entryHead(bytes: Buffer, e: ZipEntry): Buffer | null {
  const h = e.localHeaderOffset;
  if (h + 30 > bytes.length || bytes.readUInt32LE(h) !== ZIP_LOCAL) return null;
  const start = h + 30 + bytes.readUInt16LE(h + 26) + bytes.readUInt16LE(h + 28);
  const end = Math.min(bytes.length, start + Math.min(e.compressedSize, ZIP_LIMITS.sniffInputBytes));
  if (start > end) return null;
  const raw = bytes.subarray(start, end);
  if (e.method === 0) return raw;
  if (e.method !== 8) return null;
  try {
    return inflateRawSync(raw, {
      finishFlush: zlibConstants.Z_SYNC_FLUSH,
      maxOutputLength: ZIP_LIMITS.sniffOutputBytes,
    });
  } catch {
    return null;
  }
}

function sniffZip(bytes: Buffer): AllowedMediaType | null {
  const entries = readZipEntries(bytes);
  if (!entries) return null;
  const files = entries.filter((e) => !e.name.endsWith('/'));
  if (files.length === 0) return null;
  if (files.some((e) => e.name === '[Content_Types].xml')) {
    if (files.some((e) => e.name.startsWith('word/'))) return MEDIA_TYPES.docx;
    if (files.some((e) => e.name.startsWith('xl/'))) return MEDIA_TYPES.xlsx;
    if (files.some((e) => e.name.startsWith('ppt/'))) return MEDIA_TYPES.pptx;
    return null;
  }
  // A zip of allowed files: every entry unencrypted and, by its own first bytes, an allowed type.
  for (const e of files) {
    if (e.flags & 0x1) return null;
    const head = entryHead(bytes, e);
    if (!head) return null;
    if (sniffFlat(head)) continue;
    // An Office document inside the zip (itself a zip): accepted by its first bytes and its name;
    // nested archives are not opened (bounded work).
    const isZip = head.length >= 4 && head.readUInt32LE(0) === ZIP_LOCAL;
    if (isZip && /\.(docx|xlsx|pptx)$/i.test(e.name)) continue;
    return null;
  }
  return MEDIA_TYPES.zip;
}

/** A file-name extension that matches the media type, for the download's Content-Disposition. */
export function safeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'attachment';
}
