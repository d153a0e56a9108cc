import type { ConsortiumView } from '@lz/api-client';
import { api, call } from './http';

/**
 * 审批备案 (docs/SPEC.md §3.6): approves one cleared item (CLEARED: the period ended with no pending or
 * upheld objection) and answers the consortium with its filing number; the key makes a retry one filing.
 */
export const approveFiling = (applicationId: string, idempotencyKey: string): Promise<ConsortiumView> =>
  call(
    api.POST('/api/v1/filings/{applicationId}/approve', {
      params: { path: { applicationId }, header: { 'Idempotency-Key': idempotencyKey } },
    }),
  );
