import { Logger, type LoggerService } from '@nestjs/common';
import { connect, type Channel, type ChannelModel } from 'amqplib';

export interface ReconnectOptions {
  /** First back-off delay after a lost or failed connection. Default 200 ms. */
  initialDelayMs?: number;
  /** Back-off ceiling. Default 10 s. */
  maxDelayMs?: number;
}

export interface AmqpConnectionOptions {
  url: string;
  /** Shown in the RabbitMQ management UI / `rabbitmqctl list_connections`. */
  name: string;
  reconnect?: ReconnectOptions;
  /** Heartbeat in seconds (detects a dead peer). Default 10. */
  heartbeat?: number;
  /** Called on every (re)connect before the connection counts as up: create channels, assert topology. */
  setup(model: ChannelModel): Promise<void>;
  logger?: LoggerService;
}

/**
 * One AMQP connection that reconnects with exponential back-off (and jitter) after the broker goes
 * away, re-running `setup` each time. Nagle is off (`noDelay`, TOOLCHAIN.md). A channel registered
 * with `watch()` that closes on its own (channel error) takes the connection down with it, so
 * recovery always follows one path.
 */
export class AmqpConnection {
  private model: ChannelModel | null = null;
  private stopped = true;
  private connecting: Promise<void> | null = null;
  private sleepTimer: NodeJS.Timeout | null = null;
  private wakeSleep: (() => void) | null = null;
  private readonly waiters: Array<() => void> = [];
  private readonly logger: LoggerService;
  private lastError: string | null = null;

  constructor(private readonly options: AmqpConnectionOptions) {
    this.logger = options.logger ?? new Logger(`Amqp:${options.name}`);
  }

  get connected(): boolean {
    return this.model !== null;
  }

  get current(): ChannelModel | null {
    return this.model;
  }

  get lastErrorMessage(): string | null {
    return this.lastError;
  }

  /** Starts connecting (and keeps reconnecting). Resolves once the first connection is set up. */
  start(): Promise<void> {
    if (!this.stopped) return this.waitUntilConnected();
    this.stopped = false;
    this.connecting = this.establish();
    return this.waitUntilConnected();
  }

  waitUntilConnected(): Promise<void> {
    if (this.model) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** A channel that closes while its connection is current forces a reconnect. */
  watch(model: ChannelModel, channel: Channel): void {
    channel.on('error', (err: Error) => this.logger.warn(`channel error: ${err.message}`));
    channel.on('close', () => {
      if (!this.stopped && (this.model === model || this.model === null)) {
        model.close().catch(() => undefined);
      }
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.sleepTimer) clearTimeout(this.sleepTimer);
    this.wakeSleep?.();
    await this.connecting?.catch(() => undefined);
    const model = this.model;
    this.model = null;
    if (model) await model.close().catch(() => undefined);
  }

  private async establish(): Promise<void> {
    let attempt = 0;
    while (!this.stopped) {
      let model: ChannelModel | undefined;
      try {
        model = await connect(this.url(), {
          noDelay: true,
          clientProperties: { connection_name: this.options.name },
        });
        const m = model;
        m.on('error', (err: Error) => {
          this.lastError = err.message;
          this.logger.warn(`connection error: ${err.message}`);
        });
        m.on('close', () => this.onClosed(m));
        await this.options.setup(m);
        if (this.stopped) {
          await m.close().catch(() => undefined);
          return;
        }
        this.model = m;
        this.lastError = null;
        if (attempt > 0) this.logger.log(`reconnected after ${attempt} failed attempt(s)`);
        this.waiters.splice(0).forEach((resolve) => resolve());
        return;
      } catch (err) {
        this.lastError = (err as Error).message;
        if (model) await model.close().catch(() => undefined);
        attempt += 1;
        const delay = this.backoff(attempt);
        this.logger.warn(
          `connect attempt ${attempt} failed (${(err as Error).message}); retrying in ${delay} ms`,
        );
        await this.sleep(delay);
      }
    }
  }

  private url(): string {
    const url = new URL(this.options.url);
    if (!url.searchParams.has('heartbeat'))
      url.searchParams.set('heartbeat', String(this.options.heartbeat ?? 10));
    return url.toString();
  }

  private onClosed(model: ChannelModel): void {
    if (this.model !== model) return;
    this.model = null;
    if (this.stopped) return;
    this.logger.warn('connection lost; reconnecting');
    this.connecting = this.establish();
  }

  private backoff(attempt: number): number {
    const initial = this.options.reconnect?.initialDelayMs ?? 200;
    const max = this.options.reconnect?.maxDelayMs ?? 10_000;
    const base = Math.min(max, initial * 2 ** Math.min(attempt - 1, 20));
    return Math.round(base * (0.75 + Math.random() * 0.25));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wakeSleep = resolve;
      this.sleepTimer = setTimeout(resolve, ms);
    });
  }
}
