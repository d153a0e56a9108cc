import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Clock } from './clock';
import {
  DEADLINE_JOB_DEFAULTS,
  deadlineDelayMs,
  deadlineJobId,
  deadlineJobOptions,
  deadlineJobPayload,
  PERMANENT_FAILURE_MARK,
  type DeadlineJobSettings,
} from './deadline-job';
import { deadlineRepository } from './deadline.repository';
import { DeadlineQueue } from './deadline.queue';
import {
  deadlineId,
  type DeadlineRow,
  type ScheduleDeadlineInput,
  type ScheduledDeadline,
} from './deadline.types';
import { DEADLINES_CLOCK, DEADLINES_OPTIONS, type DeadlinesModuleOptions } from './deadlines.constants';
import { afterCommit, type SqlClient } from '@lz/persistence';

const ENSURE_JOB_TIMEOUT_MS = 2_000;

/** What `ensureJob` found/did in Redis. */
export type EnsureJobResult =
  | 'added' // no job existed: created (delay from the clock)
  | 'present' // the job exists and is waiting/active/delayed
  | 'resynced' // delayed job re-aligned with the clock (changeDelay/promote) — reconciler only
  | 'retried' // job was completed/failed while the row is still PENDING: retried
  | 'not-pending' // the row is FIRED/CANCELLED/missing: nothing to do
  | 'permanent-failure' // the job failed with UnrecoverableError: left failed, visible
  | 'redis-error'; // Redis refused; the reconciler will repair it

/**
 * Schedules deadlines: the row is written in the caller's transaction (the truth); the BullMQ job is
 * derived from the row on that transaction's after-commit hook (libs/persistence), so an HTTP
 * request's and an event handler's new deadline alike get its job right after the commit. If that
 * Redis write is lost — Redis down, the process dies between commit and add, Redis loses its data —
 * the reconciler re-creates it.
 */
@Injectable()
export class DeadlineScheduler {
  private readonly logger = new Logger(DeadlineScheduler.name);
  private readonly kinds: ReadonlySet<string>;
  private readonly settings: DeadlineJobSettings;
  /** Rows scheduled in each open transaction (the last schedule of a row wins), ensured after commit. */
  private readonly scheduledIn = new WeakMap<object, Map<string, ScheduledDeadline>>();

  constructor(
    @Inject(DEADLINES_OPTIONS) private readonly options: DeadlinesModuleOptions,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
    private readonly queue: DeadlineQueue,
  ) {
    this.kinds = new Set(options.kinds);
    this.settings = { ...DEADLINE_JOB_DEFAULTS, ...options.jobs };
  }

  /**
   * Upserts the row `'<kind>:<subjectId>'` in `tx`. A PENDING (or CANCELLED) row is rescheduled to
   * the new due instant; a FIRED row is returned unchanged. Its job is ensured after `tx` commits
   * (`tx` must come from a TransactionRunner of @lz/persistence or a service's PrismaService).
   */
  async schedule(tx: SqlClient, input: ScheduleDeadlineInput): Promise<ScheduledDeadline> {
    if (!this.kinds.has(input.kind)) {
      throw new Error(`Deadline kind "${input.kind}" is not declared for service "${this.options.service}".`);
    }
    if (!input.subjectId) throw new Error('Deadline subjectId is empty.');
    if (!(input.dueAt instanceof Date) || Number.isNaN(input.dueAt.getTime())) {
      throw new Error(`Deadline ${input.kind}:${input.subjectId} has an invalid dueAt.`);
    }
    const scheduled = await deadlineRepository.upsert(tx, {
      id: deadlineId(input.kind, input.subjectId),
      kind: input.kind,
      subjectId: input.subjectId,
      dueAt: input.dueAt,
      provisional: input.provisional ?? false,
    });
    this.ensureAfterCommit(tx).set(scheduled.id, scheduled);
    return scheduled;
  }

  /** PENDING → CANCELLED in `tx`; a job already in Redis will find the row cancelled and skip. */
  cancel(tx: SqlClient, id: string): Promise<boolean> {
    this.scheduledIn.get(tx)?.delete(id);
    return deadlineRepository.cancel(tx, id);
  }

  /** `schedule` in its own transaction; its job is ensured when it commits. */
  scheduleAndCommit(input: ScheduleDeadlineInput): Promise<ScheduledDeadline> {
    return this.options.transactionRunner.transaction((tx) => this.schedule(tx, input));
  }

  /** The rows of `tx` whose jobs its after-commit hook ensures (the hook is registered once). */
  private ensureAfterCommit(tx: SqlClient): Map<string, ScheduledDeadline> {
    let rows = this.scheduledIn.get(tx);
    if (!rows) {
      const created = new Map<string, ScheduledDeadline>();
      afterCommit(tx, async () => {
        for (const row of created.values()) await this.ensureJob(row);
      });
      this.scheduledIn.set(tx, created);
      rows = created;
    }
    return rows;
  }

  /**
   * Makes sure the row's job exists in Redis (run by the scheduling transaction's after-commit hook;
   * also for tools and the reconciler).
   * Accepts the `schedule` result or a row id (then the row is re-read). Never throws for Redis
   * trouble: it logs and returns 'redis-error' — the row is safe and the reconciler repairs it.
   */
  async ensureJob(target: ScheduledDeadline | DeadlineRow | string): Promise<EnsureJobResult> {
    let row: Pick<DeadlineRow, 'id' | 'kind' | 'dueAt' | 'status'> | undefined;
    if (typeof target === 'string') {
      row = await this.options.transactionRunner.transaction((tx) => deadlineRepository.find(tx, target));
    } else {
      row = target;
    }
    if (!row || row.status !== 'PENDING') return 'not-pending';
    let timer: NodeJS.Timeout | undefined;
    try {
      // Bounded: while Redis is unreachable at start-up BullMQ waits for "ready"; a request that
      // scheduled a deadline must not hang on that — the row is committed, the reconciler will add.
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${ENSURE_JOB_TIMEOUT_MS} ms`)),
          ENSURE_JOB_TIMEOUT_MS,
        );
      });
      return await Promise.race([this.ensureJobFor(row, false), timeout]);
    } catch (err) {
      this.logger.warn(
        `deadline ${row.id}: job not ensured (${(err as Error).message}); the reconciler will retry`,
      );
      return 'redis-error';
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Used by `ensureJob` and by the reconciler (`resync = true`: a delayed first-attempt job is
   * re-aligned with the clock, so a clock jump in tests or a skewed producer is corrected).
   */
  async ensureJobFor(
    row: Pick<DeadlineRow, 'id' | 'kind' | 'dueAt'>,
    resync: boolean,
  ): Promise<EnsureJobResult> {
    const queue = this.queue.queue;
    const jobId = deadlineJobId(row.id, row.dueAt);
    const existing = await queue.getJob(jobId);
    if (!existing) {
      const now = this.clock.now();
      await queue.add(
        row.kind,
        deadlineJobPayload(row.id, row.dueAt),
        deadlineJobOptions(row.id, row.dueAt, now, this.settings),
      );
      return 'added';
    }
    const state = await existing.getState();
    if (state === 'completed' || state === 'failed') {
      if (state === 'failed' && existing.failedReason?.includes(PERMANENT_FAILURE_MARK)) {
        return 'permanent-failure';
      }
      // `row` may be older than the job's end: a reconcile pass reads a page of PENDING rows and only
      // then looks at their jobs, and a job that fired its row in between is 'completed' by now. A job
      // completes only after its firing transaction commits, so the row read now tells whether the
      // job is still owed a run; retrying a job that did fire re-ran it for nothing (and its 'fired'
      // became 'skipped' — deadline-reconciler.int-spec, "completed after the pass read its row").
      const current = await this.options.transactionRunner.transaction((tx) =>
        deadlineRepository.find(tx, row.id),
      );
      if (current?.status !== 'PENDING' || current.dueAt.getTime() !== row.dueAt.getTime()) {
        return 'not-pending';
      }
      await existing.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
      this.logger.warn(`deadline ${row.id}: job ${jobId} was ${state} while the row is PENDING; retried`);
      return 'retried';
    }
    if (resync && state === 'delayed' && existing.attemptsMade === 0) {
      const delay = deadlineDelayMs(row.dueAt, this.clock.now());
      if (delay === 0) await existing.promote();
      else await existing.changeDelay(delay);
      return 'resynced';
    }
    return 'present';
  }
}
