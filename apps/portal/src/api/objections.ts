import type { FileObjectionBody } from '@lz/policy';
import { post } from './http';

import type { FiledObjectionView } from '@lz/api-client';

/** The 201 of `POST /notices/:id/objections`: no contact echoed; `receiptNo` is what to quote. */
export type FiledObjection = FiledObjectionView;

export const fileObjection = (noticeId: string, body: FileObjectionBody) =>
  post<FiledObjection>(`/notices/${encodeURIComponent(noticeId)}/objections`, body);
