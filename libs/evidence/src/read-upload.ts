import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { InputProblem } from '@lz/http';
import { safeFileName } from './media-type';

export interface Upload {
  /** The client's file name, made safe to store and to send back. */
  fileName: string;
  bytes: Buffer;
  /** The multipart fields sent before the file, by name. */
  fields: Record<string, string>;
}

/**
 * Reads the one file of a multipart/form-data request (field `file`), within `maxBytes`: 415 when
 * the body is not multipart, 413 when the file is too large, 400 when it is unreadable or absent.
 */
export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!req.isMultipart()) {
    throw new InputProblem(
      'input.multipart',
      'body',
      'Send the file as multipart/form-data (field "file").',
      '请以 multipart/form-data 上传文件(字段 file)。',
      'http.unsupported_media_type',
    );
  }
  const tooLarge = () =>
    new InputProblem(
      'input.file_size',
      'file',
      `The file exceeds the limit of ${maxBytes} bytes.`,
      `文件超过大小上限(${maxBytes}字节)。`,
      'http.payload_too_large',
    );
  let file: Awaited<ReturnType<FastifyRequest['file']>>;
  let bytes: Buffer;
  try {
    file = await req.file({ limits: { fileSize: maxBytes } });
    bytes = file ? await file.toBuffer() : Buffer.alloc(0);
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new InputProblem(
      'input.multipart',
      'body',
      'The multipart body could not be read.',
      '无法解析 multipart 请求体。',
      'input.malformed',
    );
  }
  if (!file) {
    throw new InputProblem('input.file', 'file', 'Attach a file (field "file").', '请上传文件(字段 file)。');
  }
  // Busboy truncates at the limit; whether toBuffer() also throws depends on when the limit event
  // lands, so the truncation itself is checked too (a truncated file is never stored).
  if (file.file.truncated || bytes.length > maxBytes) throw tooLarge();
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(file.fields)) {
    if (field && !Array.isArray(field) && field.type === 'field') fields[name] = String(field.value);
  }
  return { fileName: safeFileName(file.filename), bytes, fields };
}
