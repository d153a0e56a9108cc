import { z } from 'zod';
import { applicationViewSchema } from '../applications/applications.schema';

export const findingViewSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'flag']),
  path: z.string(),
  message: z.string(),
  messageZh: z.string(),
  blocking: z.boolean(),
  justified: z.boolean().optional(),
  informational: z.boolean().optional(),
});

/** `POST /applications/:id/eligibility` (docs/API.md): the dry run of docs/SPEC.md §2. */
export const eligibilityViewSchema = z.object({
  eligible: z.boolean(),
  policyVersion: z.string(),
  findings: z.array(findingViewSchema),
});
export type EligibilityView = z.infer<typeof eligibilityViewSchema>;

export const submissionViewSchema = applicationViewSchema;
