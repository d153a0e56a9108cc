import type { FileObjectionBody } from '@lz/policy';
import { post } from './http';

/** The 201 of `POST /notices/:id/objections`: no contact echoed; `receiptNo` is what to quote. */
export interface FiledObjection {
  id: string;
  noticeId: string;
  applicationId: string;
  status: 'PENDING';
  filedAt: string;
  receiptNo?: string;
}

export const fileObjection = (noticeId: string, body: FileObjectionBody) =>
  post<FiledObjection>(`/notices/${encodeURIComponent(noticeId)}/objections`, body);
