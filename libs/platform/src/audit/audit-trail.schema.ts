import { z } from 'zod';
import { listQuerySchema, pageSchema } from '@lz/http';

/** `GET /audit/<service>`: the rows that concern one subject, oldest first by default. */
export const auditTrailQuerySchema = listQuerySchema({
  sortable: ['at'],
  defaultSort: ['at'],
  filters: {
    subjectId: z.string().trim().min(1).max(100).meta({
      description:
        'The application, consortium, claim, notice, … (its id): rows whose object it is or whose detail names it',
    }),
  },
});
export type AuditTrailQuerySchema = z.output<typeof auditTrailQuerySchema>;

export const AUDIT_ROW_CHAIN_STATES = ['VERIFIED', 'BROKEN', 'UNVERIFIED', 'PENDING'] as const;

/**
 * One audit row as an officer reads it: what happened when, to what, with which outcome, and who by
 * role and unit — never the person's login or address (personal data stays in the service's table).
 */
export const auditTrailEntrySchema = z.object({
  service: z.string(),
  seq: z.string(),
  at: z.string(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string(),
  outcome: z.string(),
  actor: z.object({
    role: z.string(),
    /** The unit acted for (USCC or jurisdiction code); null for the Bureau, the public or before it was recorded. */
    unit: z.string().nullable(),
    /** A system actor's component (`review.consumer`, `evaluation.window.open`); null for a person. */
    system: z.string().nullable(),
  }),
  detail: z.record(z.string(), z.unknown()).nullable(),
  position: z.string().nullable(),
  chain: z.enum(AUDIT_ROW_CHAIN_STATES),
});
export type AuditTrailEntry = z.infer<typeof auditTrailEntrySchema>;

/** The verdict over the service's whole SM3 chain when the page was read. */
export const auditChainVerdictSchema = z.object({
  ok: z.boolean(),
  rows: z.int(),
  chained: z.int(),
  unchained: z.int(),
  /** Where the walk stopped, the audit row concerned and why (null when ok). */
  brokenAt: z.string().nullable(),
  brokenSeq: z.string().nullable(),
  reason: z.string().nullable(),
  /** Last chain position and hash (checkpoints; null when broken). */
  lastPosition: z.string().nullable(),
  lastHash: z.string().nullable(),
  verifiedAt: z.string(),
});
export type AuditChainVerdictView = z.infer<typeof auditChainVerdictSchema>;

/** The list convention's page (`{items, total, page, pageSize}`); the chain's verdict is its own read. */
export const auditTrailPageSchema = pageSchema(auditTrailEntrySchema);
export type AuditTrailPage = z.infer<typeof auditTrailPageSchema>;
