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
import { DeadlineHandlerRegistry, type KindHandler } from './deadline-handler.registry';
import { deadlineRepository } from './deadline.repository';
import { DeadlineQueue } from './deadline.queue';
import type { DeadlineBatchHandlerFn, DeadlineJobOutcome, DeadlineRow } from './deadline.types';
import {
  DEADLINES_CLOCK,
  DEADLINES_OPTIONS,
  DEFAULT_BATCH_SIZE,
  DEFAULT_WORKER_CONCURRENCY,
  type DeadlinesModuleOptions,
} from './deadlines.constants';
import { isInfrastructureFailure, type SqlClient } from '@lz/persistence';
import { redisConnectionOptions } from './redis-connection';

/**
 * How many row ids a worker remembers as fired here, or as in a failed batch (a few MB at most).
 * Forgetting costs nothing but speed: a fired row's job then reads the row to skip; a failed
 * batch's row may be taken into a batch again.
 */
const REMEMBERED_MAX = 100_000;

/** Put-back delay while a running batch holds the job's row: 250 ms doubling to 5 s. */
export function busyPutBackDelayMs(putBacks: number): number {
  return Math.min(250 * 2 ** Math.max(0, putBacks - 1), 5_000);
}

/** Put-back delay while the database is down: 0.5 s doubling to 10 s (ARCHITECTURE.md "Outages"). */
export function putBackDelayMs(putBacks: number): number {
  return Math.min(500 * 2 ** Math.max(0, putBacks - 1), 10_000);
}

/**
 * The BullMQ worker of `<service>.deadlines`. For each job it re-reads the row and, only if the row
 * is still PENDING at exactly the job's due instant and that instant has come (per the clock), marks
 * it FIRED with a conditional UPDATE and runs the kind's handler in the SAME transaction — so the
 * effect and the FIRED mark commit together, once, however many jobs fire for the row.
 *
 * A kind with a batch handler (`@OnDeadlines`) fires the rows that are due together several to a
 * transaction: the job takes its own row and up to `batchSize − 1` other due rows of its kind
 * (SKIP LOCKED, so concurrent jobs take disjoint batches), the jobs of rows fired that way skip
 * without a query, and a job whose row a running batch holds comes back shortly (no attempt spent)
 * until that row is decided — fired by the batch, or by this job alone if the batch rolled back.
 */
@Injectable()
export class DeadlineProcessor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeadlineProcessor.name);
  private worker: Worker<DeadlineJobPayload, DeadlineJobOutcome> | undefined;
  /** Jobs put back because the database did not answer, and how many times (this process). */
  private readonly putBacks = new Map<string, number>();
  /** Rows this process committed FIRED in a batch (FIRED is final; bounded, oldest forgotten). */
  private readonly firedHere = new Set<string>();
  /** Jobs put back because a batch held their row, and how many times (this process). */
  private readonly busyPutBacks = new Map<string, number>();
  /** Rows of batches that failed here: later batches leave them to their own jobs (bounded). */
  private readonly batchFailed = new Set<string>();
  private readonly batchSize: number;
  /** The size the next batch may take: `batchSize`, halved after each failed batch, doubled back. */
  private batchLimit: number;

  constructor(
    @Inject(DEADLINES_OPTIONS) private readonly options: DeadlinesModuleOptions,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
    private readonly registry: DeadlineHandlerRegistry,
    private readonly queue: DeadlineQueue,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.batchLimit = this.batchSize;
  }

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
      this.busyPutBacks.delete(key);
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
    // Fired by a batch this process committed: FIRED is final, so the job has nothing to do — and
    // after 1,000 rows due at one instant went in a few batches, the other jobs cost no query.
    if (this.firedHere.has(deadlineId)) return 'skipped';
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
    const batch = handler.batch;
    if (batch && this.batchSize > 1) {
      if (await this.fireBatch(row, batch)) return 'fired';
      if (this.firedHere.has(row.id)) return 'skipped';
      if (token) {
        // This job's row was not in its batch: another firing holds it (a batch running here or in
        // another process), or it failed in this job's batch. Take it alone if it is free; if it
        // is held, come back shortly rather than wait on the lock (a worker slot and a connection
        // per waiting job) — and never complete before the row is decided: the batch holding it
        // may roll back, or its process die, and then this job fires it.
        const key = String(job.id);
        const outcome = await runner.transaction(async (tx) =>
          (await deadlineRepository.lockIfFree(tx, row.id)) ? this.fireOne(tx, row, handler) : 'busy',
        );
        if (outcome !== 'busy') return outcome;
        const n = (this.busyPutBacks.get(key) ?? 0) + 1;
        this.busyPutBacks.set(key, n);
        await job.moveToDelayed(Date.now() + busyPutBackDelayMs(n), token);
        throw new DelayedError();
      }
    }
    // One row, one transaction (the kind has a per-row handler, or batches are off).
    return runner.transaction((tx) => this.fireOne(tx, row, handler));
  }

  /** The per-row transition: the conditional FIRED mark and the handler, in `tx`. */
  private async fireOne(tx: SqlClient, row: DeadlineRow, handler: KindHandler): Promise<DeadlineJobOutcome> {
    const won = await deadlineRepository.markFired(tx, row.id, row.dueAt, this.clock.now());
    if (!won) return 'skipped';
    await handler.one({ ...row, status: 'FIRED' }, tx);
    return 'fired';
  }

  /**
   * Fires this job's row together with up to `batchSize − 1` other rows of its kind that are due,
   * in one transaction (`claimDue` marks them FIRED in one statement, SKIP LOCKED, so concurrent
   * jobs take disjoint batches). Returns whether this job's own row was in a committed batch.
   * A batch that throws rolls back whole; its rows stay PENDING and each one's own job fires it
   * alone (that job is active now, or still queued) — this job goes on to do so for its row. An
   * infrastructure failure is not absorbed: `process` puts the job back.
   */
  private async fireBatch(row: DeadlineRow, batch: DeadlineBatchHandlerFn): Promise<boolean> {
    let claimed: DeadlineRow[];
    let attempted: DeadlineRow[] = [];
    try {
      claimed = await this.options.transactionRunner.transaction(async (tx) => {
        const rows = await deadlineRepository.claimDue(
          tx,
          row.kind,
          row.id,
          this.clock.now(),
          this.batchLimit,
          [...this.batchFailed],
        );
        attempted = rows;
        if (rows.length > 0) await batch(rows, tx);
        return rows;
      });
    } catch (err) {
      if (isInfrastructureFailure(err)) throw err;
      // Later batches leave these rows out, so one failing row cannot sink batch after batch; and
      // they are smaller, in case it was the size (a batch that ran past the transaction timeout).
      for (const r of attempted) remember(this.batchFailed, r.id);
      this.batchLimit = Math.max(1, Math.floor(this.batchLimit / 2));
      this.logger.warn(
        `deadline ${row.id}: a batch of kind ${row.kind} failed (${(err as Error).message}); its rows fire one by one`,
      );
      return false;
    }
    for (const r of claimed) remember(this.firedHere, r.id);
    if (claimed.length >= this.batchLimit) this.batchLimit = Math.min(this.batchSize, this.batchLimit * 2);
    return claimed.length > 0 && claimed[0].id === row.id;
  }
}

/** Adds to a bounded id set; past the bound the oldest half goes (a Set iterates in insertion order). */
function remember(ids: Set<string>, id: string, max = REMEMBERED_MAX): void {
  ids.add(id);
  if (ids.size <= max) return;
  let drop = ids.size - Math.floor(max / 2);
  for (const old of ids) {
    if (drop-- <= 0) break;
    ids.delete(old);
  }
}
