/**
 * The limits of an uploaded file (an application's attachment, a claim's or an evaluation's evidence),
 * one definition for both sides: libs/evidence enforces them on the bytes (size while reading, media
 * type sniffed from the content), the portal checks a chosen file against them before it sends
 * anything (docs/API.md "Files").
 */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/** The most files one object (an application, a claim, an evaluation) may carry. */
export const MAX_FILES_PER_OBJECT = 50;

/** The media types the service accepts, as it names them after sniffing the bytes. */
export const UPLOAD_MEDIA_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  /** Legacy .doc/.xls/.ppt: one OLE2 compound file format. */
  ole2: 'application/vnd.ms-office',
  zip: 'application/zip',
} as const;
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[keyof typeof UPLOAD_MEDIA_TYPES];

/** A file name's extension and the media type such a file's bytes are sniffed as. */
export const UPLOAD_EXTENSIONS: Readonly<Record<string, UploadMediaType>> = {
  pdf: UPLOAD_MEDIA_TYPES.pdf,
  png: UPLOAD_MEDIA_TYPES.png,
  jpg: UPLOAD_MEDIA_TYPES.jpeg,
  jpeg: UPLOAD_MEDIA_TYPES.jpeg,
  doc: UPLOAD_MEDIA_TYPES.ole2,
  xls: UPLOAD_MEDIA_TYPES.ole2,
  ppt: UPLOAD_MEDIA_TYPES.ole2,
  docx: UPLOAD_MEDIA_TYPES.docx,
  xlsx: UPLOAD_MEDIA_TYPES.xlsx,
  pptx: UPLOAD_MEDIA_TYPES.pptx,
  zip: UPLOAD_MEDIA_TYPES.zip,
};

/** The `accept` attribute of a file input: the extensions above. */
export const UPLOAD_ACCEPT = Object.keys(UPLOAD_EXTENSIONS)
  .map((x) => `.${x}`)
  .join(',');

/** The rule a file breaks, as the service's problem names it (413 `input.file_size`, 415 `input.media_type`). */
export type UploadRefusal = 'input.file_size' | 'input.media_type' | 'input.file';

/**
 * What the browser can tell before sending a file: empty, too large, or of a type the service refuses
 * (judged by its name's extension; the service judges the bytes again). `null` when it may be sent.
 */
export function uploadRefusal(file: { name: string; size: number }): UploadRefusal | null {
  if (file.size === 0) return 'input.file';
  if (file.size > UPLOAD_MAX_BYTES) return 'input.file_size';
  const dot = file.name.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.name.slice(dot + 1).toLowerCase();
  return Object.hasOwn(UPLOAD_EXTENSIONS, extension) ? null : 'input.media_type';
}
