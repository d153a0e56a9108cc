import type { FiledObjectionView } from '@lz/api-client';
import type { FileObjectionBody } from '@lz/policy';
import { api, call } from './http';

/** The 201 of `POST /notices/:id/objections`: no contact echoed; `receiptNo` is what to quote. */
export type FiledObjection = FiledObjectionView;

export const fileObjection = (noticeId: string, body: FileObjectionBody) =>
  call(api.POST('/api/v1/notices/{id}/objections', { params: { path: { id: noticeId } }, body }));
