import type { CreditFindingView } from '@lz/api-client';
import type { EndCreditFinding, RecordCreditFinding } from '@lz/policy';
import { uploadFile, type StoredFile } from './files';
import { api, call, type QueryOf } from './http';

/** `GET /credit-findings` (intake): 信用记录 (docs/SPEC.md 5.3a) — the service's own OpenAPI type. */
export type { CreditFindingView };
export type CreditFindingsQuery = QueryOf<'/api/v1/credit-findings'>;

export const listCreditFindings = (query: CreditFindingsQuery) =>
  call(api.GET('/api/v1/credit-findings', { params: { query } }));

export const creditFindingsQuery = (query: CreditFindingsQuery) => ({
  queryKey: ['credit-findings', query] as const,
  queryFn: () => listCreditFindings(query),
});

/** 记录信用记录 (officer); the key makes a repeated click one finding. */
export const recordCreditFinding = (body: RecordCreditFinding, idempotencyKey: string) =>
  call(
    api.POST('/api/v1/credit-findings', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );

/** 提前解除 a finding, with the reason (officer). */
export const endCreditFinding = (id: string, body: EndCreditFinding, idempotencyKey: string) =>
  call(
    api.POST('/api/v1/credit-findings/{id}/end', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );

/** `/credit-findings/:id/evidence[/:evidenceId]`: the finding's evidence, downloads verified by intake. */
export const creditEvidencePath = (id: string, evidenceId?: string) =>
  `/api/v1/credit-findings/${encodeURIComponent(id)}/evidence${evidenceId ? `/${encodeURIComponent(evidenceId)}` : ''}`;

/** `POST /credit-findings/:id/evidence` (multipart, officer): `{id, sha256, size, mediaType}`. */
export const uploadCreditEvidence = (id: string, file: File, onProgress: (fraction: number) => void) =>
  uploadFile<StoredFile>(creditEvidencePath(id), file, {}, onProgress);
