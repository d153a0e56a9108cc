import type { ClaimView } from '@lz/api-client';
import { CLAIM_CATEGORY_RULES, getPolicy, type ClaimCategory } from '@lz/policy';
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

export interface CapLeft {
  capFen: number;
  /** Granted to the same platform or project by the caller's claims (every tranche). */
  grantedFen: number;
  leftFen: number;
}

/**
 * What is left under the per-platform (4.3) or per-project (4.4) cap over all tranches, from the
 * claim's policy and what the caller's claims on the same subject were granted; null without a cap.
 */
export function capLeft(
  policyVersion: string,
  category: ClaimCategory,
  ref: string,
  claims: ReadonlyArray<Pick<ClaimView, 'category' | 'subject' | 'grantedFen'>>,
): CapLeft | null {
  const subsidy = getPolicy(policyVersion).subsidy;
  const cap =
    category === 'PILOT_PLATFORM'
      ? subsidy.platformCapFen
      : category === 'TRANSFORMATION_PROJECT'
        ? subsidy.transformationProjectCapFen
        : null;
  if (cap === null) return null;
  const grantedFen = claims
    .filter((c) => c.category === category && c.subject.ref === ref)
    .reduce((sum, c) => sum + c.grantedFen, 0);
  const capFen = Number(cap);
  return { capFen, grantedFen, leftFen: Math.max(0, capFen - grantedFen) };
}

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
