import { expectListEndpoint, makeApplicationDocument, samplePdf } from '@lz/testing';
import {
  applicant,
  bootIntake,
  completeDraft,
  openCall,
  submit,
  upload,
  type Applicant,
  type Draft,
  type IntakeHarness,
} from '../test-support/intake-harness';
import { ApplicationsController } from './applications.controller';

describe(ApplicationsController.name, () => {
  let h: IntakeHarness;
  let callId: string;
  let submitted: Draft; // jurisdiction 510502, submitted
  let draft: Draft; // jurisdiction 510502, still a draft
  let stranger: Applicant;
  let ownReviewer: string;
  let otherReviewer: string;
  beforeAll(async () => {
    h = await bootIntake();
    callId = await openCall(h);
    submitted = await completeDraft(h, callId, await applicant(h, 'scoped-a'));
    expect((await submit(h, submitted.who.token, submitted.id, 'scope-submit')).status).toBe(200);
    draft = await completeDraft(h, callId, await applicant(h, 'scoped-b'));
    stranger = await applicant(h, 'stranger');
    ownReviewer = await h.svc.token({ role: 'reviewer', jurisdiction: '510502', sub: 'reviewer-jy' });
    otherReviewer = await h.svc.token({ role: 'reviewer', jurisdiction: '510503', sub: 'reviewer-nx' });
  }, 60_000);
  afterAll(() => h?.close(), 30_000);

  it('creates a draft for the caller’s own unit and replaces it whole', async () => {
    const who = await applicant(h, 'crud');
    const doc = makeApplicationDocument({ callId }, { seed: 'crud', leadUscc: who.uscc });
    const created = await h.svc.request('POST', '/api/v1/applications', { token: who.token, body: doc });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'DRAFT', revision: 0, leadUscc: who.uscc, callId });
    const id = (created.body as { id: string }).id;
    const replaced = await h.svc.request('PUT', `/api/v1/applications/${id}`, {
      token: who.token,
      body: { ...doc, name: '新名称创新联合体', justifications: { '2.3a': '理由' } },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({
      document: { name: '新名称创新联合体', justifications: { '2.3a': '理由' } },
    });
    const read = await h.svc.request('GET', `/api/v1/applications/${id}`, { token: who.token });
    expect((read.body as { document: Record<string, unknown> }).document).not.toHaveProperty('leadInfluence');
    const timeline = await h.svc.request('GET', `/api/v1/applications/${id}/timeline`, { token: who.token });
    expect(timeline.body).toEqual({
      items: [expect.objectContaining({ status: 'DRAFT', source: 'intake' })],
      total: 1,
      page: 1,
      pageSize: 20,
    });
  });

  it('lets only one of 10 concurrent creates by the same lead in the same call through (C.1, database index)', async () => {
    const who = await applicant(h, 'race');
    const doc = makeApplicationDocument({ callId }, { seed: 'race', leadUscc: who.uscc });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        h.svc.request('POST', '/api/v1/applications', { token: who.token, body: doc }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    for (const r of results.filter((x) => x.status === 409)) {
      expect(r.body).toMatchObject({ errors: [{ rule: 'C.1' }] });
    }
    const mine = await h.svc.request('GET', '/api/v1/applications', { token: who.token });
    expect(mine.body).toMatchObject({ total: 1, items: [expect.any(Object)] });
  });

  it('refuses a document naming another unit as lead, an unknown call, or a field of the wrong shape (400, naming the field)', async () => {
    const who = await applicant(h, 'bad');
    const otherLead = makeApplicationDocument({ callId }, { seed: 'bad' });
    const r1 = await h.svc.request('POST', '/api/v1/applications', { token: who.token, body: otherLead });
    expect(r1.status).toBe(400);
    expect(r1.body).toMatchObject({ errors: [{ path: 'lead.uscc' }] });
    const unknownCall = makeApplicationDocument(
      { callId: '00000000-0000-4000-8000-000000000000' },
      { leadUscc: who.uscc },
    );
    const r2 = await h.svc.request('POST', '/api/v1/applications', { token: who.token, body: unknownCall });
    expect(r2.status).toBe(400);
    expect(r2.body).toMatchObject({ errors: [{ path: 'callId' }] });
    const badUscc = makeApplicationDocument({ callId }, { leadUscc: who.uscc });
    badUscc.members[2] = { ...badUscc.members[2], uscc: '91510500MA62X0000X' };
    const r3 = await h.svc.request('POST', '/api/v1/applications', { token: who.token, body: badUscc });
    expect(r3.status).toBe(400);
    expect((r3.body as { errors: Array<{ path: string }> }).errors.map((e) => e.path)).toContain(
      'members[2].uscc',
    );
    const list = await h.svc.request('GET', '/api/v1/applications', { token: who.token });
    expect(list.body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  describe('scoping: another applicant or another jurisdiction → 404', () => {
    const paths = (d: Draft) => ({
      read: ['GET', `/api/v1/applications/${d.id}`],
      replace: ['PUT', `/api/v1/applications/${d.id}`],
      check: ['POST', `/api/v1/applications/${d.id}/eligibility`],
      timeline: ['GET', `/api/v1/applications/${d.id}/timeline`],
      revisions: ['GET', `/api/v1/applications/${d.id}/revisions`],
      download: ['GET', `/api/v1/applications/${d.id}/attachments/${d.agreementId}`],
      submit: ['POST', `/api/v1/applications/${d.id}/submit`],
    });

    async function call(token: string, method: string, p: string, d: Draft) {
      return h.svc.request(method, p, {
        token,
        body: method === 'PUT' ? d.doc : undefined,
        headers: { 'idempotency-key': `scope-${Math.random()}` },
      });
    }

    it.each(['read', 'replace', 'check', 'timeline', 'revisions', 'download', 'submit'] as const)(
      'another applicant cannot %s (404)',
      async (what) => {
        for (const d of [submitted, draft]) {
          const [method, p] = paths(d)[what];
          const res = await call(stranger.token, method, p, d);
          expect(res.status).toBe(404);
          expect(res.headers.get('content-type')).toContain('application/problem+json');
        }
      },
    );

    it('another applicant cannot attach (404), and nothing is stored', async () => {
      const res = await upload(h, stranger.token, draft.id, 'EVIDENCE', samplePdf('stranger'));
      expect(res.status).toBe(404);
      const own = await h.svc.request('GET', `/api/v1/applications/${draft.id}`, { token: draft.who.token });
      expect((own.body as { attachments: unknown[] }).attachments).toHaveLength(2);
    });

    it.each(['read', 'replace', 'check', 'timeline', 'revisions', 'download'] as const)(
      'a reviewer of another jurisdiction cannot %s (404)',
      async (what) => {
        const [method, p] = paths(submitted)[what];
        expect((await call(otherReviewer, method, p, submitted)).status).toBe(404);
      },
    );

    it('a reviewer of another jurisdiction cannot attach (404)', async () => {
      expect((await upload(h, otherReviewer, submitted.id, 'EVIDENCE', samplePdf('r'))).status).toBe(404);
    });

    it('the jurisdiction’s reviewer and an officer see a submitted application, its bytes and revisions, but no draft', async () => {
      for (const token of [ownReviewer, h.officer]) {
        expect((await call(token, 'GET', paths(submitted).read[1], submitted)).status).toBe(200);
        expect((await call(token, 'GET', paths(submitted).download[1], submitted)).status).toBe(200);
        const revs = await call(token, 'GET', paths(submitted).revisions[1], submitted);
        expect(revs.body).toMatchObject({ total: 1, items: [expect.objectContaining({ revision: 1 })] });
        expect((await call(token, 'GET', paths(draft).read[1], draft)).status).toBe(404);
        expect((await call(token, 'GET', paths(draft).download[1], draft)).status).toBe(404);
        // Seen but not theirs to change: 403, not 404.
        expect((await call(token, 'PUT', paths(submitted).replace[1], submitted)).status).toBe(403);
      }
    });

    it('lists only what each caller may see', async () => {
      const ids = async (token: string) =>
        (
          (await h.svc.request('GET', '/api/v1/applications', { token })).body as {
            items: Array<{ id: string }>;
          }
        ).items.map((a) => a.id);
      expect(await ids(submitted.who.token)).toEqual([submitted.id]);
      expect(await ids(stranger.token)).toEqual([]);
      expect(await ids(ownReviewer)).toEqual([submitted.id]);
      expect(await ids(otherReviewer)).toEqual([]);
      expect(await ids(h.officer)).toEqual([submitted.id]);
    });

    it("pages each caller's list by the convention without widening it, with filters and q", async () => {
      for (const token of [submitted.who.token, stranger.token, ownReviewer, otherReviewer, h.officer]) {
        await expectListEndpoint(h.svc, '/api/v1/applications', token);
      }
      await expectListEndpoint(h.svc, `/api/v1/applications/${submitted.id}/timeline`, submitted.who.token);
      await expectListEndpoint(h.svc, `/api/v1/applications/${submitted.id}/revisions`, ownReviewer);
      const total = async (token: string, query: string) =>
        ((await h.svc.request('GET', `/api/v1/applications${query}`, { token })).body as { total: number })
          .total;
      const name = encodeURIComponent(String(submitted.doc.name).slice(0, 6));
      expect(await total(h.officer, `?q=${name}`)).toBe(1);
      expect(await total(h.officer, `?q=${submitted.who.uscc.toLowerCase()}`)).toBe(1);
      expect(await total(h.officer, '?q=%25')).toBe(0);
      expect(await total(stranger.token, `?q=${submitted.who.uscc}`)).toBe(0);
      expect(await total(otherReviewer, `?q=${name}`)).toBe(0);
      expect(await total(draft.who.token, `?status=DRAFT&callId=${callId}`)).toBe(1);
      expect(await total(h.officer, '?status=DRAFT')).toBe(0); // an officer never sees drafts
      expect(await total(h.officer, '?jurisdictionCode=510502&status=SUBMITTED')).toBe(1);
      expect(await total(h.officer, '?jurisdictionCode=510504')).toBe(0);
    });
  });

  it("counts a call's applications per jurisdiction and status for an officer (the filtered lists' totals), drafts left out", async () => {
    const call = await openCall(h, 24, 2027);
    const inJiangyang = await completeDraft(h, call, await applicant(h, 'count-a'));
    const inNaxi = await completeDraft(h, call, await applicant(h, 'count-b'), {
      jurisdictionCode: '510503',
    });
    const alsoNaxi = await completeDraft(h, call, await applicant(h, 'count-c'), {
      jurisdictionCode: '510503',
    });
    await completeDraft(h, call, await applicant(h, 'count-d')); // stays a draft: nobody counts it
    for (const [d, key] of [
      [inJiangyang, 'count-1'],
      [inNaxi, 'count-2'],
      [alsoNaxi, 'count-3'],
    ] as const) {
      expect((await submit(h, d.who.token, d.id, key)).status).toBe(200);
    }
    const counts = await h.svc.request('GET', `/api/v1/applications/counts?callId=${call}`, {
      token: h.officer,
    });
    expect(counts).toMatchObject({
      status: 200,
      body: {
        callId: call,
        total: 3,
        cells: [
          { jurisdictionCode: '510502', status: 'SUBMITTED', count: 1 },
          { jurisdictionCode: '510503', status: 'SUBMITTED', count: 2 },
        ],
      },
    });
    const listed = await h.svc.request(
      'GET',
      `/api/v1/applications?callId=${call}&jurisdictionCode=510503&status=SUBMITTED`,
      { token: h.officer },
    );
    expect((listed.body as { total: number }).total).toBe(2);

    // Another call's applications are not counted in this one's.
    const other = await h.svc.request('GET', `/api/v1/applications/counts?callId=${callId}`, {
      token: h.officer,
    });
    expect((other.body as { total: number }).total).toBe(1);

    expect(
      (await h.svc.request('GET', `/api/v1/applications/counts?callId=${call}`, { token: ownReviewer }))
        .status,
    ).toBe(403);
    expect(
      (
        await h.svc.request(
          'GET',
          '/api/v1/applications/counts?callId=00000000-0000-4000-8000-000000000000',
          {
            token: h.officer,
          },
        )
      ).status,
    ).toBe(404);
    const bad = await h.svc.request('GET', '/api/v1/applications/counts?callId=x', { token: h.officer });
    expect(bad).toMatchObject({ status: 400, body: { errors: [{ path: 'query.callId' }] } });
  });
});
