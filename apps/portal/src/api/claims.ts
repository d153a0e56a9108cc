import type { ClaimView } from '@lz/api-client';
import { CLAIM_CATEGORY_RULES, type ClaimCategory } from '@lz/policy';
import type { StoredFile } from './files';
import { uploadFile } from './files';
import { api, call, type QueryOf } from './http';

/** `GET /claims/:id` (subsidy): a post-subsidy claim (后补助, docs/SPEC.md §4) — its OpenAPI type. */
export type { ClaimView };
export type ClaimStatus = ClaimView['status'];
export type ClaimsQuery = QueryOf<'/api/v1/claims'>;

/** 4.1, 4.3, 4.4 carry an amount; 4.2 and 4.5–4.7 are priority requests (no amount). */
export const MONETARY_CATEGORIES: readonly ClaimCategory[] = [
  'COOPERATION',
  'PILOT_PLATFORM',
  'TRANSFORMATION_PROJECT',
];
export const carriesAmount = (c: ClaimCategory) => MONETARY_CATEGORIES.includes(c);
export const ruleOf = (c: ClaimCategory) => CLAIM_CATEGORY_RULES[c];

export const listClaims = (query: ClaimsQuery = {}) => call(api.GET('/api/v1/claims', { params: { query } }));

export const claimQuery = (id: string) => ({
  queryKey: ['claim', id] as const,
  queryFn: () => call(api.GET('/api/v1/claims/{id}', { params: { path: { id } } })),
});

export interface NewClaim {
  consortiumId: string;
  category: ClaimCategory;
  subject: { ref: string; name: string };
  amountFen: number;
}

/** `POST /claims`: a DRAFT claim its evidence is uploaded to; one Idempotency-Key per attempt. */
export const createClaim = (body: NewClaim, idempotencyKey: string) =>
  call(api.POST('/api/v1/claims', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));

/** `POST /claims/:id/submit`: DRAFT → PENDING; 422 (rule C.3) while it has no evidence. */
export const submitClaim = (id: string, idempotencyKey: string) =>
  call(
    api.POST('/api/v1/claims/{id}/submit', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
    }),
  );

export const evidencePath = (id: string, evidenceId?: string) =>
  `/api/v1/claims/${encodeURIComponent(id)}/evidence${evidenceId ? `/${encodeURIComponent(evidenceId)}` : ''}`;

/** `POST /claims/:id/evidence` (multipart): `{id, sha256, size, mediaType}`. */
export const uploadClaimEvidence = (id: string, file: File, onProgress: (fraction: number) => void) =>
  uploadFile<StoredFile>(evidencePath(id), file, {}, onProgress);

export type ClaimDecision = 'GRANT' | 'REJECT';

/**
 * `POST /claims/:id/decision` (officer): grant an amount in fen (within the claim, the 4.3/4.4 cap
 * and the year's budget — refused 409 at `amountFen` naming the rule) or reject with the opinion.
 */
export const decideClaim = (
  id: string,
  body: { decision: ClaimDecision; amountFen?: number; opinion: string },
  idempotencyKey: string,
) =>
  call(
    api.POST('/api/v1/claims/{id}/decision', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
