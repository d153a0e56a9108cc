import fc from 'fast-check';
import { EventProbe, makeUuid, startTestService, type TestService } from '@lz/testing';
import { AppModule } from '../app.module';
import {
  drawPanel as requestPanel,
  officerToken,
  recommend,
  registerExpert,
  submit,
  type CityReviewBody,
} from '../test-support/review-harness';
import { REVIEW } from '../review.definition';
import { drawPanel } from './panel-draw';

jest.setTimeout(120_000);

/**
 * The draw of docs/SPEC.md §3.4 over HTTP, on random consortia and expert pools: a stored draw never holds an
 * expert of the lead's or a member's organisation (回避), and replaying the stored seed over the stored
 * candidates gives the stored order and panel. (The pure draw has its own, larger property test.)
 */
describe(`${drawPanel.name} (stored draws)`, () => {
  let svc: TestService;
  let sink: EventProbe; // stands in for intake, which consumes review.preliminary.decided.v1

  beforeAll(async () => {
    svc = await startTestService(REVIEW, (config, runtime) => AppModule.forRoot(config, runtime));
    sink = await EventProbe.open(svc.config.AMQP_URL, ['review.#']);
  });
  afterAll(async () => {
    await svc.close();
    await sink.close();
  });

  it('never stores a panel with an expert of a member organisation and replays every draw from its seed', async () => {
    const poolEntry = fc.record({
      // whose organisation the expert belongs to: the lead, member i, or an unrelated organisation
      org: fc.oneof(
        fc.constant<'lead' | 'outside' | number>('lead'),
        fc.constant<'outside'>('outside'),
        fc.integer({ min: 0, max: 4 }),
      ),
      alsoOtherField: fc.boolean(),
      inField: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(poolEntry, { maxLength: 9 }),
        fc.integer({ min: 1, max: 4 }),
        async (pool, size) => {
          const field = `领域-${makeUuid().slice(0, 8)}`;
          const otherField = `${field}-其他`;
          const { applicationId, doc } = await submit(svc, { field });
          await recommend(svc, applicationId);
          const conflicted = new Set([doc.lead.uscc, ...doc.members.map((m) => m.uscc)]);
          const registered = [];
          for (const p of pool) {
            const orgUscc =
              p.org === 'lead' ? doc.lead.uscc : p.org === 'outside' ? undefined : doc.members[p.org].uscc;
            const fields = [
              ...(p.inField ? [field] : []),
              ...(p.alsoOtherField || !p.inField ? [otherField] : []),
            ];
            registered.push(await registerExpert(svc, { orgUscc, fields }));
          }
          const eligible = registered.filter((e) => e.fields.includes(field) && !conflicted.has(e.orgUscc));

          const res = await requestPanel(svc, applicationId, size);
          if (eligible.length < size) {
            expect(res).toMatchObject({ status: 409, body: { errors: [{ rule: '3.4', path: 'size' }] } });
            expect((res.body as { detail: string }).detail).toContain(`${size - eligible.length} missing`);
            return;
          }
          expect(res.status).toBe(201);
          // What anyone can read back later, not only the creating response.
          const stored = (
            await svc.request('GET', `/api/v1/city-reviews/${applicationId}`, {
              token: await officerToken(svc),
            })
          ).body as CityReviewBody;
          const draw = stored.draw!;
          const orgOf = new Map(draw.candidates.map((c) => [c.expertId, c.orgUscc]));
          expect(new Set(draw.conflictedOrgs)).toEqual(conflicted);
          for (const id of stored.panel.map((p) => p.expertId)) {
            expect(conflicted.has(orgOf.get(id)!)).toBe(false);
          }
          expect(new Set(draw.panel)).toEqual(new Set(stored.panel.map((p) => p.expertId)));
          expect(draw.panel).toHaveLength(size);
          expect(new Set(draw.order)).toEqual(new Set(eligible.map((e) => e.id)));

          const replay = drawPanel({
            candidates: draw.candidates,
            field: draw.field,
            conflictedOrgs: draw.conflictedOrgs,
            size: draw.size,
            seed: draw.seed,
          });
          expect(replay.order).toEqual(draw.order);
          expect(replay.panel).toEqual(draw.panel);
          expect(replay.excluded).toEqual(draw.excluded);
        },
      ),
      { numRuns: 20 },
    );
  });
});
