/** One file to upload: its bytes, name and media type. */
export interface UploadFile {
  bytes: Uint8Array;
  filename: string;
  mediaType: string;
}

/**
 * The options of a multipart/form-data call (docs/API.md attachments) for openapi-fetch: the typed
 * `body` the document describes and the serializer that sends it as form data — the text parts
 * first, then the file (the services read the parts before the file).
 * `intake.POST('/api/v1/applications/{id}/attachments', { params, ...multipart({ category }, file) })`.
 */
export function multipart<F extends Record<string, string | undefined>>(
  fields: F,
  file: UploadFile,
): { body: F & { file: string }; bodySerializer: () => FormData } {
  const fileField = 'file';
  return {
    // The typed body stands for the parts (the file part as its name); what is sent is the FormData below.
    body: { ...fields, file: file.filename },
    bodySerializer: () => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) if (v !== undefined) form.append(k, v);
      form.append(fileField, new Blob([new Uint8Array(file.bytes)], { type: file.mediaType }), file.filename);
      return form;
    },
  };
}
