import {
  Inject,
  Injectable,
  Logger,
  type LoggerService,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import {
  chainAllPendingAudit,
  chainPendingAudit,
  newChainWatermark,
  type ChainWatermark,
} from './audit-chainer';
import { AUDIT_CHAIN_OPTIONS, type AuditChainModuleOptions } from './audit-chain.constants';

export const DEFAULT_CHAIN_INTERVAL_MS = 250;

/**
 * Runs the audit chainer of one service database on an interval (started on bootstrap) and once
 * more on shutdown, before the database module disconnects. Several replicas are safe: the
 * chainer's advisory lock lets one work at a time. A failed run is logged and retried next tick.
 */
@Injectable()
export class AuditChainer implements OnApplicationBootstrap, OnModuleDestroy {
  /** One chaining transaction outside Nest: `AuditChainer.chainPending(runner)`. */
  static readonly chainPending = chainPendingAudit;

  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;
  /** Proven floor of this database's chain, so a tick scans only recent rows. */
  readonly watermark: ChainWatermark = newChainWatermark();
  private readonly logger: LoggerService;

  constructor(@Inject(AUDIT_CHAIN_OPTIONS) private readonly options: AuditChainModuleOptions) {
    this.logger = new Logger(AuditChainer.name);
  }

  onApplicationBootstrap(): void {
    if (this.options.enabled ?? true) this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    if (this.options.enabled ?? true) await this.chainNow();
  }

  /** Chains everything pending now; resolves to the number of rows chained (0 on error). */
  chainNow(): Promise<number> {
    if (this.running) return this.running;
    const run = chainAllPendingAudit(this.options.transactionRunner, {
      batchSize: this.options.batchSize,
      watermark: this.watermark,
    })
      .catch((err: unknown) => {
        this.logger.warn(`audit chaining failed: ${err instanceof Error ? err.message : String(err)}`);
        return 0;
      })
      .finally(() => {
        this.running = null;
      });
    this.running = run;
    return run;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.chainNow().then(() => this.schedule());
    }, this.options.intervalMs ?? DEFAULT_CHAIN_INTERVAL_MS);
    this.timer.unref();
  }
}
