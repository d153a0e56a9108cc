import { createSeededCalendar, formatShanghaiIso } from '@lz/calendar';
import { getPolicy, type Policy } from '@lz/policy';
import { cycleWindow } from './evaluation-schedule';
import { parseReminderSubject, reminderSubject, reportReminders } from './report-reminders';

const calendar = createSeededCalendar();
const policy = getPolicy('lz-2024-draft');
// Filed 2024-09-20: the first window opens Sun 2026-09-20 and the report is due by the end of Tue 2026-10-20.
const w = cycleWindow('2024-09-20', 1, policy);

const shown = (now: Date, p: Policy = policy) =>
  reportReminders(w.dueOn, w.dueAt, now, p, calendar).map((r) => [
    r.workingDaysBefore,
    formatShanghaiIso(r.at),
    r.provisional,
  ]);

describe(reportReminders.name, () => {
  it('reminds 10 and 3 working days before the due day and on it, at 09:00 Shanghai, over National Day', () => {
    expect(w.dueOn).toBe('2026-10-20');
    expect(shown(w.opensAt)).toEqual([
      [10, '2026-09-30T09:00:00+08:00', false], // 10/1–10/7 off, Saturday 10/10 on
      [3, '2026-10-15T09:00:00+08:00', false],
      [0, '2026-10-20T09:00:00+08:00', false],
    ]);
  });

  it('leaves out the reminders already past when the window opens', () => {
    expect(shown(new Date('2026-09-30T09:00:00+08:00')).map((r) => r[0])).toEqual([3, 0]);
    expect(shown(new Date('2026-10-20T09:00:01+08:00'))).toEqual([]);
  });

  it('follows the policy: other working days, no due-day reminder, another hour', () => {
    const other = {
      ...policy,
      evaluation: {
        ...policy.evaluation,
        reminders: { workingDaysBefore: [1, 5], onDueDay: false, at: '14:30' },
      },
    } as Policy;
    expect(shown(w.opensAt, other)).toEqual([
      [5, '2026-10-13T14:30:00+08:00', false],
      [1, '2026-10-19T14:30:00+08:00', false],
    ]);
  });

  it('marks a reminder counted over a year with no arrangement provisional', () => {
    const late = cycleWindow('2025-01-01', 1, policy); // due 2027-01-31: 2027 is not entered yet
    const r = reportReminders(late.dueOn, late.dueAt, late.opensAt, policy, calendar);
    expect(r.map((x) => [x.workingDaysBefore, x.on, x.provisional])).toEqual([
      [10, '2027-01-18', true],
      [3, '2027-01-27', true],
      [0, '2027-01-31', false],
    ]);
  });
});

describe(parseReminderSubject.name, () => {
  it('reads back what reminderSubject wrote, and nothing else', () => {
    const id = '0b5e0b4e-3c1c-4d5e-9f8a-1b2c3d4e5f60';
    expect(parseReminderSubject(reminderSubject(id, 10))).toEqual({
      evaluationId: id,
      workingDaysBefore: 10,
    });
    expect(parseReminderSubject(reminderSubject(id, 0))).toEqual({ evaluationId: id, workingDaysBefore: 0 });
    expect(parseReminderSubject(id)).toBeNull();
    expect(parseReminderSubject(`${id}:x`)).toBeNull();
  });
});
