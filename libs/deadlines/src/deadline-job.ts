import type { JobsOptions } from 'bullmq';
import { z } from 'zod';

/**
 * The ONE place that decides how a deadline becomes a BullMQ job: queue name, job id, delay,
 * attempts, back-off and retention (docs/STYLE.md "Jobs and deadlines").
 */

export const DEADLINE_JOB_DEFAULTS = {
  attempts: 5,
  /** Exponential: 1 s, 2 s, 4 s, 8 s between attempts. */
  backoffMs: 1_000,
  /** Completed jobs are kept for a day, at most 1,000 of them; failed jobs are always kept. */
  keepCompletedAgeS: 24 * 3600,
  keepCompletedCount: 1_000,
} as const;

export type DeadlineJobSettings = {
  attempts: number;
  backoffMs: number;
};

/** `<service>.deadlines` — BullMQ queue names may not contain ':'. */
export function deadlineQueueName(service: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(service)) {
    throw new Error(`Deadline service name "${service}" must be lowercase letters, digits or '-'.`);
  }
  return `${service}.deadlines`;
}

/**
 * Job id = row id + due instant: `<id with ':' → '__'>@<dueAtMs>`.
 *
 * - BullMQ 6 rejects custom job ids containing ':' (unless they have exactly three ':'-segments,
 *   a legacy repeat-job form — see `Job.addJob` in bullmq/dist), and our row ids are
 *   `'<kind>:<subjectId>'`, so ':' is encoded as '__'. The encoding is never decoded: the payload
 *   carries the real row id.
 * - The due instant in the id makes a rescheduled row get a NEW job; the old job then finds the
 *   row's due_at changed and skips. Adding the same (row, due instant) twice is a no-op in BullMQ
 *   (an existing job id is not added again), which makes `ensureJob` and the reconciler idempotent.
 */
export function deadlineJobId(deadlineId: string, dueAt: Date): string {
  const ms = dueAt.getTime();
  if (!Number.isFinite(ms)) throw new Error(`Deadline ${deadlineId} has an invalid due instant.`);
  return `${deadlineId.replaceAll(':', '__')}@${ms}`;
}

/** Milliseconds from `now` until `dueAt`, never negative (an overdue deadline fires at once). */
export function deadlineDelayMs(dueAt: Date, now: Date): number {
  return Math.max(0, Math.ceil(dueAt.getTime() - now.getTime()));
}

/**
 * Job payload: ids only. `dueAtMs` is the due instant this job was created for (it is also in the
 * job id); the worker compares it with the row's current due_at to recognise a stale job.
 */
export const deadlineJobPayloadSchema = z.strictObject({
  deadlineId: z.string().min(1),
  dueAtMs: z.number().int(),
});
export type DeadlineJobPayload = z.infer<typeof deadlineJobPayloadSchema>;

export function deadlineJobPayload(deadlineId: string, dueAt: Date): DeadlineJobPayload {
  return { deadlineId, dueAtMs: dueAt.getTime() };
}

export function deadlineJobOptions(
  deadlineId: string,
  dueAt: Date,
  now: Date,
  settings: DeadlineJobSettings = DEADLINE_JOB_DEFAULTS,
): JobsOptions {
  return {
    jobId: deadlineJobId(deadlineId, dueAt),
    delay: deadlineDelayMs(dueAt, now),
    attempts: settings.attempts,
    backoff: { type: 'exponential', delay: settings.backoffMs },
    removeOnComplete: {
      age: DEADLINE_JOB_DEFAULTS.keepCompletedAgeS,
      count: DEADLINE_JOB_DEFAULTS.keepCompletedCount,
    },
    removeOnFail: false,
  };
}

/** Marks an UnrecoverableError message, so the reconciler does not retry a permanent failure. */
export const PERMANENT_FAILURE_MARK = '[deadline:permanent]';
