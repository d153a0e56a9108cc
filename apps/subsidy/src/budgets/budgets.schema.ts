import { z } from 'zod';

export const budgetYearSchema = z.coerce.number().int().min(2024).max(2100);

/** `PUT /budgets/:year`: the year's total in integer fen. */
export const putBudgetBodySchema = z.strictObject({
  totalFen: z
    .number({ error: 'must be an integer amount in fen' })
    .int({ error: 'must be an integer amount in fen' })
    .min(0, { error: 'must not be negative' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'is too large' }),
});
export type PutBudgetBody = z.infer<typeof putBudgetBodySchema>;

export const budgetViewSchema = z.object({
  year: z.int(),
  totalFen: z.int(),
  grantedFen: z.int(),
  remainingFen: z.int(),
});
export type BudgetView = z.infer<typeof budgetViewSchema>;
