import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnyEventEnvelope } from '@lz/policy';
import { EventProbe, publishRawTestMessage, waitForExactly } from '@lz/testing';
import { allPages, newIdempotencyKey, ok } from '@lz/api-client';
import { APPLICATIONS, DEMO_OBJECTOR, demoPersonalData } from '../tools/demo/cast';
import { runFilingYear, type FilingYearRecord } from '../tools/demo/filing-year';
import { E2eStack } from './harness';

/**
 * The lifecycle of docs/SPEC.md §3 over the wire: the demo's year (tools/demo/filing-year.ts) against five
 * service processes, then every status each service reports and every event that crossed RabbitMQ.
 */
describe('filing year (docs/SPEC.md §3) end to end', () => {
  let stack: E2eStack;
  let probe: EventProbe;
  let year: FilingYearRecord;

  const FILED = ['liquor', 'materials', 'equipment'];
  const PATHS: Record<string, string[]> = {
    liquor: ['SUBMITTED', 'PRELIM_RECOMMENDED', 'CITY_TO_BE_FILED', 'IN_PUBLICITY', 'CLEARED', 'FILED'],
    materials: ['SUBMITTED', 'PRELIM_RECOMMENDED', 'CITY_TO_BE_FILED', 'IN_PUBLICITY', 'CLEARED', 'FILED'],
    medicine: ['SUBMITTED', 'PRELIM_RECOMMENDED', 'CITY_TO_BE_FILED', 'IN_PUBLICITY', 'CONTESTED'],
    equipment: [
      'SUBMITTED',
      'RETURNED',
      'SUBMITTED',
      'PRELIM_RECOMMENDED',
      'CITY_TO_BE_FILED',
      'IN_PUBLICITY',
      'CLEARED',
      'FILED',
    ],
    distillers: ['SUBMITTED', 'PRELIM_REJECTED'],
    electronics: ['SUBMITTED', 'PRELIM_RECOMMENDED', 'CITY_REJECTED'],
  };

  const ofApp = (type: string, appId: string): AnyEventEnvelope[] =>
    probe.received.filter(
      (e) => e.type === type && (e.data as { applicationId?: string }).applicationId === appId,
    );

  beforeAll(async () => {
    // info: every request and every consumed event writes its line, so the personal-data check
    // below reads a full run's logs.
    stack = await E2eStack.start({ label: 'e2e_year', env: { LOG_LEVEL: 'info' } });
    probe = await EventProbe.open(stack.amqpUrl, ['#']);
    year = await stack.step('the filing year', () =>
      runFilingYear({
        urls: {
          intake: stack.baseUrl('intake'),
          review: stack.baseUrl('review'),
          publicity: stack.baseUrl('publicity'),
        },
        tag: stack.run,
      }),
    );
    // Let anything that would arrive twice arrive before counting.
    await new Promise((r) => setTimeout(r, 1_500));
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
  });

  it('ends each application where its story ends, as intake reports it', async () => {
    for (const [key, path] of Object.entries(PATHS)) {
      const a = year.apps[key];
      const view = await ok(
        stack.api('intake', a.token).GET('/api/v1/applications/{id}', { params: { path: { id: a.id } } }),
      );
      expect({ key, status: view.status }).toEqual({ key, status: path[path.length - 1] });
      expect(a.seen.filter((s) => s !== 'DRAFT')).toEqual(path);
    }
    expect(year.apps.equipment.revision).toBe(2);
  });

  it('keeps a timeline of every status change across the services, oldest first', async () => {
    for (const [key, path] of Object.entries(PATHS)) {
      const a = year.apps[key];
      const entries = await allPages((query) =>
        stack
          .api('intake', a.token)
          .GET('/api/v1/applications/{id}/timeline', { params: { path: { id: a.id }, query } }),
      );
      // An objection is noted on the timeline without changing the status (异议).
      const objections = entries.filter((e) => e.eventType === 'publicity.objection.filed.v1');
      expect({ key, objections: objections.length }).toEqual({
        key,
        objections: path.includes('CONTESTED') ? 1 : 0,
      });
      const statuses = entries
        .filter((e) => !objections.includes(e))
        .map((e) => e.status)
        .filter((s) => s !== 'DRAFT');
      expect({ key, statuses }).toEqual({ key, statuses: path });
      // Oldest first by when intake learnt of it: `at` (when it happened) can be earlier than an
      // earlier entry's for IN_PUBLICITY, because the story backdates the first notice's publishedAt.
      const times = entries.map((e) => Date.parse(e.recordedAt));
      expect(times).toEqual([...times].sort((x, y) => x - y));
    }
  });

  it('refuses a consortium with no member outside Luzhou and accepts a justified fifth-member shortfall', () => {
    expect(year.refusedSubmission.status).toBe(422);
    expect(year.refusedSubmission.problem.errors.map((e) => e.rule)).toContain('2.3b');
    const findings: Array<{ rule: string; severity: string }> = year.medicineEligibility.findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.rule)).toContain('2.3a');
  });

  it('refuses a later application led by the unit with a credit finding (5.3a), until the finding is ended', async () => {
    const blocked = year.credit.blocked.findings.filter((f) => f.rule === '5.3a');
    expect(year.credit.blocked.eligible).toBe(false);
    expect(blocked.map((f) => f.path)).toContain('lead.uscc');
    expect(year.credit.afterEnd.findings.map((f) => f.rule)).not.toContain('5.3a');
    const finding = await ok(
      stack
        .api('intake', year.officerToken)
        .GET('/api/v1/credit-findings/{id}', { params: { path: { id: year.credit.findingId } } }),
    );
    expect(finding).toMatchObject({ uscc: year.apps.medicine.leadUscc, active: false });
  });

  it('excludes the expert whose organisation is a member of the consortium from its panel', () => {
    const liquor = year.cityReviews.liquor;
    const li = year.experts.li.id as string;
    expect(liquor.draw!.excluded).toContain(li);
    expect(liquor.panel.map((p: { expertId: string }) => p.expertId)).not.toContain(li);
    expect(liquor.panel).toHaveLength(3);
    expect(year.conflicted?.expert).toBe(li);
    for (const key of ['materials', 'medicine', 'equipment', 'electronics']) {
      expect(year.cityReviews[key].panel.map((p: { expertId: string }) => p.expertId)).not.toContain(
        undefined,
      );
      expect(year.cityReviews[key].aggregate!.scored).toBe(3);
    }
    expect(year.cityReviews.liquor.decision!.decision).toBe('TO_BE_FILED');
    expect(year.cityReviews.electronics.decision!.decision).toBe('REJECT');
  });

  it('keeps each caller to its own unit, jurisdiction and assignment (404, not 403)', async () => {
    const liquor = year.apps.liquor;
    const otherReviewer = stack.api('review', year.reviewerTokens['510504']);
    const wrongJurisdiction = await otherReviewer.POST(
      '/api/v1/preliminary-reviews/{applicationId}/decision',
      {
        params: { path: { applicationId: liquor.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
        body: { decision: 'RECOMMEND', opinion: '越权' },
      },
    );
    expect(wrongJurisdiction.response.status).toBe(404);
    for (const code of ['510502', '510504']) {
      const queue = await ok(
        stack.api('review', year.reviewerTokens[code]).GET('/api/v1/preliminary-reviews'),
      );
      expect({ code, pending: queue.items }).toEqual({ code, pending: [] });
    }
    const li = year.experts.li;
    const excluded = await stack.token({ role: 'expert', sub: li.id, org: li.orgUscc });
    const asExcluded = await stack
      .api('review', excluded)
      .GET('/api/v1/city-reviews/{applicationId}', { params: { path: { applicationId: liquor.id } } });
    expect(asExcluded.response.status).toBe(404);
    const otherApplicant = stack.api('intake', year.apps.materials.token);
    const byId = { params: { path: { id: liquor.id } } };
    expect((await otherApplicant.GET('/api/v1/applications/{id}', byId)).response.status).toBe(404);
    expect((await otherApplicant.GET('/api/v1/applications/{id}/timeline', byId)).response.status).toBe(404);
  });

  it('publishes both notices, clears the expired one and contests the upheld item', async () => {
    const publicity = stack.api('publicity');
    const notice = (id: string) => ok(publicity.GET('/api/v1/notices/{id}', { params: { path: { id } } }));
    const past = await notice(year.notices.past.id);
    expect(past.items.map((i: { status: string }) => i.status)).toEqual(['CLEARED', 'CLEARED', 'CLEARED']);
    expect(Date.parse(past.endsAt)).toBeLessThanOrEqual(Date.now());
    const today = await notice(year.notices.today.id);
    expect(today.status).toBe('OPEN');
    expect(today.items).toEqual([
      expect.objectContaining({
        applicationId: year.apps.medicine.id,
        status: 'CONTESTED',
        objections: { pending: 0, upheld: 1, dismissed: 0 },
      }),
    ]);
    expect(Date.parse(today.endsAt)).toBeGreaterThan(Date.now());

    // The objector quotes the receipt and reads the outcome without login, never anyone's contact.
    expect(year.objection.receiptNo).toMatch(/^YY\d{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const receipt = await ok(
      publicity.GET('/api/v1/objections/receipts/{receiptNo}', {
        params: { path: { receiptNo: year.objection.receiptNo } },
      }),
    );
    expect(receipt).toEqual({
      receiptNo: year.objection.receiptNo,
      status: 'UPHELD',
      resolution: { reason: expect.any(String), resolvedAt: expect.any(String) },
    });
    // Officers see it among every notice's objections, with the contact.
    const all = await ok(
      stack
        .api('publicity', year.officerToken)
        .GET('/api/v1/objections', { params: { query: { noticeId: year.notices.today.id } } }),
    );
    expect(all).toMatchObject({
      total: 1,
      items: [{ id: year.objection.id, contact: { phone: DEMO_OBJECTOR.phone } }],
    });
  });

  it('files the cleared consortia with distinct filing numbers and lists them in the public registry', async () => {
    const registry = await ok(
      stack.api('review').GET('/api/v1/registry', { params: { query: { pageSize: 100 } } }),
    );
    expect(registry.total).toBe(3);
    const numbers = FILED.map((k) => year.consortia[k].filingNumber as string);
    for (const n of numbers) expect(n).toMatch(new RegExp(`^泸创联备〔${year.year}〕\\d{3}号$`));
    expect(new Set(numbers).size).toBe(3);
    for (const k of FILED) {
      const c = await ok(
        stack.api('review').GET('/api/v1/registry/{consortiumId}', {
          params: { path: { consortiumId: year.consortia[k].id } },
        }),
      );
      expect(c).toMatchObject({
        applicationId: year.apps[k].id,
        status: 'ACTIVE',
        filingNumber: year.consortia[k].filingNumber,
        lead: { uscc: year.apps[k].leadUscc },
      });
    }
    const refused = await stack
      .api('review', year.officerToken)
      .POST('/api/v1/filings/{applicationId}/approve', {
        params: {
          path: { applicationId: year.apps.medicine.id },
          header: { 'Idempotency-Key': newIdempotencyKey() },
        },
      });
    expect(refused.response.status).toBe(409);
  });

  it('publishes each event exactly once per application (and revision)', async () => {
    // The procedure is over: whatever arrives during the grace period is a duplicate.
    await waitForExactly('events of the filing year', () => probe.received.length, probe.received.length);
    const counts: Record<string, Record<string, number>> = {};
    for (const [key, a] of Object.entries(year.apps)) {
      counts[key] = {};
      for (const type of [
        'intake.application.submitted.v1',
        'review.preliminary.decided.v1',
        'review.city.decided.v1',
        'publicity.objection.filed.v1',
        'publicity.item.cleared.v1',
        'publicity.item.contested.v1',
        'review.consortium.registered.v1',
      ])
        counts[key][type] = ofApp(type, a.id).length;
    }
    const expected = (
      submitted: number,
      prelim: number,
      city: number,
      objection: number,
      cleared: number,
      contested: number,
      registered: number,
    ) => ({
      'intake.application.submitted.v1': submitted,
      'review.preliminary.decided.v1': prelim,
      'review.city.decided.v1': city,
      'publicity.objection.filed.v1': objection,
      'publicity.item.cleared.v1': cleared,
      'publicity.item.contested.v1': contested,
      'review.consortium.registered.v1': registered,
    });
    expect(counts).toEqual({
      liquor: expected(1, 1, 1, 0, 1, 0, 1),
      materials: expected(1, 1, 1, 0, 1, 0, 1),
      medicine: expected(1, 1, 1, 1, 0, 1, 0),
      equipment: expected(2, 2, 1, 0, 1, 0, 1),
      distillers: expected(1, 1, 0, 0, 0, 0, 0),
      electronics: expected(1, 1, 1, 0, 0, 0, 0),
    });
    const submittedRevisions = ofApp('intake.application.submitted.v1', year.apps.equipment.id).map(
      (e) => (e.data as { revision: number }).revision,
    );
    expect(submittedRevisions.sort()).toEqual([1, 2]);
    const notices = probe.of('publicity.notice.published.v1');
    expect(notices.map((e) => (e.data as { noticeId: string }).noticeId).sort()).toEqual(
      [year.notices.past.id, year.notices.today.id].sort(),
    );
    const ids = probe.received.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    console.log(
      `filing year: ${probe.received.length} events, ` +
        Object.entries(
          probe.received.reduce<Record<string, number>>(
            (m, e) => ({ ...m, [e.type]: (m[e.type] ?? 0) + 1 }),
            {},
          ),
        )
          .map(([t, n]) => `${t}=${n}`)
          .join(' '),
    );
  });

  it('keeps the contacts’ and the objector’s names, phones and e-mails out of every service log', async () => {
    // The year itself sent them all (applications, objection). Add the paths that quote what they got:
    // a malformed message beginning with a contact's details is dead-lettered by review with
    // JSON.parse's reason, which quotes the input; a request with such a body is refused with 400.
    // Checked: with redaction off (redactForLog/redactText returning their input) this test fails on
    // the contact's name quoted in review's dead-letter line.
    await probe.close(); // it would choke on the malformed message
    const c = APPLICATIONS[0].lead.contact;
    const messageId = randomUUID();
    await publishRawTestMessage(
      stack.amqpUrl,
      'intake.application.submitted.v1',
      `${c.name} ${c.phone} ${c.email} ${DEMO_OBJECTOR.name}`,
      messageId,
    );
    const bad = await fetch(
      `${stack.baseUrl('publicity')}/api/v1/notices/${year.notices.today.id}/objections`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"contact": {"name": "${DEMO_OBJECTOR.name}", "phone": "${DEMO_OBJECTOR.phone}"`,
      },
    );
    expect(bad.status).toBe(400);

    const logs = () =>
      readdirSync(stack.logDir)
        .filter((f) => f.endsWith('.log'))
        .map((f) => readFileSync(path.join(stack.logDir, f), 'utf8'))
        .join('\n');
    const deadline = Date.now() + 60_000;
    while (!logs().includes(`dead-lettering ${messageId}`) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    const text = logs();
    expect(text).toContain(`dead-lettering ${messageId}`);
    // The logs are the structured lines of a full run, with their correlation ids.
    const requests = text
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg?: string; correlationId?: string })
      .filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThan(100);
    expect(requests.every((l) => typeof l.correlationId === 'string')).toBe(true);

    const personal = demoPersonalData();
    expect(personal).toContain(c.phone);
    expect(personal.filter((p) => text.includes(p))).toEqual([]);
  });
});
