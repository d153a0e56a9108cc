import multipart from '@fastify/multipart';
import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, StructuredLogger, nestLevelsFrom } from '@lz/http';
import { RabbitMqTransport } from '@lz/messaging';
import { eventContracts } from '@lz/policy';
import { EVENTS_DATABASE, type ServiceDatabase } from './database';
import { loadPlatformConfig, type PlatformConfig } from './platform-config';
import type { PlatformRuntime } from './platform.module';
import type { ServiceDefinition } from './service-definition';

/** Builds the app module of a service from its config (apps export one: `AppModule.forRoot`). */
export type ServiceModuleFactory = (config: PlatformConfig, runtime: PlatformRuntime) => DynamicModule;

/**
 * The Nest app of a service on Fastify with the HTTP kit, plus its RabbitMQ consumer (a Nest custom
 * transport: handlers are `@EventPattern` methods), not yet listening.
 */
export async function createServiceApp(
  service: ServiceDefinition,
  appModule: ServiceModuleFactory,
  config: PlatformConfig,
  runtime: PlatformRuntime = {},
): Promise<NestFastifyApplication> {
  const logger = new StructuredLogger(service.name, nestLevelsFrom(config.LOG_LEVEL));
  const app = await createHttpApp(appModule(config, runtime) as never, {
    serviceName: service.name,
    bodyLimit: config.HTTP_BODY_LIMIT,
    logLevel: config.LOG_LEVEL,
    logger,
  });
  if (service.multipart) {
    await app.register(multipart as never, {
      limits: { fileSize: service.multipart.fileSizeLimit, files: service.multipart.files ?? 1, fields: 10 },
    });
  }
  if (service.consumes.length > 0) {
    app.connectMicroservice(
      {
        strategy: new RabbitMqTransport({
          url: config.AMQP_URL,
          service: service.name,
          bindings: service.consumes,
          exactBindings: true,
          contracts: eventContracts,
          // Its own pool, as large as the prefetch: every delivery in flight holds one transaction.
          transactionRunner: app.get<ServiceDatabase>(EVENTS_DATABASE, { strict: false }),
          prefetch: config.EVENT_PREFETCH,
          retryDelaysMs: config.EVENT_RETRY_DELAYS_MS,
          handlerTimeoutMs: config.EVENT_HANDLER_TIMEOUT_MS,
          poisonStarts: config.EVENT_POISON_STARTS,
          logger,
        }),
      },
      { inheritAppConfig: true },
    );
  }
  return app;
}

/** `main.ts` of every service: config from the environment (a bad setting stops it), listen. */
export async function bootstrapService(
  service: ServiceDefinition,
  appModule: ServiceModuleFactory,
): Promise<void> {
  let config: PlatformConfig;
  try {
    config = loadPlatformConfig(service);
  } catch (err) {
    const problems = (err as { problems?: string[] }).problems ?? [(err as Error).message];
    for (const p of problems) process.stderr.write(`${service.name}: config: ${p}\n`);
    process.exit(1);
  }
  try {
    const app = await createServiceApp(service, appModule, config);
    await app.startAllMicroservices();
    await app.listen(config.PORT, config.HOST);
  } catch (err) {
    process.stderr.write(`${service.name}: failed to start: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
