import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Clock } from './clock';
import {
  deadlineDelayMs,
  deadlineJobPayloadSchema,
  PERMANENT_FAILURE_MARK,
  type DeadlineJobPayload,
} from './deadline-job';
import { DeadlineHandlerRegistry } from './deadline-handler.registry';
import { deadlineRepository } from './deadline.repository';
import { DeadlineQueue } from './deadline.queue';
import type { DeadlineJobOutcome } from './deadline.types';
import {
  DEADLINES_CLOCK,
  DEADLINES_OPTIONS,
  DEFAULT_WORKER_CONCURRENCY,
  type DeadlinesModuleOptions,
} from './deadlines.constants';
import { isInfrastructureFailure } from '@lz/persistence';
import { redisConnectionOptions } from './redis-connection';

/** Put-back delay while the database is down: 0.5 s doubling to 10 s (ARCHITECTURE.md "Outages"). */
export function putBackDelayMs(putBacks: number): number {
  return Math.min(500 * 2 ** Math.max(0, putBacks - 1), 10_000);
}

/**
 * The BullMQ worker of `<service>.deadlines`. For each job it re-reads the row and, only if the row
 * is still PENDING at exactly the job's due instant and that instant has come (per the clock), marks
 * it FIRED with a conditional UPDATE and runs the kind's handler in the SAME transaction — so the
 * effect and the FIRED mark commit together, once, however many jobs fire for the row.
 */
@Injectable()
export class DeadlineProcessor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeadlineProcessor.name);
  private worker: Worker<DeadlineJobPayload, DeadlineJobOutcome> | undefined;
  /** Jobs put back because the database did not answer, and how many times (this process). */
  private readonly putBacks = new Map<string, number>();

  constructor(
    @Inject(DEADLINES_OPTIONS) private readonly options: DeadlinesModuleOptions,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
    private readonly registry: DeadlineHandlerRegistry,
    private readonly queue: DeadlineQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker<DeadlineJobPayload, DeadlineJobOutcome>(
      this.queue.name,
      (job, token) => this.process(job, token),
      {
        connection: redisConnectionOptions(this.options.redis.url, 'worker'),
        prefix: this.queue.prefix,
        concurrency: this.options.concurrency ?? DEFAULT_WORKER_CONCURRENCY,
      },
    );
    this.worker.on('error', (err) => this.logger.warn(`worker ${this.queue.name}: ${err.message}`));
    this.worker.on('failed', (job, err) =>
      this.logger.warn(
        `deadline job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message}`,
      ),
    );
  }

  async onModuleDestroy(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.close();
  }

  /**
   * Processes one job. Exposed for tests; BullMQ calls it through the worker. When the database does
   * not answer the job goes back to delayed with `DelayedError`, which spends none of its attempts:
   * an outage of any length never fails a deadline job.
   */
  async process(job: Job<DeadlineJobPayload>, token?: string): Promise<DeadlineJobOutcome> {
    const key = String(job.id);
    try {
      const outcome = await this.fire(job, token);
      this.putBacks.delete(key);
      return outcome;
    } catch (err) {
      if (!token || !isInfrastructureFailure(err)) throw err;
      const n = (this.putBacks.get(key) ?? 0) + 1;
      this.putBacks.set(key, n);
      const delay = putBackDelayMs(n);
      this.logger.warn(
        `deadline job ${key}: database unavailable (${(err as Error).message}); put back for ${delay} ms, no attempt spent`,
      );
      await job.moveToDelayed(Date.now() + delay, token);
      throw new DelayedError();
    }
  }

  private async fire(job: Job<DeadlineJobPayload>, token?: string): Promise<DeadlineJobOutcome> {
    const parsed = deadlineJobPayloadSchema.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(
        `${PERMANENT_FAILURE_MARK} job ${job.id} has an invalid payload: ${parsed.error.message}`,
      );
    }
    const { deadlineId, dueAtMs } = parsed.data;
    const runner = this.options.transactionRunner;

    const row = await runner.transaction((tx) => deadlineRepository.find(tx, deadlineId));
    if (!row || row.status !== 'PENDING' || row.dueAt.getTime() !== dueAtMs) return 'skipped';

    const early = deadlineDelayMs(row.dueAt, this.clock.now());
    if (early > 0) {
      // Not due yet per the clock (a producer with a skewed clock, or the clock was moved back):
      // put this same job back to sleep for the remainder instead of completing it, so it still
      // fires at the due instant and the reconciler has nothing to repair.
      if (!token) return 'skipped';
      await job.moveToDelayed(Date.now() + early, token);
      throw new DelayedError();
    }

    const handler = this.registry.get(row.kind);
    if (!handler) {
      throw new UnrecoverableError(
        `${PERMANENT_FAILURE_MARK} deadline ${row.id}: no handler for kind "${row.kind}"`,
      );
    }
    return runner.transaction(async (tx) => {
      const won = await deadlineRepository.markFired(tx, row.id, row.dueAt, this.clock.now());
      if (!won) return 'skipped';
      await handler({ ...row, status: 'FIRED' }, tx);
      return 'fired';
    });
  }
}
