import type { ExpertImportResult, ExpertView } from '@lz/api-client';
import type { ExpertBody, ExpertPatch, RetireExpertBody } from '@lz/policy';
import { uploadFile } from './files';
import { api, call, type QueryOf } from './http';

/** 评审专家库 (review, officers): the service's own OpenAPI types. */
export type { ExpertImportResult, ExpertView };
export type ExpertsQuery = QueryOf<'/api/v1/experts'>;
export const EXPERTS_PATH = '/api/v1/experts';

export const listExperts = (query: ExpertsQuery) => call(api.GET('/api/v1/experts', { params: { query } }));

export const expertsQuery = (query: ExpertsQuery) => ({
  queryKey: ['experts', query] as const,
  queryFn: () => listExperts(query),
});

/** 登记专家; the key makes a repeated click one expert. */
export const registerExpert = (body: ExpertBody, idempotencyKey: string) =>
  call(api.POST('/api/v1/experts', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));

/** 修改专家信息: the fields given change. */
export const updateExpert = (id: string, body: ExpertPatch) =>
  call(api.PATCH('/api/v1/experts/{id}', { params: { path: { id } }, body }));

/** 退出专家库, with the reason: never drawn again; past scores stay. */
export const retireExpert = (id: string, body: RetireExpertBody, idempotencyKey: string) =>
  call(
    api.POST('/api/v1/experts/{id}/retire', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );

/** 导入 an .xlsx in the export's layout: all rows or none (the problem lists each bad row). */
export const importExperts = (file: File, onProgress: (fraction: number) => void) =>
  uploadFile<ExpertImportResult>(`${EXPERTS_PATH}/import`, file, {}, onProgress);

/**
 * 关联登录账号: the gateway's `POST /access/grants` with role `expert`, so that the person signing in
 * as `subject` acts as this pool entry (the review service knows an expert by that id) — from the next
 * request on (a later grant to the same login replaces it).
 */
export const grantExpertLogin = (expert: ExpertView, subject: string) =>
  call(
    api.POST('/api/v1/access/grants', {
      body: {
        role: 'expert',
        subject,
        expertId: expert.id,
        org: expert.orgUscc,
        displayName: expert.name,
      },
    }),
  );
