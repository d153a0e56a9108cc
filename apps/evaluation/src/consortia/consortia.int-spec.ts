import type { Queue } from 'bullmq';
import { deadlineJobId } from '@lz/deadlines';
import { openDeadlineQueue } from '@lz/testing';
import {
  register,
  startEvaluation,
  waitUntil,
  type EvaluationHarness,
} from '../test-support/evaluation-harness';
import { ConsortiaConsumer } from './consortia.consumer';

describe(ConsortiaConsumer.name, () => {
  let h: EvaluationHarness;
  let queue: Queue;
  beforeAll(async () => {
    // The reconciler runs at boot and then hourly: a job present soon after the event was handled was
    // added by the delivery transaction's after-commit hook, not by a reconcile.
    h = await startEvaluation({ DEADLINE_RECONCILE_MS: '3600000' });
    queue = openDeadlineQueue(h.svc, 'evaluation');
  });
  afterAll(async () => {
    await queue.close();
    await h.close();
  });

  // Checked: with the scheduler's afterCommit registration removed, this times out (no job).
  it("adds the delayed jobs of a registered consortium's first cycle right after the delivery commits", async () => {
    const c = await register(h, '2026-03-10');
    const { rows } = await h.db.query<{ id: string; due_at: Date }>(
      'SELECT id, due_at FROM deadline WHERE subject_id = $1 ORDER BY due_at',
      [c.evaluationId],
    );
    expect(rows.map((r) => r.id.split(':')[0])).toEqual(['evaluation.window.open', 'evaluation.window.due']);
    await waitUntil(
      async () => {
        const jobs = await Promise.all(rows.map((r) => queue.getJob(deadlineJobId(r.id, r.due_at))));
        return jobs.every((j) => j !== undefined);
      },
      'both delayed jobs in Redis',
      10_000,
    );
    const states = await Promise.all(
      rows.map(async (r) => (await queue.getJob(deadlineJobId(r.id, r.due_at)))!.getState()),
    );
    expect(states).toEqual(['delayed', 'delayed']);
  });
});
