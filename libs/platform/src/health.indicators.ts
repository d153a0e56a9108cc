import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorProvider, type HealthIndicator } from '@lz/http';
import { MessagingHealthIndicator } from '@lz/messaging';
import { DeadlinesHealthIndicator } from '@lz/deadlines';
import type { SqlClient } from '@lz/persistence';

/** The token under which the service's database (its PrismaService) is provided. */
export const SERVICE_DATABASE = Symbol('SERVICE_DATABASE');

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

@Injectable()
@HealthIndicatorProvider()
export class RabbitMqHealth implements HealthIndicator {
  readonly name = 'rabbitmq';
  constructor(private readonly messaging: MessagingHealthIndicator) {}
  async check() {
    const h = await this.messaging.messagingHealth();
    return { ok: h.ok, detail: h.ok ? undefined : (h.detail.error ?? 'publisher not connected') };
  }
}

@Injectable()
@HealthIndicatorProvider()
export class RedisHealth implements HealthIndicator {
  readonly name = 'redis';
  constructor(private readonly deadlines: DeadlinesHealthIndicator) {}
  async check() {
    const h = await this.deadlines.check();
    return { ok: h.status === 'up', detail: h.error };
  }
}
