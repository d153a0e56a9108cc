import { CalendarController } from './calendar.controller';
import {
  deadlineRow,
  seedCandidates,
  startPublicity,
  type PublicityHarness,
} from '../test-support/publicity-harness';

// The provisional test waits for a real delayed job after the clock jumps (reconcile period 1 s).
jest.setTimeout(40_000);

interface Notice {
  id: string;
  endsAt: string;
  lastWorkingDay: string;
  provisional: boolean;
  unknownYears: number[];
}

// The State Council's 2027 arrangement is not published at the time of writing: this is test data
// shaped like one (New Year 1/1–1/3 off; a make-up working day on Saturday 1/9).
const ARRANGEMENT_2027 = {
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'],
  makeupWorkdays: ['2027-01-09'],
};

describe(CalendarController.name, () => {
  let h: PublicityHarness;
  beforeAll(async () => {
    h = await startPublicity();
  });
  afterAll(() => h.close());

  it('serves the seeded years to anyone, without login', async () => {
    const res = await h.svc.request('GET', '/api/v1/calendar/2026');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2026, enteredBy: 'seed' });
    expect((res.body as { holidays: string[] }).holidays).toContain('2026-02-17');
    expect((res.body as { makeupWorkdays: string[] }).makeupWorkdays).toContain('2026-02-14');
    expect((await h.svc.request('GET', '/api/v1/calendar/2031')).status).toBe(404);
  });

  it('refuses an arrangement with a weekday make-up day or a date outside the year, naming rule 7', async () => {
    const res = await h.svc.request('PUT', '/api/v1/calendar/2030', {
      token: h.officer,
      body: { holidays: ['2031-01-01'], makeupWorkdays: ['2030-01-02'] },
    });
    expect(res.status).toBe(400);
    const errors = (res.body as { errors: { rule: string; path: string }[] }).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: '7', path: 'holidays[0]' }),
        expect.objectContaining({ rule: '7', path: 'makeupWorkdays[0]' }),
      ]),
    );
    expect((await h.svc.request('GET', '/api/v1/calendar/2030')).status).toBe(404);
  });

  it('lets only officers enter a year', async () => {
    const applicant = await h.svc.token({ role: 'applicant', uscc: '91110000600037341L' });
    const body = { holidays: [], makeupWorkdays: [] };
    expect((await h.svc.request('PUT', '/api/v1/calendar/2029', { token: applicant, body })).status).toBe(
      403,
    );
    expect((await h.svc.request('PUT', '/api/v1/calendar/2029', { body })).status).toBe(401);
  });

  it('marks a deadline reaching into a year without an arrangement provisional, and recomputes and reschedules it when the year is entered', async () => {
    const from = '2026-12-29T10:00:00+08:00';
    const asked = await h.svc.request(
      'GET',
      `/api/v1/calendar/deadline?from=${encodeURIComponent(from)}&workingDays=5`,
    );
    expect(asked.body).toMatchObject({ provisional: true, unknownYears: [2027] });

    h.clock.jumpTo(new Date(from));
    const ids = await seedCandidates(h, 2);
    const published = await h.svc.request('POST', '/api/v1/notices', {
      token: h.officer,
      body: { title: '跨年公示', applicationIds: ids },
    });
    expect(published.status).toBe(201);
    const before = published.body as Notice;
    // Mon–Fri assumed in 2027 as an estimate: 12/30, 12/31, 1/1, 1/4, 1/5.
    expect(before).toMatchObject({ provisional: true, unknownYears: [2027], lastWorkingDay: '2027-01-05' });
    expect(await deadlineRow(h, before.id)).toMatchObject({ provisional: true, status: 'PENDING' });

    const entered = await h.svc.request('PUT', '/api/v1/calendar/2027', {
      token: h.officer,
      body: ARRANGEMENT_2027,
    });
    expect(entered.status).toBe(200);
    expect((entered.body as { rescheduledNotices: string[] }).rescheduledNotices).toContain(before.id);

    // 12/30, 12/31, then 1/1–1/4 off, 1/5, 1/6, 1/7.
    const after = (await h.svc.request('GET', `/api/v1/notices/${before.id}`)).body as Notice;
    expect(after).toMatchObject({ provisional: false, unknownYears: [], lastWorkingDay: '2027-01-07' });
    expect(after.endsAt).toBe('2027-01-08T00:00:00+08:00');
    const row = await deadlineRow(h, before.id);
    expect(row).toMatchObject({ provisional: false, status: 'PENDING' });
    expect(row.due_at.toISOString()).toBe(new Date(after.endsAt).toISOString());
    const again = await h.svc.request(
      'GET',
      `/api/v1/calendar/deadline?from=${encodeURIComponent(from)}&workingDays=5`,
    );
    expect(again.body).toMatchObject({ provisional: false, lastWorkingDay: '2027-01-07' });

    // The old (provisional) end passes: nothing clears. The new end: the rescheduled job fires.
    const isCleared = (e: { type: string; data: unknown }) =>
      e.type === 'publicity.item.cleared.v1' &&
      ids.includes((e.data as { applicationId: string }).applicationId);
    h.clock.jumpTo(new Date(new Date(before.endsAt).getTime() + 1_000));
    await new Promise((r) => setTimeout(r, 2_500));
    expect(h.probe.received.filter(isCleared)).toHaveLength(0);
    h.clock.jumpTo(new Date(new Date(after.endsAt).getTime() - 2_000));
    const cleared = await h.probe.waitFor(isCleared, { count: 2, timeoutMs: 15_000 });
    for (const e of cleared) {
      expect(new Date((e.data as { clearedAt: string }).clearedAt).getTime()).toBeGreaterThanOrEqual(
        new Date(after.endsAt).getTime(),
      );
    }
  });
});
