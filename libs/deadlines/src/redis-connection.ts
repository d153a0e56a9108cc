import type { RedisOptions } from 'bullmq';

/** Reconnect back-off: 200 ms doubling to 10 s, with jitter; never gives up. */
export function redisRetryStrategy(times: number): number {
  const base = Math.min(200 * 2 ** Math.min(times, 10), 10_000);
  return Math.round(base / 2 + Math.random() * (base / 2));
}

/**
 * Connection settings as BullMQ recommends for production:
 * - worker: `maxRetriesPerRequest: null` — its blocking commands must wait through a Redis outage
 *   rather than error out (BullMQ forces this for workers anyway and warns otherwise);
 * - producer (Queue): `enableOfflineQueue: false` — fail fast while Redis is down, so `ensureJob`
 *   returns at once instead of hanging a request; the job is not lost, the row is the truth and the
 *   reconciler re-creates the job when Redis is back. (At start-up BullMQ itself waits for "ready"
 *   before the first command, so the offline queue is not needed for the first connect.)
 * Both reconnect forever with back-off.
 */
export function redisConnectionOptions(url: string, role: 'worker' | 'producer'): RedisOptions {
  const common: RedisOptions = {
    url,
    retryStrategy: redisRetryStrategy,
    connectionName: `lz-deadlines-${role}`,
  };
  return role === 'worker'
    ? { ...common, maxRetriesPerRequest: null }
    : { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1 };
}
