import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { AuditChainModule } from '@lz/audit';
import { AuthModule } from '@lz/auth';
import { DeadlinesModule, type Clock } from '@lz/deadlines';
import { currentCorrelationId, HttpKitModule, IdempotencyModule } from '@lz/http';
import { MessagingModule } from '@lz/messaging';
import { CURRENT_POLICY_VERSION, eventContracts } from '@lz/policy';
import {
  AUDIT_DATABASE,
  DEADLINES_DATABASE,
  EVENTS_DATABASE,
  RELAY_DATABASE,
  RelayDatabase,
  type ServiceDatabase,
} from './database';
import {
  DeadLetterHealth,
  PostgresHealth,
  RabbitMqHealth,
  RedisHealth,
  SERVICE_DATABASE,
} from './health.indicators';
import { auditTrailController } from './audit/audit-trail.controller';
import { PLATFORM_CONFIG, SERVICE_DEFINITION } from './platform.constants';
import { poolSizeFor, type DatabaseWork, type PlatformConfig } from './platform-config';
import type { ServiceDefinition } from './service-definition';

/** Run-time choices that are not configuration: tests pass a controllable clock. */
export interface PlatformRuntime {
  clock?: Clock;
  /** Pause between audit chaining runs, ms (default 250; libs/audit AuditChainer). */
  auditChainIntervalMs?: number;
}

@Module({})
class ServiceDatabaseModule {}

/**
 * Everything a service shares with the others, composed once (ARCHITECTURE.md): HTTP kit, auth,
 * Idempotency-Key store, outbox + relay, deadlines, the audit chainer, readiness of Postgres/RabbitMQ/Redis. The app
 * module imports `ServicePlatformModule.forService(definition, config, PrismaService)` and its
 * feature modules; `createServiceApp` adds the RabbitMQ consumer.
 */
@Module({})
export class ServicePlatformModule {
  static forService(
    service: ServiceDefinition,
    config: PlatformConfig,
    database: Type<ServiceDatabase>,
    runtime: PlatformRuntime = {},
  ): DynamicModule {
    // One client (pool) per kind of background work; the injected `database` is the request pool.
    const pools: Array<[symbol, DatabaseWork]> = [
      [EVENTS_DATABASE, 'events'],
      [AUDIT_DATABASE, 'audit'],
      [DEADLINES_DATABASE, 'deadlines'],
    ];
    const poolProviders: Provider[] = [
      ...pools.map(([token, work]) => ({
        provide: token,
        useFactory: () => new database(config, { work, max: poolSizeFor(config, work) }),
      })),
      {
        provide: RELAY_DATABASE,
        useFactory: () => new RelayDatabase(config.DATABASE_URL, poolSizeFor(config, 'relay')),
      },
    ];
    const databaseModule: DynamicModule = {
      module: ServiceDatabaseModule,
      global: true,
      providers: [
        { provide: PLATFORM_CONFIG, useValue: config },
        { provide: SERVICE_DEFINITION, useValue: service },
        database,
        { provide: SERVICE_DATABASE, useExisting: database },
        ...poolProviders,
      ],
      exports: [
        PLATFORM_CONFIG,
        SERVICE_DEFINITION,
        database,
        SERVICE_DATABASE,
        ...pools.map(([token]) => token),
        RELAY_DATABASE,
      ],
    };
    const deadlines = DeadlinesModule.forRootAsync({
      imports: [databaseModule],
      inject: [DEADLINES_DATABASE],
      useFactory: (db: ServiceDatabase) => ({
        service: service.name,
        redis: { url: config.REDIS_URL, prefix: config.REDIS_PREFIX },
        kinds: service.deadlineKinds,
        transactionRunner: db,
        clock: runtime.clock,
        reconcileEveryMs: config.DEADLINE_RECONCILE_MS,
        concurrency: config.DEADLINE_CONCURRENCY,
        batchSize: config.DEADLINE_BATCH_SIZE,
      }),
    });
    return {
      module: ServicePlatformModule,
      global: true,
      imports: [
        databaseModule,
        HttpKitModule.forRoot({ serviceName: service.name, metrics: config.METRICS_ENABLED }),
        AuthModule.forRoot(config),
        IdempotencyModule.forRoot({
          imports: [databaseModule],
          inject: [SERVICE_DATABASE],
          useFactory: (db: ServiceDatabase) => db,
        }),
        MessagingModule.forRootAsync({
          imports: [databaseModule],
          inject: [RELAY_DATABASE],
          useFactory: (db: RelayDatabase) => ({
            url: config.AMQP_URL,
            service: service.name,
            bindings: service.consumes,
            contracts: eventContracts,
            transactionRunner: db,
            afterRelayStopped: () => db.close(),
            policyVersion: CURRENT_POLICY_VERSION,
            // The HTTP request's x-correlation-id travels on the events it causes.
            ambientCorrelationId: currentCorrelationId,
            relay: {
              pollIntervalMs: config.OUTBOX_POLL_MS,
              batchSize: config.OUTBOX_BATCH_SIZE,
              concurrency: config.OUTBOX_RELAY_CONCURRENCY,
            },
          }),
        }),
        deadlines,
        AuditChainModule.forRootAsync({
          imports: [databaseModule],
          inject: [AUDIT_DATABASE],
          useFactory: (db: ServiceDatabase) => ({
            transactionRunner: db,
            intervalMs: runtime.auditChainIntervalMs,
          }),
        }),
      ],
      // Every service reads its own audit rows for a subject the same way (GET /audit/<service>).
      controllers: [auditTrailController(service.name)],
      providers: [PostgresHealth, RabbitMqHealth, RedisHealth, DeadLetterHealth],
      exports: [databaseModule, deadlines],
    };
  }
}
