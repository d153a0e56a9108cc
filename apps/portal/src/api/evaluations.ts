import type { EvaluationView } from '@lz/api-client';
import type { StoredFile } from './files';
import { uploadFile } from './files';
import { api, call, type QueryOf } from './http';

/** `GET /evaluations/:id` (evaluation): a biennial evaluation (docs/SPEC.md 5.2a) — its OpenAPI type. */
export type { EvaluationView };
export type EvaluationStatus = EvaluationView['status'];

export const listEvaluations = (query: QueryOf<'/api/v1/evaluations'> = {}) =>
  call(api.GET('/api/v1/evaluations', { params: { query } }));

export const evaluationQuery = (id: string) => ({
  queryKey: ['evaluation', id] as const,
  queryFn: () => call(api.GET('/api/v1/evaluations/{id}', { params: { path: { id } } })),
});

export interface ReportBody {
  performance: string;
  operation: string;
  activities: string;
  evidenceIds: string[];
}

/** `POST /evaluations/:id/report` while the window is open; it may name only this evaluation's evidence. */
export const submitReport = (id: string, body: ReportBody, idempotencyKey: string) =>
  call(
    api.POST('/api/v1/evaluations/{id}/report', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );

export const evaluationEvidencePath = (id: string, evidenceId?: string) =>
  `/api/v1/evaluations/${encodeURIComponent(id)}/evidence${evidenceId ? `/${encodeURIComponent(evidenceId)}` : ''}`;

/** `POST /evaluations/:id/evidence` (multipart). */
export const uploadEvaluationEvidence = (id: string, file: File, onProgress: (fraction: number) => void) =>
  uploadFile<StoredFile>(evaluationEvidencePath(id), file, {}, onProgress);
