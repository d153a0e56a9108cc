import fc from 'fast-check';
import { makeApplicationDocument, makeUscc } from '@lz/testing';
import { applicant, bootIntake, openCall, type IntakeHarness } from '../test-support/intake-harness';
import { ApplicationsController } from './applications.controller';

/** Where a mutation may strike in the document (existing keys, nested ones, and unknown ones). */
const PATHS = [
  [],
  ['callId'],
  ['name'],
  ['field'],
  ['jurisdictionCode'],
  ['lead'],
  ['lead', 'uscc'],
  ['lead', 'kind'],
  ['lead', 'districtCode'],
  ['lead', 'contact'],
  ['lead', 'contact', 'email'],
  ['lead', 'contact', 'phone'],
  ['leadInfluence'],
  ['members'],
  ['members', '0'],
  ['members', '0', 'uscc'],
  ['members', '1', 'inLuzhou'],
  ['members', '2', 'contribution', 'fundsFen'],
  ['members', '3', 'contribution'],
  ['goals', 'coreTasks'],
  ['goals', 'plan', 'startsOn'],
  ['goals', 'plan', 'milestones', '0', 'dueOn'],
  ['goals', 'funding', 'totalFen'],
  ['goals', 'funding', 'sources', '0', 'amountFen'],
  ['governance', 'council'],
  ['governance', 'management'],
  ['justifications'],
  ['justifications', '2.3a'],
  ['justifications', '9.9'],
  ['commitment', 'attestedAt'],
  ['commitment', 'attachmentId'],
  ['unknownField'],
  ['__proto__'],
  ['constructor'],
] as const;

const nasty = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 5, withNullPrototype: true }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 30_000 }).map((s) => s.padEnd(30_000, '长')),
  fc.constantFrom(
    null,
    '',
    ' ',
    '\u0000',
    '\ud800',
    -1,
    0.5,
    2 ** 53,
    1e308,
    -0,
    true,
    [],
    {},
    '2025-02-30',
    '2025-01-01T00:00:00',
    '91110000600037341L',
    'ENTERPRISE',
    "'; DROP TABLE application; --",
    '<script>alert(1)</script>',
  ),
);

type Mutation =
  { path: readonly string[]; op: 'set'; value: unknown } | { path: readonly string[]; op: 'delete' };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ path: fc.constantFrom(...PATHS), op: fc.constant('set' as const), value: nasty }),
  fc.record({ path: fc.constantFrom(...PATHS), op: fc.constant('delete' as const) }),
);

/** One fuzz body: a document with 0–3 mutations, or raw text that may not even be JSON. */
const fuzzBody = fc.oneof(
  { weight: 8, arbitrary: fc.array(mutation, { maxLength: 3 }).map((ms) => ({ kind: 'doc' as const, ms })) },
  { weight: 1, arbitrary: fc.oneof(fc.string(), fc.json()).map((raw) => ({ kind: 'raw' as const, raw })) },
);
type FuzzBody = typeof fuzzBody extends fc.Arbitrary<infer T> ? T : never;

function mutate(doc: Record<string, unknown>, ms: readonly Mutation[]): unknown {
  let root: unknown = structuredClone(doc);
  for (const m of ms) {
    if (m.path.length === 0) {
      if (m.op === 'set') root = m.value;
      continue;
    }
    let parent = root as Record<string, unknown> | null;
    for (const k of m.path.slice(0, -1)) {
      parent = parent && typeof parent === 'object' ? (parent[k] as Record<string, unknown>) : null;
    }
    if (!parent || typeof parent !== 'object') continue;
    const last = m.path[m.path.length - 1];
    if (m.op === 'delete') delete parent[last];
    else
      Object.defineProperty(parent, last, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return root;
}

const serialize = (b: FuzzBody, doc: Record<string, unknown>) =>
  b.kind === 'raw' ? b.raw : (JSON.stringify(mutate(doc, b.ms)) ?? 'undefined');

describe(`${ApplicationsController.name} (fuzz)`, () => {
  let h: IntakeHarness;
  let db: IntakeHarness['db'];
  let callId: string;
  beforeAll(async () => {
    h = await bootIntake();
    callId = await openCall(h);
    db = h.db;
  }, 60_000);
  afterAll(() => h?.close(), 30_000);

  const count = async (table: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

  it('answers ≥ 1,000 create/replace bodies without a 5xx, and writes nothing for a refused one', async () => {
    const owner = await applicant(h, 'fuzz-owner');
    const ownerDoc = makeApplicationDocument({ callId }, { seed: 'fuzz-owner', leadUscc: owner.uscc });
    const created = await h.svc.request('POST', '/api/v1/applications', {
      token: owner.token,
      body: ownerDoc,
    });
    expect(created.status).toBe(201);
    const targetId = (created.body as { id: string }).id;

    const applicationsBefore = await count('application');
    const auditBefore = await count('audit_log');
    let bodies = 0;
    let createdOk = 0;
    let replacedOk = 0;
    const acceptedDocs: unknown[] = [(created.body as { document: unknown }).document];
    const statuses = new Map<number, number>();

    await fc.assert(
      fc.asyncProperty(
        fc.array(fuzzBody, { minLength: 20, maxLength: 20 }),
        fc.boolean(),
        async (batch, asCreate) => {
          const results = await Promise.all(
            batch.map(async (b, i) => {
              if (asCreate) {
                // Each create by a fresh unit (C.1 would refuse a second open draft of the same lead).
                const uscc = makeUscc();
                const token = await h.svc.token({ role: 'applicant', uscc, sub: `fuzz-${uscc}` });
                const doc = makeApplicationDocument({ callId }, { seed: `f${i}`, leadUscc: uscc });
                const res = await h.svc.request('POST', '/api/v1/applications', {
                  token,
                  body: serialize(b, doc as never),
                  headers: { 'content-type': 'application/json' },
                });
                let own: unknown[] = [];
                if (res.status !== 201) {
                  own = (
                    (await h.svc.request('GET', '/api/v1/applications', { token })).body as {
                      items: unknown[];
                    }
                  ).items;
                }
                return { res, own, create: true };
              }
              const res = await h.svc.request('PUT', `/api/v1/applications/${targetId}`, {
                token: owner.token,
                body: serialize(b, ownerDoc as never),
                headers: { 'content-type': 'application/json' },
              });
              return { res, own: [], create: false };
            }),
          );
          for (const { res, own, create } of results) {
            bodies++;
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            expect(res.status).toBeLessThan(500);
            expect(
              res.status === 200 ||
                res.status === 201 ||
                res.headers.get('content-type')?.includes('application/problem+json'),
            ).toBe(true);
            if (create && res.status === 201) createdOk++;
            else if (create) expect(own).toEqual([]);
            if (!create && res.status === 200) {
              replacedOk++;
              acceptedDocs.push((res.body as { document: unknown }).document);
            }
          }
        },
      ),
      { numRuns: 52, seed: 20261127, endOnFailure: true },
    );

    expect(bodies).toBeGreaterThanOrEqual(1000);
    // Nothing written for a refused body: rows and audit entries match the accepted ones exactly.
    expect(await count('application')).toBe(applicationsBefore + createdOk);
    expect(await count('audit_log')).toBe(auditBefore + createdOk + replacedOk);
    const final = await h.svc.request('GET', `/api/v1/applications/${targetId}`, { token: owner.token });
    expect(acceptedDocs).toContainEqual((final.body as { document: unknown }).document);
    // The fuzz reached both sides: some bodies were accepted and many refused.
    expect(statuses.get(400) ?? 0).toBeGreaterThan(100);
  }, 300_000); // 1,000 requests: a safety net on a loaded 2-core machine, not a speed check
});
