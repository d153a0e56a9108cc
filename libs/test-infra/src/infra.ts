import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

/**
 * Per-run isolation on the machine's real servers (docs/ARCHITECTURE.md "Tests"): every test run gets its
 * own Postgres databases, its own RabbitMQ vhost and its own Redis key prefix, so runs never collide.
 * The servers themselves are the real ones — never stand-ins.
 */
export const testInfra = {
  postgresAdminUrl: process.env.LZ_TEST_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  amqpBase: process.env.LZ_TEST_AMQP_BASE ?? 'amqp://guest:guest@127.0.0.1:5672',
  amqpUser: process.env.LZ_TEST_AMQP_USER ?? 'guest',
  redisUrl: process.env.LZ_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
};

/** A short unique suffix for names of this run: lowercase letters and digits only. */
export function runId(label: string): string {
  const safe = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 24);
  return `${safe}_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates an empty database `lz_t_<label>_<unique>` on the local Postgres. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `lz_t_${runId(label)}`;
  const admin = new Client({ connectionString: testInfra.postgresAdminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabase(testInfra.postgresAdminUrl, name),
    async drop() {
      const c = new Client({ connectionString: testInfra.postgresAdminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

export interface TestVhost {
  vhost: string;
  url: string;
  drop(): Promise<void>;
}

/** Creates a RabbitMQ vhost for this run (rabbitmqctl, as the CI machine runs as root). */
export async function createTestVhost(label: string): Promise<TestVhost> {
  const vhost = `lz-t-${runId(label)}`;
  await run('rabbitmqctl', ['-q', 'add_vhost', vhost]);
  await run('rabbitmqctl', ['-q', 'set_permissions', '-p', vhost, testInfra.amqpUser, '.*', '.*', '.*']);
  return {
    vhost,
    url: `${testInfra.amqpBase}/${encodeURIComponent(vhost)}`,
    async drop() {
      await run('rabbitmqctl', ['-q', 'delete_vhost', vhost]).catch(() => undefined);
    },
  };
}

/** A Redis key prefix for this run; BullMQ queues take it as their `prefix`. */
export function testRedisPrefix(label: string): string {
  return `lz-t:${runId(label)}`;
}
