import { spawn, type ChildProcess } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Redis } from 'ioredis';
import { createServiceClient, type ServiceClient } from '@lz/api-client';
import { issueDevToken, type DevTokenInput } from '@lz/auth';
import { applyMigrations, SERVICES, serviceMigrationsDir, type ServiceName } from '@lz/persistence';
import {
  createTestDatabase,
  createTestVhost,
  runId,
  testInfra,
  testRedisPrefix,
  type TestDatabase,
  type TestVhost,
} from '@lz/testing';
import { BrowserSession } from './browser-session';
import { TcpProxy } from '@lz/test-infra';

export const SERVICE_NAMES: readonly ServiceName[] = SERVICES.map((s) => s.name);

/** The people-facing processes `{ gateway: true }` adds: the development issuer and the gateway. */
export type EdgeName = 'identity' | 'gateway';
/** Replica i ≥ 2 of a service (`{ replicas: N }`): `review#2`. Replica 1 is the service's own name. */
export type ReplicaName = `${ServiceName}#${number}`;
export type ProcessName = ServiceName | EdgeName | ReplicaName;

const ROOT = path.resolve(__dirname, '..', '..');

/** The settings of the brief for every e2e service process (short retries, fast polls, quiet logs). */
export const E2E_SERVICE_ENV: Readonly<Record<string, string>> = Object.freeze({
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  EVENT_RETRY_DELAYS_MS: '200,1000,3000',
  OUTBOX_POLL_MS: '50',
  DEADLINE_RECONCILE_MS: '1000',
  LOG_LEVEL: 'warn',
});

export interface StackOptions {
  /** Names this run's databases, vhost, Redis prefix and log folder. */
  label?: string;
  /** Put a TCP proxy between the services and RabbitMQ (`stack.amqpProxy`). */
  proxyAmqp?: boolean;
  /** Put a TCP proxy between the services and Postgres (`stack.pgProxy`). */
  proxyPostgres?: boolean;
  /** Extra environment for every service (the run's own database/vhost/prefix/port always win). */
  env?: Record<string, string>;
  /** How long each service may take to answer /health/ready (default 180 s: 5 processes on 2 cores beside other runs). */
  readyTimeoutMs?: number;
  /**
   * Also start the development identity provider and the gateway (`stack.gatewayUrl`); the
   * services then accept the gateway's platform tokens (JWKS) as well as dev tokens.
   */
  gateway?: boolean;
  /** Extra environment for the gateway process (e.g. a short SESSION_TTL_SECONDS). */
  gatewayEnv?: Record<string, string>;
  /**
   * Processes per service (default 1), as `npm start -- --replicas N` runs them: each replica on its
   * own port, all on the service's one database, the vhost and the Redis prefix. `api()`, `baseUrl()`
   * and the gateway talk to replica 1; `replicas(name)` names them all.
   */
  replicas?: number;
}

interface ServiceProcess {
  name: ProcessName;
  /** The app it runs (`apps/<app>/src/main.ts`): the service of a replica. */
  app: ServiceName | EdgeName;
  port: number;
  env: NodeJS.ProcessEnv;
  child: ChildProcess | null;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | null;
  /** Set while the harness itself stops or kills it: an exit then is expected. */
  expectingExit: boolean;
  unexpectedExit: string | null;
  log: WriteStream;
  logFile: string;
  starts: number;
  /** The LZ_INSTANCE_ID of the current start: its health answers carry it (x-lz-instance). */
  instance?: string;
  /** The last few KB of the current start's stderr (why it stopped). */
  stderrTail: string;
}

/** A free TCP port on 127.0.0.1 (bind 0, read, close). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Keeps the 30 newest run folders of tmp/e2e. */
function pruneOldLogs(dir: string): void {
  try {
    const runs = readdirSync(dir)
      .map((name) => ({ name, at: statSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of runs.slice(30)) rmSync(path.join(dir, old.name), { recursive: true, force: true });
  } catch {
    /* no folder yet */
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Environment inherited by the children, minus anything that would point them elsewhere. */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/(_DATABASE_URL|_PORT)$/.test(k)) continue;
    if (['DATABASE_URL', 'AMQP_URL', 'REDIS_PREFIX', 'PORT', 'JEST_WORKER_ID'].includes(k)) continue;
    env[k] = v;
  }
  return env;
}

/**
 * All six services started as separate processes, the way `npm start` runs them
 * (`node -r ./tools/register.cjs apps/<svc>/src/main.ts`), each on its own fresh migrated database,
 * all six on ONE fresh RabbitMQ vhost and one fresh Redis key prefix, on free ports. Logs go to
 * `tmp/e2e/<run>/<svc>.log`; `step()` appends their tails to a failure.
 */
export class E2eStack {
  readonly services = new Map<ProcessName, ServiceProcess>();
  readonly databases = new Map<ServiceName | 'gateway', TestDatabase>();
  amqpProxy: TcpProxy | null = null;
  pgProxy: TcpProxy | null = null;

  private constructor(
    readonly run: string,
    readonly logDir: string,
    readonly vhost: TestVhost,
    readonly redisPrefix: string,
    private readonly readyTimeoutMs: number,
  ) {}

  /** The vhost URL straight to RabbitMQ (never through the proxy): for EventProbe and test publishers. */
  get amqpUrl(): string {
    return this.vhost.url;
  }

  static async start(options: StackOptions = {}): Promise<E2eStack> {
    const label = options.label ?? 'e2e';
    const run = runId(label);
    const logDir = path.join(ROOT, 'tmp', 'e2e', run);
    pruneOldLogs(path.dirname(logDir));
    mkdirSync(logDir, { recursive: true });
    const vhost = await createTestVhost(label);
    const stack = new E2eStack(run, logDir, vhost, testRedisPrefix(label), options.readyTimeoutMs ?? 180_000);
    try {
      if (options.proxyAmqp) stack.amqpProxy = await TcpProxy.for('rabbitmq', vhost.url, 5672).start();
      if (options.proxyPostgres)
        stack.pgProxy = await TcpProxy.for('postgres', testInfra.postgresAdminUrl, 5432).start();
      await Promise.all(
        SERVICE_NAMES.map(async (name) => {
          const db = await createTestDatabase(`${label}_${name}`);
          stack.databases.set(name, db);
          await applyMigrations({
            databaseUrl: db.url,
            migrationsDir: serviceMigrationsDir(name),
            log: () => undefined,
          });
        }),
      );
      const edgePorts = options.gateway ? { identity: await freePort(), gateway: await freePort() } : null;
      const gatewayUrl = edgePorts ? `http://127.0.0.1:${edgePorts.gateway}` : null;
      const replicas = options.replicas ?? 1;
      for (const name of SERVICE_NAMES) {
        const db = stack.databases.get(name) as TestDatabase;
        const env: NodeJS.ProcessEnv = {
          ...inheritedEnv(),
          ...E2E_SERVICE_ENV,
          ...(gatewayUrl
            ? {
                AUTH_MODE: 'dev+jwks',
                AUTH_JWKS_URL: `${gatewayUrl}/.well-known/jwks.json`,
                AUTH_JWKS_ISSUER: 'lz-gateway',
              }
            : {}),
          ...options.env,
          SERVICE_NAME: name,
          DATABASE_URL: stack.pgProxy ? stack.pgProxy.rewrite(db.url) : db.url,
          AMQP_URL: stack.amqpProxy ? stack.amqpProxy.rewrite(vhost.url) : vhost.url,
          REDIS_URL: testInfra.redisUrl,
          REDIS_PREFIX: stack.redisPrefix,
        };
        stack.define(name, await freePort(), env);
        for (let i = 2; i <= replicas; i += 1) stack.define(`${name}#${i}`, await freePort(), env, name);
      }
      const started = [...stack.services.keys()];
      await Promise.all(started.map((name) => stack.startOnFreePort(name)));
      if (edgePorts && gatewayUrl) {
        const issuer = `http://127.0.0.1:${edgePorts.identity}`;
        stack.define('identity', edgePorts.identity, {
          ...inheritedEnv(),
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          IDENTITY_GATEWAY_URLS: gatewayUrl,
        });
        const gatewayDb = await createTestDatabase(`${label}_gateway`);
        stack.databases.set('gateway', gatewayDb);
        stack.define('gateway', edgePorts.gateway, {
          ...inheritedEnv(),
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          DATABASE_URL: gatewayDb.url,
          REDIS_URL: testInfra.redisUrl,
          REDIS_PREFIX: stack.redisPrefix,
          PUBLIC_URL: gatewayUrl,
          OIDC_ISSUER: issuer,
          ...Object.fromEntries(SERVICE_NAMES.map((n) => [`${n.toUpperCase()}_URL`, stack.baseUrl(n)])),
          ...options.gatewayEnv,
        });
        stack.spawn('identity');
        await stack.waitReady('identity', undefined, '/health/live');
        stack.spawn('gateway');
        await stack.waitReady('gateway');
      }
      return stack;
    } catch (err) {
      const tails = stack.tails();
      await stack.stop().catch(() => undefined);
      throw new Error(`${(err as Error).message}\n${tails}`, { cause: err });
    }
  }

  baseUrl(name: ProcessName): string {
    return `http://127.0.0.1:${this.proc(name).port}`;
  }

  /** The gateway's origin (only with `{ gateway: true }`). */
  get gatewayUrl(): string {
    if (!this.services.has('gateway')) throw new Error('start the stack with { gateway: true }');
    return this.baseUrl('gateway');
  }

  /** A browser-like client of the gateway (cookie jar, CSRF header); `signIn(username)` for a session. */
  browser(): BrowserSession {
    return new BrowserSession(this.gatewayUrl);
  }

  /** A new browser signed in as a seeded username (libs/dev-directory) through the real OIDC flow. */
  async signedIn(username: string): Promise<BrowserSession> {
    const b = this.browser();
    await b.signIn(username);
    return b;
  }

  private define(
    name: ProcessName,
    port: number,
    env: NodeJS.ProcessEnv,
    app: ServiceName | EdgeName = name as ServiceName | EdgeName,
  ): void {
    const logFile = path.join(this.logDir, `${name.replace('#', '-')}.log`);
    this.services.set(name, {
      name,
      app,
      port,
      env: { ...env, PORT: String(port) },
      child: null,
      exit: null,
      expectingExit: false,
      unexpectedExit: null,
      log: createWriteStream(logFile, { flags: 'a' }),
      logFile,
      starts: 0,
      stderrTail: '',
    });
  }

  /** Every process of a service: the service itself (replica 1), then `name#2`, … */
  replicas(name: ServiceName): ProcessName[] {
    return [...this.services.values()].filter((p) => p.app === name).map((p) => p.name);
  }

  /** The typed client (libs/api-client) of one service, optionally with a bearer token. */
  api<S extends ServiceName>(name: S, token?: string): ServiceClient<S> {
    return createServiceClient(name, { baseUrl: this.baseUrl(name), token });
  }

  /** A dev JWT (the services run with the dev issuer). */
  token(input: DevTokenInput): Promise<string> {
    return issueDevToken(input);
  }

  /** Sends `signal` (default SIGKILL) and waits for the process to be gone. */
  async kill(name: ProcessName, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const p = this.proc(name);
    if (!p.child || !p.exit) return;
    p.expectingExit = true;
    p.child.kill(signal);
    await p.exit;
  }

  /** Starts a stopped/killed service again (same port, database, vhost, prefix) and waits until ready. */
  async restart(name: ProcessName): Promise<void> {
    const p = this.proc(name);
    if (p.child) await this.kill(name, 'SIGTERM');
    this.spawn(name);
    await this.waitReady(name);
  }

  isRunning(name: ProcessName): boolean {
    return this.proc(name).child !== null;
  }

  /**
   * Starts a service and waits until it is ready; when its port was taken meanwhile by another
   * process (freePort() closes the port before the service binds it, and other test runs pick ports
   * too), starts it again on another free port. Only before anything else has its URL (the gateway
   * is defined after the services).
   */
  private async startOnFreePort(name: ProcessName, tries = 3): Promise<void> {
    const p = this.proc(name);
    for (let attempt = 1; ; attempt += 1) {
      this.spawn(name);
      try {
        await this.waitReady(name);
        return;
      } catch (err) {
        if (p.exit) await Promise.race([p.exit, delay(2_000)]);
        await delay(200); // the last stderr chunk may follow the exit
        const taken = p.stderrTail.includes('EADDRINUSE');
        if (!taken || attempt >= tries) throw err;
        if (p.child) await this.kill(name);
        p.port = await freePort();
        p.env = { ...p.env, PORT: String(p.port) };
      }
    }
  }

  /** Polls `/health/ready` until 200 (or throws with the last answer and the log tail). */
  async waitReady(
    name: ProcessName,
    timeoutMs = this.readyTimeoutMs,
    probe = '/health/ready',
  ): Promise<void> {
    const p = this.proc(name);
    const until = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < until) {
      if (p.unexpectedExit) throw new Error(`${name} exited before it was ready (${p.unexpectedExit})`);
      try {
        const res = await fetch(`${this.baseUrl(name)}${probe}`, { signal: AbortSignal.timeout(2_000) });
        const answering = res.headers.get('x-lz-instance');
        if (answering !== p.instance) {
          // Another process (another test run's) took the port between freePort() and our listen.
          last = `port ${p.port} is answered by another process (${answering ?? 'unknown'})`;
          await res.body?.cancel();
        } else if (res.status === 200) return;
        else last = `${res.status} ${await res.text()}`;
      } catch (err) {
        last = (err as Error).message;
      }
      await delay(200);
    }
    throw new Error(`${name} was not ready within ${timeoutMs} ms: ${last}`);
  }

  /** Every service that exited without the harness asking it to. */
  crashed(): string[] {
    return [...this.services.values()]
      .filter((p) => p.unexpectedExit)
      .map((p) => `${p.name}: ${p.unexpectedExit}`);
  }

  /** Every Redis key of this run's prefix (SCAN, never KEYS: the server is shared). */
  async redisKeys(): Promise<string[]> {
    return this.withRedis(async (redis) => {
      const keys: string[] = [];
      let cursor = '0';
      do {
        const [next, batch] = await redis.scan(cursor, 'MATCH', `${this.redisPrefix}*`, 'COUNT', 1000);
        cursor = next;
        keys.push(...batch);
      } while (cursor !== '0');
      return keys;
    });
  }

  /**
   * Deletes every Redis key of this run's prefix (SCAN + DEL). For this run's services this is
   * exactly FLUSHALL — Redis lost everything — without touching other runs on the shared server.
   */
  async flushRedis(): Promise<number> {
    const keys = await this.redisKeys();
    if (keys.length === 0) return 0;
    return this.withRedis(async (redis) => {
      let deleted = 0;
      for (let i = 0; i < keys.length; i += 500) deleted += await redis.del(...keys.slice(i, i + 500));
      return deleted;
    });
  }

  private async withRedis<T>(fn: (redis: Redis) => Promise<T>): Promise<T> {
    const redis = new Redis(testInfra.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
    await redis.connect();
    try {
      return await fn(redis);
    } finally {
      redis.disconnect();
    }
  }

  /** The last `lines` lines of each service's log (or only of `names`). */
  tails(lines = 40, names: readonly ProcessName[] = [...this.services.keys()]): string {
    return names
      .filter((n) => this.services.has(n))
      .map((n) => {
        const p = this.proc(n);
        let text: string;
        try {
          text = readFileSync(p.logFile, 'utf8');
        } catch {
          text = '(no log)';
        }
        const tail = text.trimEnd().split('\n').slice(-lines).join('\n');
        return `----- ${n} (${p.logFile}) -----\n${tail}`;
      })
      .join('\n');
  }

  /**
   * Runs one step of a test; if it throws, the error carries the services' log tails (and which of
   * them crashed), so a failing e2e test says what the processes said.
   */
  async step<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      const e = err as Error;
      const crashed = this.crashed();
      e.message =
        `${what}: ${e.message}` +
        (crashed.length ? `\ncrashed: ${crashed.join('; ')}` : '') +
        `\n${this.tails(25)}`;
      throw e;
    }
  }

  /**
   * Stops every process (SIGTERM, SIGKILL after 10 s), restores and closes the proxies, drops the
   * databases and the vhost, and deletes the run's Redis keys.
   */
  async stop(): Promise<void> {
    await Promise.all(
      [...this.services.values()].map(async (p) => {
        if (!p.child || !p.exit) return;
        p.expectingExit = true;
        p.child.kill('SIGTERM');
        const timer = setTimeout(() => p.child?.kill('SIGKILL'), 10_000);
        await p.exit;
        clearTimeout(timer);
      }),
    );
    for (const p of this.services.values()) await new Promise<void>((r) => p.log.end(() => r()));
    await this.amqpProxy?.close();
    await this.pgProxy?.close();
    await Promise.all([...this.databases.values()].map((db) => db.drop().catch(() => undefined)));
    await this.vhost.drop();
    await this.flushRedis().catch(() => undefined);
  }

  private proc(name: ProcessName): ServiceProcess {
    const p = this.services.get(name);
    if (!p) throw new Error(`unknown service ${name}`);
    return p;
  }

  private spawn(name: ProcessName): void {
    const p = this.proc(name);
    p.starts += 1;
    p.expectingExit = false;
    p.unexpectedExit = null;
    p.log.write(
      `\n===== e2e harness: start #${p.starts} of ${name} on port ${p.port} at ${new Date().toISOString()}\n`,
    );
    p.instance = `${this.run}:${name}:${p.starts}`;
    const child = spawn(process.execPath, ['-r', './tools/register.cjs', `apps/${p.app}/src/main.ts`], {
      cwd: ROOT,
      env: { ...p.env, LZ_INSTANCE_ID: p.instance },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(p.log, { end: false });
    child.stderr?.pipe(p.log, { end: false });
    p.stderrTail = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      p.stderrTail = (p.stderrTail + chunk.toString('utf8')).slice(-4096);
    });
    p.child = child;
    p.exit = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        p.log.write(`===== e2e harness: ${name} exited (${signal ?? `code ${code}`})\n`);
        if (!p.expectingExit) p.unexpectedExit = signal ?? `exit code ${code}`;
        p.child = null;
        resolve({ code, signal });
      });
    });
  }
}
