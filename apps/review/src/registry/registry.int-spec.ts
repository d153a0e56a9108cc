import { shanghaiDateOf, yearOf } from '@lz/calendar';
import {
  waitForAuditChain,
  EventProbe,
  expectListEndpoint,
  makeEnvelope,
  makeUscc,
  makeUuid,
  type TestService,
  startServiceHarness,
  type ServiceHarness,
} from '@lz/testing';
import { AppModule } from '../app.module';
import {
  auditRows,
  officerToken,
  prismaOf,
  publishCleared,
  publishHandled,
  submit,
  toBeFiled,
  waitForStatus,
} from '../test-support/review-harness';
import { REVIEW } from '../review.definition';
import { parseFilingNumber } from './filing-number';
import { RegistryController } from './registry.controller';

jest.setTimeout(90_000);

interface ConsortiumBody {
  id: string;
  applicationId: string;
  filingNumber: string;
  filedOn: string;
  status: string;
  lead: { uscc: string; name: string };
  members: Array<{ uscc: string; name: string }>;
}

describe(RegistryController.name, () => {
  let svc: TestService;
  let probe: EventProbe;

  let harness: ServiceHarness;

  beforeAll(async () => {
    harness = await startServiceHarness(REVIEW, (config, runtime) => AppModule.forRoot(config, runtime));
    ({ svc, probe } = harness);
  });
  afterAll(() => harness.close());

  const approve = async (applicationId: string, headers?: Record<string, string>) =>
    svc.request('POST', `/api/v1/filings/${applicationId}/approve`, {
      token: await officerToken(svc),
      headers,
    });

  const outboxCount = (type: string, key: string, value: string) =>
    prismaOf(svc).outboxEvent.count({ where: { type, envelope: { path: ['data', key], equals: value } } });

  it('refuses to approve an item that has not cleared publicity (409, 3.6)', async () => {
    const { applicationId } = await toBeFiled(svc);
    const res = await approve(applicationId);
    expect(res).toMatchObject({ status: 409, body: { errors: [{ rule: '3.6' }] } });
    expect((res.body as { detail: string }).detail).toContain('CITY_TO_BE_FILED');
    const submitted = await submit(svc);
    expect((await approve(submitted.applicationId)).status).toBe(409);
    expect((await approve('no-such-application')).status).toBe(404);
    expect(await prismaOf(svc).consortium.count({ where: { applicationId } })).toBe(0);
  });

  it('files a cleared item: filing number, public registry entry, one review.consortium.registered.v1', async () => {
    const { applicationId, doc } = await toBeFiled(svc);
    await publishCleared(svc, applicationId);
    await waitForStatus(svc, applicationId, 'CLEARED');

    const res = await approve(applicationId);
    expect(res.status).toBe(201);
    const c = res.body as ConsortiumBody;
    const year = yearOf(shanghaiDateOf(new Date()));
    expect(parseFilingNumber(c.filingNumber)).toEqual({ year, sequence: expect.any(Number) });
    expect(c).toMatchObject({
      applicationId,
      status: 'ACTIVE',
      lead: { uscc: doc.lead.uscc, name: doc.lead.name },
      members: doc.members.map(({ uscc, name }) => ({ uscc, name })),
    });

    const twice = await approve(applicationId);
    expect(twice).toMatchObject({ status: 409, body: { errors: [{ rule: '3.6' }] } });

    const [event] = await probe.waitFor(
      (e) => e.type === 'review.consortium.registered.v1' && e.data.applicationId === applicationId,
    );
    expect(event.data).toMatchObject({
      consortiumId: c.id,
      filingNumber: c.filingNumber,
      filedOn: c.filedOn,
      leadUscc: doc.lead.uscc,
      jurisdictionCode: '510502',
    });
    expect(await outboxCount('review.consortium.registered.v1', 'applicationId', applicationId)).toBe(1);

    // Public: no token.
    const list = await svc.request('GET', '/api/v1/registry?pageSize=100');
    expect(list.status).toBe(200);
    expect((list.body as { items: ConsortiumBody[] }).items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: c.id, filingNumber: c.filingNumber })]),
    );
    const detail = await svc.request('GET', `/api/v1/registry/${c.id}`);
    expect(detail).toMatchObject({ status: 200, body: { id: c.id, status: 'ACTIVE', field: doc.field } });
    expect((await svc.request('GET', `/api/v1/registry/${makeUuid()}`)).status).toBe(404);
    expect((await svc.request('GET', '/api/v1/registry/not-a-uuid')).status).toBe(404);
    expect((await svc.request('GET', '/api/v1/registry?pageSize=1000')).status).toBe(400);

    expect(await auditRows(svc, applicationId, 'filing.approved')).toHaveLength(1);
    expect(await auditRows(svc, applicationId, 'filing.cleared')).toHaveLength(1);
    expect(await waitForAuditChain(prismaOf(svc))).toMatchObject({ ok: true, unchained: 0 });
  });

  it('replays an approval retried with the same Idempotency-Key', async () => {
    const { applicationId } = await toBeFiled(svc);
    await publishCleared(svc, applicationId);
    await waitForStatus(svc, applicationId, 'CLEARED');
    const key = makeUuid();
    const first = await approve(applicationId, { 'idempotency-key': key });
    const retry = await approve(applicationId, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(retry).toMatchObject({ status: 201, body: first.body as object });
    expect(await prismaOf(svc).consortium.count({ where: { applicationId } })).toBe(1);
  });

  it('ends a contested item: never filed, a later "cleared" is ignored', async () => {
    const { applicationId } = await toBeFiled(svc);
    await publishHandled(
      svc,
      makeEnvelope('publicity.item.contested.v1', { applicationId, noticeId: 'notice-1' }),
    );
    await waitForStatus(svc, applicationId, 'CONTESTED');
    await publishCleared(svc, applicationId); // handled (inbox row), and ignored
    expect((await prismaOf(svc).reviewCase.findUnique({ where: { applicationId } }))?.status).toBe(
      'CONTESTED',
    );
    expect(await approve(applicationId)).toMatchObject({ status: 409, body: { errors: [{ rule: '3.6' }] } });
    expect(await auditRows(svc, applicationId, 'filing.contested')).toHaveLength(1);
  });

  it('gives 50 concurrent approvals in one year 50 distinct consecutive filing numbers', async () => {
    // 50 items at CITY_TO_BE_FILED, seeded in review's own tables (the HTTP path to that state is
    // covered above), then cleared through publicity's event like any other.
    const prisma = prismaOf(svc);
    const ids = Array.from({ length: 50 }, () => makeUuid());
    await prisma.reviewCase.createMany({
      data: ids.map((applicationId, i) => ({
        applicationId,
        revision: 1,
        callId: 'call-2026',
        policyVersion: 'lz-2024-draft',
        name: `并发联合体${i}`,
        field: '白酒酿造',
        jurisdictionCode: '510502',
        leadUscc: makeUscc(),
        leadName: `牵头企业${i}`,
        members: [],
        submittedAt: new Date(),
        status: 'CITY_TO_BE_FILED',
      })),
    });
    await Promise.all(ids.map((id) => publishCleared(svc, id)));
    for (const id of ids) await waitForStatus(svc, id, 'CLEARED');

    const year = yearOf(shanghaiDateOf(new Date()));
    const before = (await prisma.filingCounter.findUnique({ where: { year } }))?.lastSequence ?? 0;
    const results = await Promise.all(ids.map((id) => approve(id)));
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 201));
    const numbers = results.map((r) => (r.body as ConsortiumBody).filingNumber);
    expect(new Set(numbers).size).toBe(50);
    const sequences = numbers
      .map((n) => parseFilingNumber(n)!)
      .map((p) => {
        expect(p.year).toBe(year);
        return p.sequence;
      });
    expect(sequences.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => before + i + 1));

    await probe.waitFor(
      (e) => e.type === 'review.consortium.registered.v1' && ids.includes(e.data.applicationId),
      { count: 50 },
    );
    for (const id of ids) {
      expect(await outboxCount('review.consortium.registered.v1', 'applicationId', id)).toBe(1);
    }
    expect(await waitForAuditChain(prisma)).toMatchObject({ ok: true, unchained: 0 });
  });

  it('delists on evaluation.delisting.decided.v1 and publishes review.consortium.delisted.v1 once', async () => {
    const { applicationId, doc } = await toBeFiled(svc);
    await publishCleared(svc, applicationId);
    await waitForStatus(svc, applicationId, 'CLEARED');
    const c = (await approve(applicationId)).body as ConsortiumBody;

    const delisting = () =>
      publishHandled(
        svc,
        makeEnvelope('evaluation.delisting.decided.v1', { consortiumId: c.id, reason: '连续两次评估不合格' }),
      );
    await delisting();
    const [event] = await probe.waitFor(
      (e) => e.type === 'review.consortium.delisted.v1' && e.data.consortiumId === c.id,
    );
    expect(event.data).toMatchObject({
      consortiumId: c.id,
      filingNumber: c.filingNumber,
      leadUscc: doc.lead.uscc,
      rule: '5.2c',
      reason: '连续两次评估不合格',
    });
    const detail = await svc.request('GET', `/api/v1/registry/${c.id}`);
    expect(detail.body).toMatchObject({ status: 'DELISTED', delistedAt: expect.any(String) });
    const delistedOnly = await svc.request('GET', '/api/v1/registry?status=DELISTED');
    expect((delistedOnly.body as { items: ConsortiumBody[] }).items.map((i) => i.id)).toEqual([c.id]);

    // A second decision (another event id) changes nothing; an unknown consortium is ignored.
    await delisting();
    await publishHandled(svc, makeEnvelope('evaluation.delisting.decided.v1', { consortiumId: makeUuid() }));
    expect(await outboxCount('review.consortium.delisted.v1', 'consortiumId', c.id)).toBe(1);
    expect(await auditRows(svc, c.id, 'consortium.delisted')).toHaveLength(1);
  });

  it('lists the registry by the list convention: filing order, filters by field, jurisdiction, status, q', async () => {
    const tag = `T${makeUuid().slice(0, 6)}`;
    const filed: Array<{ id: string; filingNumber: string; applicationId: string; field: string }> = [];
    const cases = [
      { jurisdictionCode: '510521' as const, name: `${tag} 泸县智能装备创新联合体`, field: `${tag}-装备` },
      {
        jurisdictionCode: '510522' as const,
        name: `${tag} 合江荔枝精深加工创新联合体`,
        field: `${tag}-食品`,
      },
      { jurisdictionCode: '510521' as const, name: `${tag} 泸县新材料创新联合体`, field: `${tag}-装备` },
    ];
    for (const o of cases) {
      // toBeFiled registers one expert for the field; a second case of it would draw the first's.
      const { applicationId } = await toBeFiled(svc, { ...o, field: `${o.field}${filed.length}` });
      await publishCleared(svc, applicationId);
      await waitForStatus(svc, applicationId, 'CLEARED');
      const c = (await approve(applicationId)).body as {
        id: string;
        filingNumber: string;
        applicationId: string;
      };
      filed.push({ ...c, field: `${o.field}${filed.length}` });
    }
    await expectListEndpoint(svc, '/api/v1/registry');

    const ids = async (query: string) =>
      ((await svc.request('GET', `/api/v1/registry${query}`)).body as { items: ConsortiumBody[] }).items.map(
        (c) => c.id,
      );
    const mine = `q=${tag}`;
    expect(await ids(`?${mine}`)).toEqual(filed.map((c) => c.id)); // filing order
    expect(await ids(`?${mine}&sort=-filingNumber`)).toEqual(filed.map((c) => c.id).reverse());
    expect(await ids(`?${mine}&jurisdictionCode=510521`)).toEqual([filed[0].id, filed[2].id]);
    expect(await ids(`?field=${encodeURIComponent(filed[1].field)}`)).toEqual([filed[1].id]);
    expect(await ids(`?${mine}&status=DELISTED`)).toEqual([]);
    expect(await ids(`?${mine}&status=ACTIVE`)).toHaveLength(3);
    expect(await ids(`?q=${encodeURIComponent(`${tag} 合江荔枝`)}`)).toEqual([filed[1].id]);
    expect(await ids(`?q=${encodeURIComponent(filed[2].filingNumber)}`)).toEqual([filed[2].id]);
    const lead = ((await svc.request('GET', `/api/v1/registry/${filed[0].id}`)).body as ConsortiumBody).lead
      .uscc;
    expect(await ids(`?q=${lead.toLowerCase()}`)).toEqual([filed[0].id]);
    expect([...(await ids(`?${mine}&pageSize=2`)), ...(await ids(`?${mine}&pageSize=2&page=2`))]).toEqual(
      filed.map((c) => c.id),
    );
    const page = await svc.request('GET', `/api/v1/registry?${mine}&pageSize=2&page=2`);
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
  });
});
