import type { EvaluationView } from '@lz/api-client';
import { EVALUATION_STATUSES } from '@lz/policy';
import type { StoredFile } from './files';
import { uploadFile } from './files';
import { api, call, type QueryOf } from './http';
import { DEFAULT_PAGE_SIZE } from './list';

/** 评估 (evaluation): a biennial cycle, its due date and reminder schedule — the service's own OpenAPI type. */
export type { EvaluationView };
export type EvaluationStatus = EvaluationView['status'];
export type EvaluationReminder = EvaluationView['reminders'][number];

export const listEvaluations = (query: QueryOf<'/api/v1/evaluations'> = {}) =>
  call(api.GET('/api/v1/evaluations', { params: { query } }));

export const getEvaluation = (id: string) =>
  call(api.GET('/api/v1/evaluations/{id}', { params: { path: { id } } }));

export { EVALUATION_STATUSES };

/** The status filter of a list URL (`?status=OVERDUE`: the officer's escalations), when it is one. */
export function evaluationStatusOf(search: URLSearchParams): EvaluationStatus | undefined {
  const s = search.get('status');
  return (EVALUATION_STATUSES as readonly string[]).includes(s ?? '') ? (s as EvaluationStatus) : undefined;
}

/** A page of the caller's cycles (lead: its own; officer: all), optionally of one status or consortium. */
export const evaluationListQuery = (page: number, status?: EvaluationStatus, consortiumId?: string) => ({
  queryKey: ['evaluations', page, status ?? null, consortiumId ?? null] as const,
  queryFn: () => listEvaluations({ page, pageSize: DEFAULT_PAGE_SIZE, status, consortiumId }),
});

/** One cycle: its page. */
export const evaluationQuery = (id: string) => ({
  queryKey: ['evaluation', id] as const,
  queryFn: () => getEvaluation(id),
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

export type EvaluationGrade = NonNullable<EvaluationView['result']>['grade'];
/** Best first; UNQUALIFIED fails (docs/SPEC.md 5.2c counts the failures in a row). */
export const EVALUATION_GRADES: readonly EvaluationGrade[] = [
  'EXCELLENT',
  'GOOD',
  'QUALIFIED',
  'UNQUALIFIED',
];

/** `POST /evaluations/:id/assign` (officer): the evaluator institution (第三方评估机构) by its USCC. */
export const assignEvaluator = (id: string, evaluatorOrgUscc: string) =>
  call(api.POST('/api/v1/evaluations/{id}/assign', { params: { path: { id } }, body: { evaluatorOrgUscc } }));

/** `POST /evaluations/:id/result` (the assigned evaluator): the grade with its comment, once. */
export const recordResult = (
  id: string,
  body: { grade: EvaluationGrade; comment: string },
  idempotencyKey: string,
) =>
  call(
    api.POST('/api/v1/evaluations/{id}/result', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
