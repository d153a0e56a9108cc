import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { deadlineRepository } from './deadline.repository';
import type { DeadlineRow } from './deadline.types';
import { DeadlineQueue } from './deadline.queue';
import { DeadlineScheduler, type EnsureJobResult } from './deadline-scheduler.service';
import {
  DEADLINES_OPTIONS,
  DEFAULT_RECONCILE_EVERY_MS,
  type DeadlinesModuleOptions,
} from './deadlines.constants';

export type ReconcileReport = Record<EnsureJobResult, number> & { rows: number };

const PAGE = 500;
const PARALLEL = 25;

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
      for (let i = 0; i < rows.length && !this.stopped; i += PARALLEL) {
        const results = await Promise.all(
          rows.slice(i, i + PARALLEL).map((row) =>
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
}
