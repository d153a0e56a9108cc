import { z } from 'zod';
import { authConfigSchema } from '@lz/auth';
import { baseConfigSchema, loadConfig } from '@lz/http';
import { serviceDatabaseUrl } from '@lz/persistence';
import type { ServiceDefinition } from './service-definition';

const delays = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'a comma-separated list of milliseconds, e.g. 1000,5000,30000')
  .transform((s) => s.split(',').map(Number));

/** Every setting of a service, validated at boot (ARCHITECTURE.md "Running"). */
export const platformConfigSchema = baseConfigSchema.extend(authConfigSchema.shape).extend({
  /** BullMQ key prefix (tests give each run its own). */
  REDIS_PREFIX: z.string().min(1).default('lz'),
  /** How often missing deadline jobs are re-created from the rows. */
  DEADLINE_RECONCILE_MS: z.coerce.number().int().min(50).default(60_000),
  /** Back-off before each redelivery of a failed event; attempts = delays + 1. */
  EVENT_RETRY_DELAYS_MS: delays.default([1000, 5000, 30000]),
  /** Unacked event deliveries in flight per service instance (each holds one transaction). */
  EVENT_PREFETCH: z.coerce.number().int().min(1).max(1000).default(8),
  /** A handler that has not returned after this long fails its attempt (ARCHITECTURE.md "Outages"). */
  EVENT_HANDLER_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  /** Starts without a return after which a redelivered event is dead-lettered unrun (crash loops). */
  EVENT_POISON_STARTS: z.coerce.number().int().min(1).max(8).default(3),
  /** Outbox relay poll interval. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(200),
  /** Outbox rows the relay claims, publishes (one confirm wait) and marks per transaction. */
  OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  /**
   * Relay batches in flight at once per instance (each its own transaction and connection): the
   * broker confirms a quorum queue's messages at its own pace and needs several batches to work on
   * while the others are claimed and marked (bench/relay/README.md).
   */
  OUTBOX_RELAY_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(4),
  /** Deadline jobs processed at once by this instance's BullMQ worker. */
  DEADLINE_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(5),
  /**
   * Most rows of a kind with a batch handler (`@OnDeadlines`) that one firing transaction takes when
   * many are due at once (libs/deadlines README "Batches"); 1 fires every row alone.
   */
  DEADLINE_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(25),
  /**
   * Connection pools, one per kind of work, so background work never starves requests or each
   * other (sizes are maxima; connections open on demand and close when idle). Defaults: requests
   * 10; events = EVENT_PREFETCH (every in-flight delivery holds one transaction); relay
   * OUTBOX_RELAY_CONCURRENCY + 1 (its batches + the health report); audit chainer 1; deadlines = DEADLINE_CONCURRENCY + 1 (reconciler).
   */
  DB_POOL_REQUESTS: z.coerce.number().int().min(1).max(500).default(10),
  DB_POOL_EVENTS: z.coerce.number().int().min(1).max(500).optional(),
  DB_POOL_RELAY: z.coerce.number().int().min(1).max(50).optional(),
  DB_POOL_AUDIT: z.coerce.number().int().min(1).max(50).default(1),
  DB_POOL_DEADLINES: z.coerce.number().int().min(1).max(500).optional(),
});
export type PlatformConfig = z.output<typeof platformConfigSchema>;

/** The kinds of database work that get a pool of their own (see `DB_POOL_*`). */
export type DatabaseWork = 'requests' | 'events' | 'relay' | 'audit' | 'deadlines';

/** Pool size of one kind of work, from the config and its defaults. */
export function poolSizeFor(config: PlatformConfig, work: DatabaseWork): number {
  switch (work) {
    case 'requests':
      return config.DB_POOL_REQUESTS;
    case 'events':
      return config.DB_POOL_EVENTS ?? config.EVENT_PREFETCH;
    case 'relay':
      return config.DB_POOL_RELAY ?? config.OUTBOX_RELAY_CONCURRENCY + 1;
    case 'audit':
      return config.DB_POOL_AUDIT;
    case 'deadlines':
      return config.DB_POOL_DEADLINES ?? config.DEADLINE_CONCURRENCY + 1;
  }
}

/**
 * A service's config from the environment: `<SERVICE>_DATABASE_URL` (else `DATABASE_URL`, else the
 * local `lz_<service>` database) and `<SERVICE>_PORT` (else `PORT`, else the service's port).
 */
export function loadPlatformConfig(
  service: ServiceDefinition,
  env: Record<string, string | undefined> = process.env,
): PlatformConfig {
  const upper = service.name.toUpperCase();
  return loadConfig(platformConfigSchema, {
    ...env,
    DATABASE_URL: serviceDatabaseUrl(service.name, env as NodeJS.ProcessEnv),
    PORT: env[`${upper}_PORT`] ?? env.PORT ?? String(service.port),
  });
}
