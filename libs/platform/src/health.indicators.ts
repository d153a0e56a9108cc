import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { HealthIndicatorProvider, MetricsService, type HealthIndicator } from '@lz/http';
import { DeadLetterQueues, MessagingHealthIndicator } from '@lz/messaging';
import { DeadlinesHealthIndicator } from '@lz/deadlines';
import type { SqlClient } from '@lz/persistence';
import { PLATFORM_CONFIG, SERVICE_DEFINITION } from './platform.constants';
import type { PlatformConfig } from './platform-config';
import type { ServiceDefinition } from './service-definition';

/** The token under which the service's database (its PrismaService) is provided. */
export const SERVICE_DATABASE = Symbol('SERVICE_DATABASE');

/** Ready = the service's own database answers (ARCHITECTURE.md "HTTP conventions"). */
@Injectable()
@HealthIndicatorProvider()
export class PostgresHealth implements HealthIndicator {
  readonly name = 'postgres';
  constructor(@Inject(SERVICE_DATABASE) private readonly db: SqlClient) {}
  async check() {
    await this.db.$queryRawUnsafe('SELECT 1');
    return { ok: true };
  }
}

/** RabbitMQ away: still ready (the outbox holds the events), reported as degraded. */
@Injectable()
@HealthIndicatorProvider()
export class RabbitMqHealth implements HealthIndicator {
  readonly name = 'rabbitmq';
  constructor(private readonly messaging: MessagingHealthIndicator) {}
  async check() {
    const h = await this.messaging.messagingHealth();
    if (h.ok) return { ok: true };
    const unsent = h.detail.unsent === undefined ? '' : ` (${h.detail.unsent} event(s) wait in the outbox)`;
    return { ok: true, degraded: true, detail: `${h.detail.error ?? 'publisher not connected'}${unsent}` };
  }
}

/** Redis away: still ready (the deadline rows hold the deadlines), reported as degraded. */
@Injectable()
@HealthIndicatorProvider()
export class RedisHealth implements HealthIndicator {
  readonly name = 'redis';
  constructor(private readonly deadlines: DeadlinesHealthIndicator) {}
  async check() {
    const h = await this.deadlines.check();
    return h.status === 'up'
      ? { ok: true }
      : {
          ok: true,
          degraded: true,
          detail: `${h.error ?? 'down'} (deadline rows wait; reconciled when back)`,
        };
  }
}

/**
 * Dead letters of this service (`<service>.events.dlq`): the gauge `lz_dead_letters` in /metrics and
 * a warning in /health/ready's detail — never unready: they wait for `npm run dlq -- redrive`.
 */
@Injectable()
@HealthIndicatorProvider()
export class DeadLetterHealth implements HealthIndicator, OnModuleInit, OnModuleDestroy {
  readonly name = 'deadLetters';
  private readonly queues: DeadLetterQueues;

  constructor(
    @Inject(SERVICE_DEFINITION) private readonly service: ServiceDefinition,
    @Inject(PLATFORM_CONFIG) config: PlatformConfig,
    private readonly metrics: MetricsService,
  ) {
    this.queues = new DeadLetterQueues(config.AMQP_URL, `${service.name}-dead-letters`);
  }

  onModuleInit(): void {
    if (this.service.consumes.length === 0) return;
    const queues = this.queues;
    const service = this.service.name;
    new Gauge({
      name: 'lz_dead_letters',
      help: 'Messages waiting in the service dead-letter queue (npm run dlq -- list)',
      labelNames: ['service', 'queue'],
      registers: [this.metrics.registry],
      async collect() {
        // Broker away: the gauge keeps its last value rather than failing the scrape.
        const depth = await queues.depth(service).catch(() => undefined);
        if (depth !== undefined) this.set({ service, queue: `${service}.events.dlq` }, depth);
      },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.queues.close();
  }

  async check() {
    if (this.service.consumes.length === 0) return { ok: true };
    try {
      const depth = await this.queues.depth(this.service.name);
      return depth === 0
        ? { ok: true }
        : {
            ok: true,
            degraded: true,
            detail: `${depth} dead letter(s) in ${this.service.name}.events.dlq (npm run dlq -- list --service ${this.service.name})`,
          };
    } catch (err) {
      return { ok: true, degraded: true, detail: `dead-letter depth unknown: ${(err as Error).message}` };
    }
  }
}
