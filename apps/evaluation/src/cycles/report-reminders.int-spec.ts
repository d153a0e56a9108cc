import type { AnyEventEnvelope } from '@lz/policy';
import { flushRunPrefix } from '@lz/testing';
import {
  getEvaluation,
  jumpAndWait,
  openWindow,
  register,
  sleep,
  startEvaluation,
  submitReport,
  waitUntil,
  type EvaluationHarness,
} from '../test-support/evaluation-harness';
import { EvaluationWindowProcessor } from './evaluation-window.processor';

// Reminders and the due instant fire through real BullMQ delayed jobs: the clock is jumped to 2 s
// before each instant and the job does the rest (reconcile every 1 s, as the harness sets it).
jest.setTimeout(90_000);

// Filed 2024-09-20: the first window opens Sun 2026-09-20, the report is due by 24:00 on Tue 2026-10-20.
// Policy lz-2024-draft: reminders 10 and 3 working days before the due day and on it, at 09:00 Shanghai;
// 10 working days before 10/20 steps over National Day (10/1–10/7 off, Saturday 10/10 on) to 9/30.
const FILED_ON = '2024-09-20';
const REMINDERS = [
  { workingDaysBefore: 10, at: '2026-09-30T09:00:00+08:00' },
  { workingDaysBefore: 3, at: '2026-10-15T09:00:00+08:00' },
  { workingDaysBefore: 0, at: '2026-10-20T09:00:00+08:00' },
];
const DUE_AT = '2026-10-21T00:00:00+08:00';

const about = (type: string, evaluationId: string) => (e: AnyEventEnvelope) =>
  e.type === type && (e.data as { evaluationId: string }).evaluationId === evaluationId;
const reminded = (evaluationId: string, n?: number) => (e: AnyEventEnvelope) =>
  about('evaluation.report.reminded.v1', evaluationId)(e) &&
  (n === undefined || (e.data as { workingDaysBefore: number }).workingDaysBefore === n);
const instant = (iso: string) => new Date(iso).getTime();

describe(EvaluationWindowProcessor.name, () => {
  let h: EvaluationHarness;
  beforeAll(async () => {
    h = await startEvaluation();
  });
  afterAll(() => h.close());

  /** A consortium filed on FILED_ON, registered the day before its window opens, window opened. */
  async function openedCycle() {
    h.clock.jumpTo(new Date('2026-09-19T12:00:00+08:00'));
    const c = await register(h, FILED_ON);
    await openWindow(h, c.evaluationId);
    return c;
  }

  async function reminderRows(evaluationId: string) {
    const { rows } = await h.db.query<{ id: string; due_at: Date; status: string; provisional: boolean }>(
      `SELECT id, due_at, status, provisional FROM deadline
        WHERE kind = 'evaluation.report.reminder' AND subject_id LIKE $1 ORDER BY due_at`,
      [`${evaluationId}:%`],
    );
    return rows;
  }

  /** Jumps to 2 s before the instant; the real delayed job fires it. */
  const jumpBefore = (iso: string) => h.clock.jumpTo(new Date(instant(iso) - 2_000));

  it('tells the lead when the window opens, reminds at the working days of the policy once each even after Redis lost everything, and marks the missed report OVERDUE once', async () => {
    const c = await openedCycle();
    const [opened] = await h.probe.waitFor(about('evaluation.window.opened.v1', c.evaluationId));
    expect(opened.data).toEqual({
      evaluationId: c.evaluationId,
      consortiumId: c.consortiumId,
      leadUscc: c.leadUscc,
      cycle: 1,
      opensAt: '2026-09-20T00:00:00+08:00',
      dueOn: '2026-10-20',
      dueAt: DUE_AT,
      reminders: REMINDERS,
      provisional: false,
    });
    expect((await reminderRows(c.evaluationId)).map((r) => [r.id, r.due_at.getTime(), r.status])).toEqual(
      REMINDERS.map((r) => [
        `evaluation.report.reminder:${c.evaluationId}:${r.workingDaysBefore}`,
        instant(r.at),
        'PENDING',
      ]),
    );

    // The lead's view shows the schedule (the portal prints it).
    const view = await h.svc.request('GET', `/api/v1/evaluations/${c.evaluationId}`, { token: c.lead });
    expect(view.body).toMatchObject({
      dueOn: '2026-10-20',
      overdueReport: 'OFFICER_DECIDES',
      reminders: REMINDERS.map((r) => ({ ...r, status: 'SCHEDULED', provisional: false })),
    });

    // Redis loses every key of this run: the rows rebuild the delayed jobs (reconciler).
    expect(await flushRunPrefix(h)).toBeGreaterThan(0);
    await sleep(1_500); // a reconcile period: nothing is due yet, nothing may go out
    expect(h.probe.received.filter(reminded(c.evaluationId))).toHaveLength(0);

    for (const r of REMINDERS) {
      jumpBefore(r.at);
      const [e] = await h.probe.waitFor(reminded(c.evaluationId, r.workingDaysBefore), { timeoutMs: 15_000 });
      expect(e.data).toMatchObject({ leadUscc: c.leadUscc, dueOn: '2026-10-20', dueAt: DUE_AT });
      const sentAt = instant((e.data as { remindedAt: string }).remindedAt);
      expect(sentAt).toBeGreaterThanOrEqual(instant(r.at)); // never early
      expect(sentAt).toBeLessThan(instant(r.at) + 10_000);
      expect((await getEvaluation(h, c.evaluationId)).status).toBe('OPEN');
    }

    await jumpAndWait(h, c.evaluationId, DUE_AT, 'OVERDUE');
    const overdue = await h.probe.expectExactly(about('evaluation.report.overdue.v1', c.evaluationId), 1, {
      timeoutMs: 15_000,
    });
    expect(overdue[0].data).toMatchObject({
      leadUscc: c.leadUscc,
      cycle: 1,
      dueAt: DUE_AT,
      gradeEffect: 'OFFICER_DECIDES',
    });
    expect(instant((overdue[0].data as { overdueAt: string }).overdueAt)).toBeGreaterThanOrEqual(
      instant(DUE_AT),
    );
    // once each: three reminders, one per working day of the policy, no repeat after the flush
    const all = await h.probe.expectExactly(reminded(c.evaluationId), 3, { timeoutMs: 5_000 });
    expect(all.map((e) => (e.data as { workingDaysBefore: number }).workingDaysBefore)).toEqual([10, 3, 0]);
    expect(h.probe.received.filter(about('evaluation.window.opened.v1', c.evaluationId))).toHaveLength(1);
    expect((await reminderRows(c.evaluationId)).map((r) => r.status)).toEqual(['FIRED', 'FIRED', 'FIRED']);

    // The overdue cycle stays on the officer's list, ungraded: the officer decides (policy OFFICER_DECIDES).
    const list = await h.svc.request(
      'GET',
      `/api/v1/evaluations?status=OVERDUE&consortiumId=${c.consortiumId}`,
      {
        token: h.officer,
      },
    );
    expect(list.body).toMatchObject({
      total: 1,
      items: [{ id: c.evaluationId, status: 'OVERDUE', result: null }],
    });
  });

  it('sends no more reminders once the lead has submitted the report, and no overdue', async () => {
    const c = await openedCycle();
    jumpBefore(REMINDERS[0].at);
    await h.probe.waitFor(reminded(c.evaluationId, 10), { timeoutMs: 15_000 });

    const res = await submitReport(h, c, c.evaluationId);
    expect(res.status).toBe(200);
    expect((await reminderRows(c.evaluationId)).map((r) => r.status)).toEqual([
      'FIRED',
      'CANCELLED',
      'CANCELLED',
    ]);
    const view = await h.svc.request('GET', `/api/v1/evaluations/${c.evaluationId}`, { token: c.lead });
    expect((view.body as { reminders: { status: string }[] }).reminders.map((r) => r.status)).toEqual([
      'SENT',
      'CANCELLED',
      'CANCELLED',
    ]);

    // Redis loses everything again, and the clock passes every remaining reminder and the due instant.
    await flushRunPrefix(h);
    for (const iso of [REMINDERS[1].at, REMINDERS[2].at, DUE_AT]) {
      jumpBefore(iso);
      await sleep(3_500); // the instant passes, and a reconcile period after it
    }
    await h.probe.expectExactly(reminded(c.evaluationId), 1, { timeoutMs: 2_000 });
    expect(h.probe.received.filter(about('evaluation.report.overdue.v1', c.evaluationId))).toHaveLength(0);
    expect((await getEvaluation(h, c.evaluationId)).status).toBe('SUBMITTED');
    const { rows } = await h.db.query<{ status: string }>(`SELECT status FROM deadline WHERE id = $1`, [
      `evaluation.window.due:${c.evaluationId}`,
    ]);
    expect(rows[0].status).toBe('FIRED'); // the due job ran, found the report in, and did nothing
  });

  it('schedules only the reminders still ahead when the window opens late', async () => {
    // The service was down over the opening: the open job fires on 2026-10-16, after the 3-day reminder.
    h.clock.jumpTo(new Date('2026-10-16T10:00:00+08:00'));
    const c = await register(h, FILED_ON);
    await waitUntil(async () => (await getEvaluation(h, c.evaluationId)).status === 'OPEN', 'opened late');
    const [opened] = await h.probe.waitFor(about('evaluation.window.opened.v1', c.evaluationId));
    expect((opened.data as { reminders: unknown[] }).reminders).toEqual([REMINDERS[2]]);
    expect((await reminderRows(c.evaluationId)).map((r) => r.id)).toEqual([
      `evaluation.report.reminder:${c.evaluationId}:0`,
    ]);
  });

  it('opens and then marks OVERDUE a cycle both of whose instants are past when it is filed, whichever job runs first', async () => {
    // Learnt 40 days after its opening: the open and due jobs are both due at once, in no set order.
    h.clock.jumpTo(new Date('2026-10-30T10:00:00+08:00'));
    const c = await register(h, FILED_ON);
    await waitUntil(async () => (await getEvaluation(h, c.evaluationId)).status === 'OVERDUE', 'overdue');
    await h.probe.expectExactly(about('evaluation.window.opened.v1', c.evaluationId), 1, {
      timeoutMs: 5_000,
    });
    await h.probe.expectExactly(about('evaluation.report.overdue.v1', c.evaluationId), 1, {
      timeoutMs: 5_000,
    });
    expect(h.probe.received.filter(reminded(c.evaluationId))).toHaveLength(0);
  });
});
