import { Module, type DynamicModule, type ModuleMetadata, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { HTTP_KIT_OPTIONS, type HttpKitOptions } from './http.constants';
import { HealthController } from './health/health.controller';
import { HealthRegistry } from './health/health.registry';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import {
  IDEMPOTENCY_SQL_CLIENT,
  IdempotencyService,
  type IdempotencyOptions,
} from './idempotency/idempotency.service';
import { CorrelationInterceptor } from './observability/correlation.interceptor';
import { MetricsController } from './observability/metrics.controller';
import { MetricsService } from './observability/metrics.service';
import { DocsController } from './openapi/docs.controller';
import { OpenApiService } from './openapi/openapi.service';
import { ProblemFilter } from './problem/problem.filter';
import type { SqlClient } from '@lz/persistence';

/**
 * The HTTP kit: problem+json filter, correlation context, /health, /metrics, /docs.
 * Import once in the app module: `HttpKitModule.forRoot({ serviceName: 'intake' })`.
 */
@Module({})
export class HttpKitModule {
  static forRoot(options: HttpKitOptions): DynamicModule {
    const controllers = [
      HealthController,
      DocsController,
      ...(options.metrics === false ? [] : [MetricsController]),
    ];
    return {
      module: HttpKitModule,
      global: true,
      imports: [DiscoveryModule],
      controllers,
      providers: [
        { provide: HTTP_KIT_OPTIONS, useValue: options },
        MetricsService,
        HealthRegistry,
        OpenApiService,
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: CorrelationInterceptor },
      ],
      exports: [HTTP_KIT_OPTIONS, MetricsService, HealthRegistry, OpenApiService],
    };
  }
}

export interface IdempotencyModuleOptions {
  imports?: ModuleMetadata['imports'];
  inject?: NonNullable<Extract<Provider, { useFactory: unknown }>['inject']>;
  /** Returns the SqlClient (e.g. the service's PrismaClient). */
  useFactory: (...deps: never[]) => SqlClient | Promise<SqlClient>;
  options?: IdempotencyOptions;
}

/** Enables @Idempotent() routes over the service's `idempotency_key` table. */
@Module({})
export class IdempotencyModule {
  static forRoot(config: IdempotencyModuleOptions): DynamicModule {
    return {
      module: IdempotencyModule,
      global: true,
      imports: config.imports ?? [],
      providers: [
        { provide: IDEMPOTENCY_SQL_CLIENT, useFactory: config.useFactory, inject: config.inject ?? [] },
        {
          provide: IdempotencyService,
          useFactory: (sql: SqlClient) => new IdempotencyService(sql, config.options),
          inject: [IDEMPOTENCY_SQL_CLIENT],
        },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [IdempotencyService],
    };
  }
}
