import { ApiError, api, call } from './http';

/** `GET /budgets/:year` (subsidy, officer): the year's total, granted and remaining, in fen. */
export type BudgetView = Awaited<ReturnType<typeof getBudget>>;

const getBudget = (year: number) => call(api.GET('/api/v1/budgets/{year}', { params: { path: { year } } }));

/** The year's budget, or null while none is set (the service answers 404). */
export const budgetQuery = (year: number) => ({
  queryKey: ['budget', year] as const,
  queryFn: () =>
    getBudget(year).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 404) return null;
      throw err;
    }),
});

/** `PUT /budgets/:year`: sets the total; refused (409, at `totalFen`) below what is already granted. */
export const putBudget = (year: number, totalFen: number) =>
  call(api.PUT('/api/v1/budgets/{year}', { params: { path: { year } }, body: { totalFen } }));
