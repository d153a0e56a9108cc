// Exercises the workspace scripts built on this lib: `tools/db.mjs migrate` (npm run db:migrate)
// and `tools/start.mjs` (npm start), as child processes against per-run databases.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, testRedisPrefix, type TestDatabase } from '@lz/test-infra';
import { SERVICES, serviceMigrationsDir } from './platform-migrations';

const root = path.resolve(__dirname, '..', '..', '..');
jest.setTimeout(240_000); // boots all six services as processes; a safety net on a loaded machine

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Run {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: root,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function until(check: () => boolean, what: string, run: Run, ms = 150_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; output:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * `n` distinct free ports: every listener is held open until all are bound, so the kernel cannot
 * hand the same port out twice (a freed port may come back at once; two processes of the run were
 * then given one port, and the one that lost the race died).
 */
async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const s = createServer();
          s.once('error', reject);
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  return ports;
}

async function scalar(url: string, sql: string): Promise<unknown> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return Object.values((await c.query(sql)).rows[0] as object)[0];
  } finally {
    await c.end();
  }
}

/** The migration folders of a service, in the order they apply. */
function migrationsOf(service: string): string[] {
  return readdirSync(serviceMigrationsDir(service), { withFileTypes: true })
    .filter((e) => e.isDirectory() || e.isSymbolicLink())
    .map((e) => e.name)
    .sort();
}

describe('tools/db.mjs and tools/start.mjs', () => {
  const dbs = new Map<string, TestDatabase>();
  let env: NodeJS.ProcessEnv;

  beforeEach(async () => {
    env = {};
    for (const { name } of SERVICES) {
      const db = await createTestDatabase(`tools_${name}`);
      dbs.set(name, db);
      env[`${name.toUpperCase()}_DATABASE_URL`] = db.url;
    }
  });
  afterEach(async () => {
    for (const db of dbs.values()) await db.drop();
    dbs.clear();
  });

  it('db.mjs migrate creates the six databases and applies their migrations, idempotently', async () => {
    for (const db of dbs.values()) await db.drop(); // the script must create them
    const first = runScript('tools/db.mjs', ['migrate'], env);
    expect(await first.exited).toBe(0);
    for (const [service, db] of dbs) {
      expect(first.output()).toContain(`${service}`);
      expect(
        await scalar(
          db.url,
          `SELECT string_agg(migration_name, ',' ORDER BY migration_name) FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
        ),
      ).toBe(migrationsOf(service).join(','));
      expect(await scalar(db.url, `SELECT to_regclass('public.audit_log')::text`)).toBe('audit_log');
      expect(await scalar(db.url, `SELECT has_table_privilege('lz_${service}', 'audit_log', 'INSERT')`)).toBe(
        true,
      );
      expect(await scalar(db.url, `SELECT has_table_privilege('lz_${service}', 'audit_log', 'UPDATE')`)).toBe(
        false,
      );
      expect(await scalar(db.url, `SELECT has_table_privilege('lz_${service}', 'audit_log', 'DELETE')`)).toBe(
        false,
      );
    }
    expect(first.output()).toMatch(/\(created\): applied 20261127000000_platform_tables/);
    const second = runScript('tools/db.mjs', ['migrate'], env);
    expect(await second.exited).toBe(0);
    expect(second.output().match(/up to date/g)).toHaveLength(SERVICES.length);
  });

  it('start.mjs starts the six services, identity and the gateway, and stops them all on SIGINT', async () => {
    const ports: Record<string, number> = {};
    const free = await freePorts(SERVICES.length + 2);
    for (const [i, { name }] of SERVICES.entries()) {
      ports[name] = free[i];
      env[`${name.toUpperCase()}_PORT`] = String(ports[name]);
    }
    // The edge on its own ports, database and Redis prefix (never the shared defaults).
    ports.gateway = free[SERVICES.length];
    ports.identity = free[SERVICES.length + 1];
    env.GATEWAY_PORT = String(ports.gateway);
    env.IDENTITY_PORT = String(ports.identity);
    const gatewayDb = await createTestDatabase('tools_gateway');
    dbs.set('gateway', gatewayDb);
    env.GATEWAY_DATABASE_URL = gatewayDb.url;
    env.REDIS_PREFIX = testRedisPrefix('tools_start');
    // Seven processes compiling on loaded cores: generous, polled waits.
    env.LZ_START_TIMEOUT_MS = '150000';
    const run = runScript('tools/start.mjs', [], env);
    try {
      await until(
        () =>
          new RegExp(`all ${SERVICES.length} services, identity and the gateway are live`).test(run.output()),
        'all live',
        run,
        160_000,
      );
      for (const { name } of SERVICES) {
        expect(run.output()).toContain(`http://127.0.0.1:${ports[name]}/health/ready`);
        const res = await fetch(`http://127.0.0.1:${ports[name]}/health/live`);
        expect(await res.json()).toEqual({ status: 'ok', service: name });
      }
      expect(run.output()).toContain(`portal    http://127.0.0.1:${ports.gateway}`);
      expect((await fetch(`http://127.0.0.1:${ports.gateway}/health/live`)).status).toBe(200);
      // The gateway serves the built portal (start.mjs builds it when apps/portal/dist is stale).
      const page = await fetch(`http://127.0.0.1:${ports.gateway}/notices`, {
        headers: { accept: 'text/html' },
      });
      const html = await page.text();
      expect(html).toContain('<div id="root"></div>');
      expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">/);
      expect((await fetch(`http://127.0.0.1:${ports.identity}/health/live`)).status).toBe(200);
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(0);
      expect(run.output()).toContain('all services stopped');
      await expect(fetch(`http://127.0.0.1:${ports.intake}/health/live`)).rejects.toThrow();
    } finally {
      run.child.kill('SIGKILL');
    }
  }, 240_000);

  it('start.mjs stops everything with a non-zero code when a service dies', async () => {
    const free = await freePorts(SERVICES.length);
    for (const [i, { name }] of SERVICES.entries()) env[`${name.toUpperCase()}_PORT`] = String(free[i]);
    env.REVIEW_PORT = '70000'; // review cannot listen there: it exits
    const run = runScript('tools/start.mjs', ['--no-gateway'], env);
    try {
      let code: number | null | undefined;
      void run.exited.then((c) => (code = c));
      await until(() => code !== undefined, 'start.mjs to exit', run);
      expect(code).toBe(1);
      expect(run.output()).toMatch(/review (died|exited)/);
      expect(run.output()).toContain('all services stopped');
      await expect(fetch(`http://127.0.0.1:${env.INTAKE_PORT}/health/live`)).rejects.toThrow();
    } finally {
      run.child.kill('SIGKILL');
    }
  });
});
