// Test support for the publicity integration specs (not exported, not a spec): boots the service on
// the real servers with a controllable clock, plays the review service, reads the database.
import {
  flushRunPrefix,
  makeEnvelope,
  makeUuid,
  publishTestEvent,
  startServiceHarness,
  type ServiceHarness,
  sleep,
  waitUntil,
} from '@lz/testing';
import { AppModule } from '../app.module';
import { PUBLICITY } from '../publicity.definition';

export type PublicityHarness = ServiceHarness;

export function startPublicity(): Promise<PublicityHarness> {
  return startServiceHarness(PUBLICITY, (c, r) => AppModule.forRoot(c, r));
}

/** Plays the review service: `review.city.decided.v1` for fresh applications; waits until stored. */
export async function seedCandidates(
  h: PublicityHarness,
  count: number,
  decision: 'TO_BE_FILED' | 'REJECT' = 'TO_BE_FILED',
): Promise<string[]> {
  const ids = Array.from({ length: count }, () => makeUuid());
  for (const [i, applicationId] of ids.entries()) {
    await publishTestEvent(
      h.svc.config.AMQP_URL,
      makeEnvelope('review.city.decided.v1', { applicationId, decision, name: `联合体 ${i + 1}` }),
    );
  }
  await waitUntil(async () => {
    const { rows } = await h.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM candidate WHERE application_id = ANY($1::text[])',
      [ids],
    );
    return rows[0].n === count;
  }, `${count} candidates stored`);
  return ids;
}

export { flushRunPrefix };

/** The deadline row of a notice. */
export async function deadlineRow(h: PublicityHarness, noticeId: string) {
  const { rows } = await h.db.query<{
    due_at: Date;
    fired_at: Date | null;
    status: string;
    provisional: boolean;
  }>(`SELECT due_at, fired_at, status, provisional FROM deadline WHERE id = $1`, [
    `publicity.notice.expiry:${noticeId}`,
  ]);
  return rows[0];
}

export { sleep, waitUntil };
