import { z } from 'zod';
import { isUsccShaped } from '@lz/auth';
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

export const grantListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(['active', 'revoked', 'all']).default('active'),
  /** Substring of the subject or display name. */
  q: z.string().trim().min(1).max(100).optional(),
  role: z.enum(['officer', 'reviewer', 'expert', 'evaluator']).optional(),
});
export type GrantListQuery = z.infer<typeof grantListQuerySchema>;

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
