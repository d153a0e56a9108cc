import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { deadlineQueueName, type DeadlineJobPayload } from './deadline-job';
import { DEADLINES_OPTIONS, DEFAULT_REDIS_PREFIX, type DeadlinesModuleOptions } from './deadlines.constants';
import { redisConnectionOptions } from './redis-connection';

/**
 * Owns the producer-side BullMQ `Queue` of this service (`<service>.deadlines`). Created lazily, so
 * a boot that fails on handler validation opens no Redis connection; closed last on shutdown.
 */
@Injectable()
export class DeadlineQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineQueue.name);
  private instance: Queue<DeadlineJobPayload> | undefined;
  private readonly reconnectListeners: Array<() => void> = [];
  readonly name: string;
  readonly prefix: string;

  constructor(@Inject(DEADLINES_OPTIONS) private readonly options: DeadlinesModuleOptions) {
    this.name = deadlineQueueName(options.service);
    this.prefix = options.redis.prefix ?? DEFAULT_REDIS_PREFIX;
  }

  get queue(): Queue<DeadlineJobPayload> {
    if (!this.instance) {
      this.instance = new Queue<DeadlineJobPayload>(this.name, {
        connection: redisConnectionOptions(this.options.redis.url, 'producer'),
        prefix: this.prefix,
      });
      this.instance.on('error', (err) => this.logger.warn(`queue ${this.name}: ${err.message}`));
      const backend = this.instance.getBackend();
      let lost = false;
      backend.on('close', () => {
        lost = true;
      });
      backend.on('ready', () => {
        if (!lost) return;
        lost = false;
        for (const listener of this.reconnectListeners) listener();
      });
    }
    return this.instance;
  }

  /** `listener` runs each time the producer connection is ready again after Redis was lost. */
  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  async onApplicationShutdown(): Promise<void> {
    const q = this.instance;
    this.instance = undefined;
    if (q) await q.close();
  }
}
