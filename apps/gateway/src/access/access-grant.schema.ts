import { z } from 'zod';
import { isUsccShaped } from '@lz/auth';
import { listQuerySchema } from '@lz/http';
import { jurisdictionSchema as jurisdiction } from '@lz/policy';

const subject = z.string().trim().min(1).max(200);
const org = z.string().refine(isUsccShaped, {
  error: 'org must be a valid 18-character USCC',
  params: { messageZh: '必须是有效的 18 位统一社会信用代码' },
});
const displayName = z.string().trim().min(1).max(100).optional();

/** `POST /api/v1/access/grants`: one platform role for one identity (the issuer's `sub`). */
export const grantBodySchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('officer'), subject, displayName }),
  z.strictObject({ role: z.literal('reviewer'), subject, jurisdiction, displayName }),
  z.strictObject({ role: z.literal('expert'), subject, expertId: z.uuid(), org, displayName }),
  z.strictObject({ role: z.literal('evaluator'), subject, org, displayName }),
]);
export type GrantBody = z.infer<typeof grantBodySchema>;

/** `GET /api/v1/access/grants` (officer): the list convention; newest grant first. */
export const grantListQuerySchema = listQuerySchema({
  sortable: ['grantedAt', 'subject'],
  defaultSort: ['-grantedAt'],
  search: 'the subject or the display name',
  filters: {
    status: z.enum(['active', 'revoked', 'all']).default('active'),
    role: z.enum(['officer', 'reviewer', 'expert', 'evaluator']).optional(),
  },
});
export type GrantListQuery = z.output<typeof grantListQuerySchema>;

/** The column of each sortable field (the query is raw SQL: only these names reach it). */
export const GRANT_SORT_COLUMNS = { grantedAt: 'granted_at', subject: 'subject' } as const;

export const grantIdParamsSchema = z.strictObject({ id: z.uuid() });

export interface GrantView {
  id: string;
  subject: string;
  role: 'officer' | 'reviewer' | 'expert' | 'evaluator';
  jurisdiction: string | null;
  expertId: string | null;
  org: string | null;
  displayName: string | null;
  grantedBy: string;
  grantedAt: string;
  revokedBy: string | null;
  revokedAt: string | null;
}
