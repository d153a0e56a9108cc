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
  /** Unacked event deliveries in flight per service instance. */
  EVENT_PREFETCH: z.coerce.number().int().min(1).max(1000).default(20),
  /** Outbox relay poll interval. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(200),
});
export type PlatformConfig = z.output<typeof platformConfigSchema>;

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
