import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

export interface HealthCheckResult {
  /** False makes the service unready (503). */
  ok: boolean;
  /**
   * Still ready, but something is worth a look: a dependency whose outage the service absorbs
   * (RabbitMQ: the outbox holds events; Redis: the deadline rows hold deadlines), dead letters.
   */
  degraded?: boolean;
  detail?: string;
}

/** A readiness check (Postgres, RabbitMQ, Redis…). */
export interface HealthIndicator {
  name: string;
  check(): Promise<HealthCheckResult>;
}

/** Class decorator: a provider marked with it is registered as a readiness indicator at boot. */
export const HealthIndicatorProvider = DiscoveryService.createDecorator<void>();

const CHECK_TIMEOUT_MS = 3000;

/**
 * Holds the readiness indicators: providers decorated with @HealthIndicatorProvider() are found
 * at boot; others can `register()` themselves (e.g. in onModuleInit).
 */
@Injectable()
export class HealthRegistry implements OnApplicationBootstrap {
  private readonly indicators = new Map<string, HealthIndicator>();

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: HealthIndicatorProvider.KEY })) {
      const instance = wrapper.instance as HealthIndicator | undefined;
      if (instance && typeof instance.check === 'function') this.register(instance);
    }
  }

  register(indicator: HealthIndicator): void {
    if (this.indicators.has(indicator.name) && this.indicators.get(indicator.name) !== indicator) {
      throw new Error(`Health indicator '${indicator.name}' registered twice — give each a unique name`);
    }
    this.indicators.set(indicator.name, indicator);
  }

  async checkAll(): Promise<{ ok: boolean; degraded: string[]; checks: Record<string, HealthCheckResult> }> {
    const entries = await Promise.all(
      [...this.indicators.values()].map(async (ind): Promise<[string, HealthCheckResult]> => {
        let timer: NodeJS.Timeout | undefined;
        try {
          const timeout = new Promise<HealthCheckResult>((resolve) => {
            timer = setTimeout(
              () => resolve({ ok: false, detail: `timed out after ${CHECK_TIMEOUT_MS} ms` }),
              CHECK_TIMEOUT_MS,
            );
          });
          return [ind.name, await Promise.race([ind.check(), timeout])];
        } catch (err) {
          return [ind.name, { ok: false, detail: err instanceof Error ? err.message : String(err) }];
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    const checks = Object.fromEntries(entries);
    return {
      ok: entries.every(([, r]) => r.ok),
      degraded: entries.filter(([, r]) => r.degraded).map(([name]) => name),
      checks,
    };
  }
}
