import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { OffsetClock } from '@lz/deadlines';
import type { ServiceDefinition, ServiceModuleFactory } from '@lz/platform';
import { EventProbe } from './events';
import { startTestService, type TestService } from './service';

/** A booted service with what its integration specs usually need around it. */
export interface ServiceHarness {
  svc: TestService;
  /** The service's clock: real time plus an offset the test may move (deadlines stay real jobs). */
  clock: OffsetClock;
  /** Everything the service publishes under its own routing keys (`<service>.#`). */
  probe: EventProbe;
  /** A direct connection to the service's test database, for assertions. */
  db: Client;
  officer: string;
  close(): Promise<void>;
}

/**
 * Boots `service` with a controllable clock, an event probe, a database client and an officer token
 * (`env`: extra environment, e.g. a long DEADLINE_RECONCILE_MS).
 */
export async function startServiceHarness(
  service: ServiceDefinition,
  appModule: ServiceModuleFactory,
  env?: Record<string, string>,
): Promise<ServiceHarness> {
  const clock = new OffsetClock();
  const svc = await startTestService(service, appModule, { runtime: { clock }, env });
  const probe = await EventProbe.open(svc.config.AMQP_URL, [`${service.name}.#`]);
  const db = new Client({ connectionString: svc.db.url });
  await db.connect();
  const officer = await svc.token({ role: 'officer', sub: 'officer-1' });
  return {
    svc,
    clock,
    probe,
    db,
    officer,
    async close() {
      await probe.close();
      await db.end();
      await svc.close();
    },
  };
}

/**
 * {@link startServiceHarness} for a service that stores uploaded files: the app gets a fresh blob
 * directory (`blobDir`, for tests that tamper with a stored file), removed on close.
 */
export async function startFileServiceHarness(
  service: ServiceDefinition,
  appModule: (blobDir: string) => ServiceModuleFactory,
  env?: Record<string, string>,
): Promise<ServiceHarness & { blobDir: string }> {
  const blobDir = await mkdtemp(path.join(os.tmpdir(), `lz-${service.name}-blobs-`));
  const h = await startServiceHarness(service, appModule(blobDir), env);
  return {
    ...h,
    blobDir,
    async close() {
      await h.close();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

/**
 * "FLUSHALL" for this run: deletes every Redis key under the service's prefix (SCAN + DEL) — its
 * delayed jobs included. The Redis server is shared with other test runs, so only this run's keys go.
 * Returns how many keys it deleted.
 */
export async function flushRunPrefix(h: Pick<ServiceHarness, 'svc'>): Promise<number> {
  const redis = new Redis(h.svc.config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 3 });
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${h.svc.config.REDIS_PREFIX}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
