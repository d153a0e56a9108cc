import type { UploadMediaType } from '@lz/policy';
import { apiError, csrfToken, CSRF_HEADER } from './http';

/**
 * A stored file as every service answers it (an application's attachment, a claim's or an
 * evaluation's evidence, docs/API.md "Files"): `{id, sha256, size, mediaType}`, its name and time.
 */
export interface StoredFile {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  mediaType: string;
  uploadedAt: string;
}

/**
 * Uploads one file (multipart, the fields before the file) to `path` on this origin, reporting the
 * fraction sent as it goes. XMLHttpRequest, not the typed client: fetch reports no upload progress.
 * The answer or the problem is the typed client's (`ApiError`), the CSRF token as on every write.
 */
export async function uploadFile<T>(
  path: string,
  file: File,
  fields: Record<string, string>,
  onProgress: (fraction: number) => void,
): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, file.name);
  const token = await csrfToken();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(xhr.response as T);
      } else reject(apiError(xhr.status, xhr.response));
    };
    xhr.onerror = () => reject(apiError(0, null));
    xhr.send(form);
  });
}

/** What the portal shows inline: PDF in a frame, PNG and JPEG as an image. */
export const PREVIEWABLE: readonly UploadMediaType[] = ['application/pdf', 'image/png', 'image/jpeg'];

/**
 * The verified bytes of a stored file (the service re-hashes them before answering) as an object URL
 * of the media type the service sniffed — never the one a response or a name suggests.
 */
export async function previewUrl(path: string, mediaType: string): Promise<string> {
  const res = await fetch(path, { credentials: 'same-origin' });
  if (!res.ok) throw apiError(res.status, await res.json().catch(() => null));
  return URL.createObjectURL(new Blob([await res.arrayBuffer()], { type: mediaType }));
}
