import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsService, redactText } from '@lz/http';
import { PLATFORM_CONFIG, type PlatformConfig } from '@lz/platform';
import { PrismaService } from '../infra/prisma/prisma.service';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../notifications.config';
import { backoffMs } from './backoff';
import { MAIL_SENDER, PermanentDeliveryError, SMS_SENDER, type ChannelSender } from './channel-sender';
import { DeliveryRepository, type ClaimedDelivery } from './delivery.repository';

/** A delivery row's last error: the code and message, personal data removed (it is shown and logged). */
function describe(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; message?: string };
  const head = [e.code, e.responseCode].filter((x) => x !== undefined).join(' ');
  return redactText(`${head ? `${head}: ` : ''}${e.message ?? String(err)}`).slice(0, 500);
}

/**
 * Sends the pending deliveries of each configured channel (docs/ARCHITECTURE.md "Outages", the
 * outbox relay's rules applied to e-mail and SMS): every `DELIVERY_POLL_MS`, and at once when an
 * event wrote new ones (`kick`). A failed send only moves `next_attempt_at` (back-off doubling up to
 * `DELIVERY_RETRY_MAX_MS`), so a mail server that is away for any length of time loses nothing; only
 * a permanent refusal (SMTP 5xx) ends a row as FAILED. Several replicas share the rows safely (claim
 * with SKIP LOCKED and a lease). Its database work has a pool of its own, like the event relay's.
 */
@Injectable()
export class DeliveryRelay implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeliveryRelay.name);
  private readonly db: PrismaService;
  private readonly senders: ChannelSender[];
  private timer: NodeJS.Timeout | undefined;
  private cycle: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  /** The last send that failed, for /health/ready (no personal data). */
  lastError: { at: Date; error: string } | undefined;

  constructor(
    @Inject(PLATFORM_CONFIG) platform: PlatformConfig,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
    @Inject(MAIL_SENDER) mail: ChannelSender,
    @Inject(SMS_SENDER) sms: ChannelSender,
    private readonly deliveries: DeliveryRepository,
    private readonly metrics: MetricsService,
  ) {
    this.db = new PrismaService(platform, { work: 'relay', max: 2 });
    this.senders = [mail, sms].filter((s) => s.enabled);
  }

  /** Whether a channel is configured (nothing is queued on one that is not). */
  enabled(channel: ChannelSender['channel']): boolean {
    return this.senders.some((s) => s.channel === channel);
  }

  async onModuleInit(): Promise<void> {
    await this.db.onModuleInit();
    const backlog = () => this.backlog();
    new Gauge({
      name: 'lz_notification_deliveries',
      help: 'Notification deliveries (e-mail, SMS) by channel and status (PENDING, SENT, FAILED)',
      labelNames: ['channel', 'status'],
      registers: [this.metrics.registry],
      async collect() {
        // Database away: the gauge keeps its last values rather than failing the scrape.
        const rows = await backlog().catch(() => undefined);
        for (const r of rows ?? []) this.set({ channel: r.channel, status: r.status }, r.n);
      },
    });
  }

  onApplicationBootstrap(): void {
    if (this.senders.length > 0) this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.cycle;
    for (const s of this.senders) await s.close?.();
    await this.db.onModuleDestroy();
  }

  backlog() {
    return this.deliveries.backlog(this.db);
  }

  /** New deliveries were committed: send them now rather than at the next poll. */
  kick(): void {
    if (this.stopped || this.senders.length === 0) return;
    if (this.cycle) this.again = true;
    else this.schedule(0);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.cycle = this.runCycle().finally(() => {
        this.cycle = undefined;
        if (this.stopped) return;
        const now = this.again;
        this.again = false;
        this.schedule(now ? 0 : this.config.DELIVERY_POLL_MS);
      });
    }, ms);
  }

  private async runCycle(): Promise<void> {
    try {
      for (const sender of this.senders) {
        for (;;) {
          if (this.stopped) return;
          const batch = await this.deliveries.claim(
            this.db,
            sender.channel,
            this.config.DELIVERY_BATCH,
            this.config.DELIVERY_LEASE_MS,
          );
          await Promise.all(batch.map((d) => this.deliver(sender, d)));
          if (batch.length < this.config.DELIVERY_BATCH) break;
        }
      }
    } catch (err) {
      // The relay's own database is away: the rows wait; the next tick tries again.
      this.logger.warn(`delivery relay: ${describe(err)}`);
    }
  }

  private async deliver(sender: ChannelSender, d: ClaimedDelivery): Promise<void> {
    try {
      await sender.send(d);
    } catch (err) {
      const error = describe(err);
      this.lastError = { at: new Date(), error };
      if (err instanceof PermanentDeliveryError) {
        this.logger.warn(`delivery ${d.id} (${sender.channel}) refused for good: ${error}`);
        await this.deliveries.markFailed(this.db, d.id, error);
        return;
      }
      const delay = backoffMs(
        d.attempts,
        this.config.DELIVERY_RETRY_BASE_MS,
        this.config.DELIVERY_RETRY_MAX_MS,
      );
      this.logger.warn(
        `delivery ${d.id} (${sender.channel}) attempt ${d.attempts} failed, next in ${delay} ms: ${error}`,
      );
      await this.deliveries.retryLater(this.db, d.id, delay, error);
      return;
    }
    // Accepted by the provider. Should this update not land (database away right now), the lease
    // runs out and the row is sent again: at-least-once, and the Message-ID (the row id) shows it.
    await this.deliveries.markSent(this.db, d.id);
  }
}
