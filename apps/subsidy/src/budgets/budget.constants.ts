/**
 * The rule a budget refusal names. docs/SPEC.md §4 ("Each year's budget is finite and may not be overspent")
 * gives this sentence no ID of its own, so the errors name it `budget`.
 */
export const BUDGET_RULE = 'budget';
