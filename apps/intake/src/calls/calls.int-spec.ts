import { expectListEndpoint } from '@lz/testing';
import { bootIntake, openCall, type IntakeHarness } from '../test-support/intake-harness';
import { CallsController } from './calls.controller';

describe(CallsController.name, () => {
  let h: IntakeHarness;
  beforeAll(async () => {
    h = await bootIntake();
  }, 60_000);
  afterAll(() => h?.close(), 30_000);

  const body = (year: number, extra: Record<string, unknown> = {}) => ({
    year,
    title: `${year}年度申报通知`,
    opensAt: '2030-03-01T09:00:00+08:00',
    closesAt: '2030-04-01T18:00:00+08:00',
    policyVersion: 'lz-2024-draft',
    ...extra,
  });

  it('publishes a call for an officer and shows it to anyone, with its instants in Shanghai time', async () => {
    const res = await h.svc.request('POST', '/api/v1/calls', { token: h.officer, body: body(2030) });
    expect(res.status).toBe(201);
    const id = (res.body as { id: string }).id;
    const read = await h.svc.request('GET', `/api/v1/calls/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      year: 2030,
      opensAt: '2030-03-01T09:00:00+08:00',
      closesAt: '2030-04-01T18:00:00+08:00',
      policyVersion: 'lz-2024-draft',
      open: false,
    });
    const list = await h.svc.request('GET', '/api/v1/calls?year=2030');
    expect(list.body).toMatchObject({ total: 1, items: [{ year: 2030 }] });
  });

  it('refuses a second call in the same year without a written justification (rule 3.1) and takes it with one', async () => {
    await h.svc.request('POST', '/api/v1/calls', { token: h.officer, body: body(2031) });
    const second = await h.svc.request('POST', '/api/v1/calls', { token: h.officer, body: body(2031) });
    expect(second.status).toBe(422);
    expect(second.body).toMatchObject({ errors: [{ rule: '3.1', path: 'justification' }] });
    const justified = await h.svc.request('POST', '/api/v1/calls', {
      token: h.officer,
      body: body(2031, { justification: '因政策调整增设补充批次' }),
    });
    expect(justified.status).toBe(201);
  });

  it('refuses a call from an applicant (403) and a call that closes before it opens (400)', async () => {
    const applicant = await h.svc.token({ role: 'applicant', uscc: '91110000600037341L' });
    expect(
      (await h.svc.request('POST', '/api/v1/calls', { token: applicant, body: body(2032) })).status,
    ).toBe(403);
    const backwards = await h.svc.request('POST', '/api/v1/calls', {
      token: h.officer,
      body: body(2032, { closesAt: '2030-02-01T00:00:00+08:00' }),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({ errors: [{ path: 'closesAt' }] });
  });

  it('lists calls by the list convention: latest opening first, by year, status and title', async () => {
    await expectListEndpoint(h.svc, '/api/v1/calls');
    const now = Date.now();
    const at = (days: number) => new Date(now + days * 86_400_000).toISOString();
    const mk = (title: string, opens: number, closes: number, extra: Record<string, unknown> = {}) =>
      h.svc.request('POST', '/api/v1/calls', {
        token: h.officer,
        body: {
          ...body(2040),
          title,
          opensAt: at(opens),
          closesAt: at(closes),
          justification: '补充批次',
          ...extra,
        },
      });
    const closed = (await mk('2040 第一批 (已截止)', -20, -10)).body as { id: string };
    const open = (await mk('2040 第二批 (申报中)', -1, 10)).body as { id: string };
    const upcoming = (await mk('2040 第三批 (未开始)', 5, 15)).body as { id: string };
    const ids = async (query: string) =>
      (
        (await h.svc.request('GET', `/api/v1/calls${query}`)).body as { items: Array<{ id: string }> }
      ).items.map((c) => c.id);
    expect(await ids('?year=2040')).toEqual([upcoming.id, open.id, closed.id]);
    expect(await ids('?year=2040&sort=opensAt')).toEqual([closed.id, open.id, upcoming.id]);
    expect(await ids('?year=2040&status=OPEN')).toEqual([open.id]);
    expect(await ids('?year=2040&status=UPCOMING')).toEqual([upcoming.id]);
    expect(await ids('?year=2040&status=CLOSED')).toEqual([closed.id]);
    expect(await ids(`?q=${encodeURIComponent('第二批')}`)).toEqual([open.id]);
    expect(await ids('?year=2040&pageSize=2&page=2')).toEqual([closed.id]);
    const bad = await h.svc.request('GET', '/api/v1/calls?status=SOON');
    expect(bad).toMatchObject({ status: 400, body: { errors: [{ path: 'query.status' }] } });
  });

  it('closes an open call now with a reason (提前截止): it is no longer open, and closing it again is a 409', async () => {
    const id = await openCall(h, 24, 2050);
    const closeIt = (token: string, body: unknown, callId = id) =>
      h.svc.request('POST', `/api/v1/calls/${callId}/close`, { token, body });
    const reviewer = await h.svc.token({ role: 'reviewer', jurisdiction: '510502' });
    expect((await closeIt(reviewer, { reason: '政策调整' })).status).toBe(403);
    const blank = await closeIt(h.officer, { reason: '  ' });
    expect(blank).toMatchObject({ status: 400, body: { errors: [{ path: 'reason' }] } });
    expect(
      (await closeIt(h.officer, { reason: '政策调整' }, '00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);

    const closed = await closeIt(h.officer, { reason: '因政策调整提前截止' });
    expect(closed).toMatchObject({ status: 200, body: { id, open: false } });
    const closesAt = Date.parse((closed.body as { closesAt: string }).closesAt);
    expect(Math.abs(closesAt - h.clock.now().getTime())).toBeLessThan(5_000);
    const open = await h.svc.request('GET', '/api/v1/calls?year=2050&status=OPEN');
    expect(open.body).toMatchObject({ total: 0 });
    const again = await closeIt(h.officer, { reason: '再次截止' });
    expect(again).toMatchObject({ status: 409, body: { errors: [{ rule: '3.1' }] } });

    const upcoming = await h.svc.request('POST', '/api/v1/calls', {
      token: h.officer,
      body: body(2050, { justification: '补充批次' }),
    });
    const early = await closeIt(h.officer, { reason: '未开始' }, (upcoming.body as { id: string }).id);
    expect(early).toMatchObject({ status: 409, body: { errors: [{ rule: '3.1' }] } });
  });
});
