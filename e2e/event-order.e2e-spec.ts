import { issueDevToken } from '@lz/auth';
import { makeEnvelope, publishTestEvent } from '@lz/testing';
import { allPages } from '@lz/api-client';
import { E2eStack, eventually, openCall, prepareDraft, submitUntilAccepted, toBeFiled } from './harness';

/**
 * KNOWN FAILURE, kept out of jest.e2e.config.js's match until intake handles it — run it alone with
 *   npx jest -c jest.e2e.config.js --runInBand --testMatch '<rootDir>/e2e/event-order.e2e-spec.ts'
 *
 * A notice recorded with a `publishedAt` whose period is already over (docs/API.md allows it) expires at
 * once: publicity's outbox then holds `publicity.notice.published.v1` and `publicity.item.cleared.v1`
 * for the same item a few milliseconds apart, the relay sends both in one batch, and intake's
 * consumer (prefetch 20) handles them concurrently. When the cleared event takes the application's
 * row lock first, intake sees CITY_TO_BE_FILED → CLEARED, which `canTransition` refuses, and drops
 * the event as 'not-forward' (apps/intake/src/procedure-outcomes/procedure-outcomes.service.ts): the application stays
 * IN_PUBLICITY for ever although publicity cleared it. filing-year.e2e-spec.ts meets this in about
 * one run out of three on a loaded machine; this test makes the order certain by playing publicity.
 */
describe('intake and events that arrive out of order', () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_order' });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('records CLEARED although item.cleared arrives before notice.published', async () => {
    const officer = await issueDevToken({ role: 'officer', sub: 'officer-e2e' });
    const callId = await openCall(stack, officer);
    const draft = await prepareDraft(stack, callId, 'order-1');
    await submitUntilAccepted(stack, draft);
    await toBeFiled(stack, officer, [draft]);
    const timeline = () =>
      allPages((query) =>
        stack
          .api('intake', draft.token)
          .GET('/api/v1/applications/{id}/timeline', { params: { path: { id: draft.id }, query } }),
      );
    await eventually('CITY_TO_BE_FILED in intake', async () =>
      (await timeline()).some((e) => e.status === 'CITY_TO_BE_FILED') ? true : undefined,
    );

    const noticeId = '6f1c2a4e-8a1b-4c59-9a7e-1d2b3c4d5e6f';
    const endsAt = '2026-11-20T00:00:00+08:00';
    await publishTestEvent(
      stack.amqpUrl,
      makeEnvelope('publicity.item.cleared.v1', {
        noticeId,
        applicationId: draft.id,
        endsAt,
        clearedAt: new Date().toISOString(),
        dismissedObjections: 0,
      }),
    );
    await new Promise((r) => setTimeout(r, 500));
    await publishTestEvent(
      stack.amqpUrl,
      makeEnvelope('publicity.notice.published.v1', {
        noticeId,
        publishedAt: '2026-11-12T09:30:00+08:00',
        endsAt,
        items: [
          {
            applicationId: draft.id,
            name: '联合体order-1',
            leadUscc: draft.leadUscc,
            leadName: '泸州示范酒业股份有限公司',
          },
        ],
      }),
    );

    const statuses = await eventually(
      'IN_PUBLICITY and CLEARED in intake',
      async () => {
        const s = (await timeline()).map((e) => e.status);
        return s.includes('CLEARED') ? s : undefined;
      },
      { timeoutMs: 20_000 },
    ).catch(async () => (await timeline()).map((e) => e.status));
    expect(statuses.slice(-2)).toEqual(['IN_PUBLICITY', 'CLEARED']);
  });
});
