import { api, call } from './http';
import { listCalls } from './calls';
import { listEvaluations, type EvaluationView } from './evaluations';
import { listNotices } from './notices';

/**
 * The officer's dashboard (市科技局): what it counts, each from the list or count endpoint of the
 * service that owns it — no figure is computed twice.
 */

/** The current call: the one open now, else the latest by opening (calls list newest first). */
export async function currentCall() {
  const open = await listCalls({ status: 'OPEN', pageSize: 1 });
  if (open.items[0]) return open.items[0];
  return (await listCalls({ pageSize: 1 })).items[0] ?? null;
}

/** Open notices, the one ending first on top (publicity `GET /notices?status=OPEN&sort=endsAt`). */
export const openNoticesEndingFirst = () => listNotices({ status: 'OPEN', sort: 'endsAt', pageSize: 100 });

/** Claims awaiting the Bureau's decision (subsidy `GET /claims?status=PENDING`). */
export const pendingClaimCount = () =>
  call(api.GET('/api/v1/claims', { params: { query: { status: 'PENDING', pageSize: 1 } } })).then(
    (p) => p.total,
  );

/** The year's budget (subsidy `GET /budgets/:year`), or null before the Bureau set it (404). */
export async function budgetOf(year: number) {
  const res = await api.GET('/api/v1/budgets/{year}', { params: { path: { year } } });
  if (res.response.status === 404) return null;
  return call(Promise.resolve(res));
}

/** The instant 30 working days from now ends (publicity's calendar: holidays and make-up days). */
export const thirtyWorkingDaysFrom = (from: Date) =>
  call(
    api.GET('/api/v1/calendar/deadline', {
      params: { query: { from: from.toISOString(), workingDays: 30 } },
    }),
  );

/**
 * Cycles whose report is due by `until` and not in yet (SCHEDULED or OPEN), soonest first. Two lists
 * of at most 100 each: the Bureau has a few dozen consortia, each with one cycle at a time.
 */
export async function evaluationsDueBy(until: string): Promise<EvaluationView[]> {
  const [open, scheduled] = await Promise.all(
    (['OPEN', 'SCHEDULED'] as const).map((status) =>
      listEvaluations({ status, sort: 'dueAt', pageSize: 100 }),
    ),
  );
  return [...open.items, ...scheduled.items]
    .filter((e) => Date.parse(e.dueAt) <= Date.parse(until))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}
