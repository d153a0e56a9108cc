import type { IncomingMessage } from 'node:http';
import type { LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { API_PREFIX } from './http.constants';
import { acceptOrCreateCorrelationId, CORRELATION_HEADER } from './observability/correlation';
import { StructuredLogger, nestLevelsFrom } from './observability/structured-logger.service';
import { MetricsService } from './observability/metrics.service';

export interface CreateHttpAppOptions {
  serviceName: string;
  /** Largest request body in bytes (default 256 KiB) — bigger answers 413. */
  bodyLimit?: number;
  /** LOG_LEVEL: trace|debug|info|warn|error|fatal (default info). */
  logLevel?: string;
  globalPrefix?: string;
  /** Replace the JSON logger (tests may pass one writing to a buffer). */
  logger?: StructuredLogger;
}

interface KitRequest {
  correlationId?: string;
  startedAt?: bigint;
  principal?: { sub?: string; role?: string };
  headers: Record<string, string | string[] | undefined>;
  method: string;
  url: string;
  routeOptions?: { url?: string };
}

/** Routes of the kit that stay outside /api/v1. */
export const UNPREFIXED_PATHS = [
  'health/live',
  'health/ready',
  'metrics',
  'docs',
  'docs/:asset',
  'docs-json',
];

/**
 * Creates the Nest app on Fastify with the HTTP conventions of ARCHITECTURE.md: JSON logger,
 * body limit, correlation id, request log line + metrics, `/api/v1` prefix (except health, metrics,
 * docs) and shutdown hooks. The app module must import `HttpKitModule.forRoot(...)` (and
 * `AuthModule.forRoot(...)` from @lz/auth). Then `await app.listen(port, '0.0.0.0')`.
 */
export async function createHttpApp(
  module: Type<unknown>,
  options: CreateHttpAppOptions,
): Promise<NestFastifyApplication> {
  const levels: LogLevel[] = nestLevelsFrom(options.logLevel ?? 'info');
  const logger = options.logger ?? new StructuredLogger(options.serviceName, levels);
  const adapter = new FastifyAdapter({
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    // Our own JSON logger writes the request lines; Fastify's pino logger stays off.
    logger: false,
    genReqId: (req: IncomingMessage) => acceptOrCreateCorrelationId(req.headers[CORRELATION_HEADER]),
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger,
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  let metrics: MetricsService;
  try {
    metrics = app.get(MetricsService, { strict: false });
  } catch {
    await app.close();
    throw new Error(
      `createHttpApp(${module.name}): import HttpKitModule.forRoot({ serviceName }) in the app module`,
    );
  }

  // JSON merge patch bodies (RFC 7396, `PATCH` of a draft) are JSON: parsed like application/json.
  fastify.addContentTypeParser(
    'application/merge-patch+json',
    { parseAs: 'string' },
    fastify.getDefaultJsonParser('error', 'error'),
  );

  // Declared up front so Fastify's request objects keep one shape (hot path on the annual burst).
  fastify.decorateRequest('correlationId', undefined);
  fastify.decorateRequest('startedAt', undefined);
  fastify.decorateRequest('principal', undefined);
  fastify.addHook('onRequest', (req, reply, done) => {
    const r = req as unknown as KitRequest;
    r.correlationId = req.id;
    r.startedAt = process.hrtime.bigint();
    reply.header(CORRELATION_HEADER, req.id);
    done();
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    const r = req as unknown as KitRequest;
    const seconds = r.startedAt ? Number(process.hrtime.bigint() - r.startedAt) / 1e9 : 0;
    const route = req.routeOptions?.url ?? 'unmatched';
    metrics.observe(req.method, route, reply.statusCode, seconds);
    // 503 is a dependency being away (readiness while booting, a broker outage), not a bug.
    const level =
      reply.statusCode >= 500 && reply.statusCode !== 503
        ? 'error'
        : reply.statusCode === 503
          ? 'warn'
          : 'log';
    logger.event(level, 'request', {
      correlationId: r.correlationId,
      method: req.method,
      route,
      status: reply.statusCode,
      ms: Math.round(seconds * 10_000) / 10,
      sub: r.principal?.sub,
      role: r.principal?.role,
    });
    done();
  });

  app.setGlobalPrefix(options.globalPrefix ?? API_PREFIX, { exclude: UNPREFIXED_PATHS });
  app.enableShutdownHooks();
  return app;
}
