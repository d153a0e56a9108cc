import { Injectable } from '@nestjs/common';
import { HealthIndicatorProvider, type HealthIndicator } from '@lz/http';
import { DeliveryRelay } from './delivery-relay.service';

/** Past this, a due delivery that has not gone out makes /health/ready say so (degraded, never unready). */
const LATE_MS = 60_000;

/**
 * The deliveries in /health/ready's detail: degraded while due messages wait longer than a minute
 * (the mail server is away) or some were refused for good; ready all the same, since the rows wait.
 */
@Injectable()
@HealthIndicatorProvider()
export class DeliveryHealth implements HealthIndicator {
  readonly name = 'deliveries';

  constructor(private readonly relay: DeliveryRelay) {}

  async check() {
    const rows = await this.relay.backlog().catch(() => undefined);
    if (!rows) return { ok: true, degraded: true, detail: 'delivery backlog unknown (database away)' };
    const late = rows.filter((r) => r.status === 'PENDING' && (r.oldestDueMs ?? 0) > LATE_MS);
    const failed = rows.filter((r) => r.status === 'FAILED');
    if (late.length === 0 && failed.length === 0) return { ok: true };
    const parts = [
      ...late.map(
        (r) => `${r.n} ${r.channel} waiting (oldest due ${Math.round((r.oldestDueMs ?? 0) / 1000)} s ago)`,
      ),
      ...failed.map((r) => `${r.n} ${r.channel} refused for good`),
    ];
    const last = this.relay.lastError ? `; last error: ${this.relay.lastError.error}` : '';
    return { ok: true, degraded: true, detail: `${parts.join(', ')}${last}` };
  }
}
