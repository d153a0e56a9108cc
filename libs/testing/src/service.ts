import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import { deadlineQueueName } from '@lz/deadlines';
import { issueDevToken, type Principal } from '@lz/auth';
import { applyMigrations, serviceMigrationsDir } from '@lz/persistence';
import {
  createServiceApp,
  loadPlatformConfig,
  type PlatformConfig,
  type PlatformRuntime,
  type ServiceDefinition,
  type ServiceModuleFactory,
} from '@lz/platform';
import {
  createTestDatabase,
  createTestVhost,
  testRedisPrefix,
  type TestDatabase,
  type TestVhost,
} from '@lz/test-infra';

export interface TestService {
  app: NestFastifyApplication;
  /** `http://127.0.0.1:<port>` — the API is under `/api/v1`. */
  baseUrl: string;
  config: PlatformConfig;
  db: TestDatabase;
  vhost: TestVhost;
  /** A dev JWT for a caller of this service. */
  token(principal: Partial<Principal> & Pick<Principal, 'role'>): Promise<string>;
  /** fetch against the service: JSON body, optional bearer token. */
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; body: unknown }>;
  close(): Promise<void>;
}

export interface StartTestServiceOptions {
  runtime?: PlatformRuntime;
  /** Extra environment (e.g. short retry delays); the run's own database/vhost/prefix always win. */
  env?: Record<string, string>;
  /** Reuse a vhost (several services of one test talking over RabbitMQ). */
  vhost?: TestVhost;
}

/**
 * Boots one service for an integration test on the real servers, isolated for this run: its own
 * migrated database, its own RabbitMQ vhost (unless shared) and Redis key prefix, port 0.
 */
export async function startTestService(
  service: ServiceDefinition,
  appModule: ServiceModuleFactory,
  options: StartTestServiceOptions = {},
): Promise<TestService> {
  const db = await createTestDatabase(service.name);
  await applyMigrations({
    databaseUrl: db.url,
    migrationsDir: serviceMigrationsDir(service.name),
    log: () => undefined,
  });
  const ownVhost = !options.vhost;
  const vhost = options.vhost ?? (await createTestVhost(service.name));
  const config = loadPlatformConfig(service, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    EVENT_RETRY_DELAYS_MS: '100,300',
    OUTBOX_POLL_MS: '50',
    DEADLINE_RECONCILE_MS: '1000',
    ...options.env,
    DATABASE_URL: db.url,
    AMQP_URL: vhost.url,
    REDIS_PREFIX: testRedisPrefix(service.name),
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const app = await createServiceApp(service, appModule, config, options.runtime);
  await app.startAllMicroservices();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(baseUrl, service.name);

  return {
    app,
    baseUrl,
    config,
    db,
    vhost,
    token: (p) => issueDevToken({ sub: `${p.role}-test`, ...p } as Parameters<typeof issueDevToken>[0]),
    async request(method, path, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      if (opts.body !== undefined) headers['content-type'] ??= 'application/json';
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body:
          opts.body === undefined
            ? undefined
            : typeof opts.body === 'string'
              ? opts.body
              : JSON.stringify(opts.body),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, headers: res.headers, body };
    },
    async close() {
      await app.close();
      await db.drop();
      if (ownVhost) await vhost.drop();
    },
  };
}

/** Polls `/health/ready` until 200: the broker connection and the first reconcile are asynchronous. */
async function waitUntilReady(baseUrl: string, name: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    const res = await fetch(`${baseUrl}/health/ready`).catch((e: Error) => e);
    if (!(res instanceof Error) && res.status === 200) return;
    last = res instanceof Error ? res.message : await res.text();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} was not ready within ${timeoutMs} ms: ${last}`);
}

/** The service's BullMQ deadline queue, to look at its delayed jobs (close it after the test). */
export function openDeadlineQueue(svc: TestService, service: string): Queue {
  return new Queue(deadlineQueueName(service), {
    connection: { url: svc.config.REDIS_URL },
    prefix: svc.config.REDIS_PREFIX,
  });
}
