import type { FileObjectionBody } from '@lz/policy';
import { get, post } from './http';

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

/** An objection as officers see it (contact included). */
export interface ObjectionView {
  id: string;
  noticeId: string;
  applicationId: string;
  reason: string;
  contact: { name: string; phone: string };
  filedAt: string;
  status: 'PENDING' | 'UPHELD' | 'DISMISSED';
  receiptNo?: string;
}

/** Officers: the objections of one notice. */
export async function listNoticeObjections(noticeId: string): Promise<ObjectionView[]> {
  const body = await get<{ objections: ObjectionView[] } | { items: ObjectionView[] }>(
    `/notices/${encodeURIComponent(noticeId)}/objections`,
  );
  return 'items' in body ? body.items : body.objections;
}
