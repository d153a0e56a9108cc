import type { Redis } from 'ioredis';

/**
 * A fixed-window counter per client address in Redis (shared by every gateway replica): the first
 * request of a window sets the expiry, INCR and PEXPIRE NX run in one MULTI, so two replicas never
 * both start a window.
 */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  async hit(name: string, client: string): Promise<{ allowed: boolean; remaining: number; resetMs: number }> {
    const key = `${this.prefix}gw:rl:${name}:${client}`;
    const res = (await this.redis
      .multi()
      .incr(key)
      .pexpire(key, this.windowMs, 'NX')
      .pttl(key)
      .exec()) as Array<[Error | null, number]>;
    const count = res[0][1];
    const ttl = res[2][1];
    return {
      allowed: count <= this.limit,
      remaining: Math.max(0, this.limit - count),
      resetMs: ttl > 0 ? ttl : this.windowMs,
    };
  }

  get max(): number {
    return this.limit;
  }
}
