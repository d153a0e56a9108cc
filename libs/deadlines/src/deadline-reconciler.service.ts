import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Clock } from './clock';
import { deadlineDelayMs, deadlineJobId } from './deadline-job';
import { deadlineRepository } from './deadline.repository';
import type { DeadlineRow } from './deadline.types';
import { DeadlineQueue } from './deadline.queue';
import { DeadlineScheduler, type EnsureJobResult } from './deadline-scheduler.service';
import {
  DEADLINES_CLOCK,
  DEADLINES_OPTIONS,
  DEFAULT_RECONCILE_EVERY_MS,
  type DeadlinesModuleOptions,
} from './deadlines.constants';

export type ReconcileReport = Record<EnsureJobResult, number> & { rows: number };

const PAGE = 500;
const PARALLEL = 25;
/**
 * A delayed job due to be promoted within this many ms of the instant its row's due time maps to
 * (by the clock) is left alone. Jobs are made with that very delay, so in steady state all are;
 * a clock jump or a put-back moves a job by far more.
 */
const ALIGNED_WITHIN_MS = 50;
/** BullMQ's delayed-set score: promotion instant (ms) × 0x1000 + a 12-bit counter. */
const DELAYED_SCORE_MS = 0x1000;

/** The part of the ioredis client the reconciler uses (BullMQ's backend client). */
interface ScoreClient {
  zmscore(key: string, ...members: string[]): Promise<(string | null)[]>;
}

/**
 * Re-derives jobs from rows, at boot and every `reconcileEveryMs`: for every PENDING row, the job
 * `<id>@<dueAtMs>` is added if missing (overdue rows get delay 0 and fire at once), retried if it
 * finished while the row is still PENDING, and re-aligned with the clock if delayed. Redis may lose
 * everything (it runs without persistence here); no deadline is lost because the row is the truth.
 */
@Injectable()
export class DeadlineReconciler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeadlineReconciler.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<ReconcileReport> | undefined;
  private stopped = false;

  constructor(
    @Inject(DEADLINES_OPTIONS) private readonly options: DeadlinesModuleOptions,
    private readonly scheduler: DeadlineScheduler,
    private readonly queue: DeadlineQueue,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    void this.tick();
    this.reconcileOnReconnect();
  }

  /**
   * Redis back after an outage (or a restart that lost every key): reconcile at once rather than
   * at the next interval, so no deadline waits up to a minute for its job to be re-created.
   */
  private reconcileOnReconnect(): void {
    this.queue.onReconnect(() => {
      if (this.stopped) return;
      this.logger.log('Redis is back: reconciling deadlines now');
      const previous = this.running?.catch(() => undefined) ?? Promise.resolve();
      void previous.then(() =>
        this.reconcileNow().catch((err: Error) =>
          this.logger.warn(`reconcile after reconnect failed: ${err.message}`),
        ),
      );
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Runs one pass now (or joins the pass in progress). */
  reconcileNow(): Promise<ReconcileReport> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async tick(): Promise<void> {
    try {
      const r = await this.reconcileNow();
      if (r.added + r.retried > 0) {
        this.logger.log(`reconciled ${r.rows} pending deadlines: added=${r.added} retried=${r.retried}`);
      }
    } catch (err) {
      this.logger.warn(`reconcile pass failed: ${(err as Error).message}`);
    }
    if (!this.stopped) {
      this.timer = setTimeout(
        () => void this.tick(),
        this.options.reconcileEveryMs ?? DEFAULT_RECONCILE_EVERY_MS,
      );
      this.timer.unref();
    }
  }

  private async pass(): Promise<ReconcileReport> {
    const report: ReconcileReport = {
      rows: 0,
      added: 0,
      present: 0,
      resynced: 0,
      retried: 0,
      'not-pending': 0,
      'permanent-failure': 0,
      'redis-error': 0,
    };
    const runner = this.options.transactionRunner;
    let after: string | null = null;
    for (;;) {
      const cursor: string | null = after;
      const rows: DeadlineRow[] = await runner.transaction((tx) =>
        deadlineRepository.pendingPage(tx, cursor, PAGE),
      );
      const rest = await this.unlessAligned(rows, report);
      for (let i = 0; i < rest.length && !this.stopped; i += PARALLEL) {
        const results = await Promise.all(
          rest.slice(i, i + PARALLEL).map((row) =>
            this.scheduler.ensureJobFor(row, true).catch((err: Error): EnsureJobResult => {
              this.logger.warn(`deadline ${row.id}: reconcile failed (${err.message})`);
              return 'redis-error';
            }),
          ),
        );
        for (const r of results) report[r] += 1;
      }
      report.rows += rows.length;
      if (rows.length < PAGE || this.stopped) break;
      after = rows[rows.length - 1].id;
    }
    return report;
  }

  /**
   * One Redis round trip for a page (ZMSCORE on the delayed set): a row whose job is delayed and
   * due to be promoted when the row falls due by the clock is counted `present` at once; the
   * others (job missing, finished, waiting, off by a clock jump, overdue) go through
   * `ensureJobFor` one by one. At 10,000 pending rows a pass is then 20 page reads and 20 ZMSCOREs
   * instead of 30,000 Redis commands (getJob, getState, changeDelay for each).
   */
  private async unlessAligned(rows: DeadlineRow[], report: ReconcileReport): Promise<DeadlineRow[]> {
    if (rows.length === 0) return rows;
    let promotedAt: (string | null)[];
    try {
      const q = this.queue.queue;
      const client = (await q.getBackend().client) as unknown as ScoreClient;
      promotedAt = await client.zmscore(q.keys.delayed, ...rows.map((r) => deadlineJobId(r.id, r.dueAt)));
    } catch {
      return rows; // the slow path reports what Redis says, row by row
    }
    const now = this.clock.now();
    const realNow = Date.now();
    return rows.filter((row, i) => {
      const score = promotedAt[i];
      const delay = deadlineDelayMs(row.dueAt, now);
      if (score === null || delay === 0) return true;
      const at = Math.floor(Number(score) / DELAYED_SCORE_MS);
      if (Math.abs(at - (realNow + delay)) > ALIGNED_WITHIN_MS) return true;
      report.present += 1;
      return false;
    });
  }
}
