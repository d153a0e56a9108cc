import { Logger, type LoggerService } from '@nestjs/common';
import type { WireEnvelope } from './envelope.schema';
import type { Publisher } from './event-publisher.service';
import { UnroutableEventError } from './messaging.exception';
import type { TransactionRunner } from '@lz/persistence';

export interface OutboxRelayOptions {
  /** Poll interval when there is nothing to do. Default 200 ms. */
  pollIntervalMs?: number;
  /** Rows claimed per transaction. Default 100. */
  batchSize?: number;
  /** Back-off of a failed row: base * 2^(attempts-1), capped. Defaults 1 s and 60 s. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Pause after the relay loop itself fails (database away). Default 1 s. */
  errorPauseMs?: number;
}

export interface UnsentReport {
  unsent: number;
  /** Unsent rows that failed at least once. */
  failing: number;
  unroutable: number;
  oldestCreatedAt: string | null;
  lastErrors: Array<{ id: string; type: string; attempts: number; lastError: string; nextAttemptAt: string }>;
}

interface ClaimedRow {
  id: string;
  type: string;
  envelope: WireEnvelope | string;
  attempts: number;
}

/**
 * Publishes committed outbox rows. Each cycle, in one transaction: claim up to `batchSize` unsent,
 * due rows `ORDER BY created_at FOR UPDATE SKIP LOCKED` (so any number of relays can share one
 * outbox), publish them with confirms, mark the confirmed ones sent and push the failed ones back
 * with attempts/last_error/next_attempt_at. A crash between confirm and commit republishes the row
 * (at-least-once); consumers' inbox makes that harmless.
 */
export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private nudged = false;
  private readonly logger: LoggerService;
  private publishedCount = 0;

  constructor(
    private readonly runner: TransactionRunner,
    private readonly publisher: Publisher,
    private readonly options: OutboxRelayOptions = {},
    logger?: LoggerService,
  ) {
    this.logger = logger ?? new Logger('OutboxRelay');
  }

  /** Rows this instance has published since it started. */
  get published(): number {
    return this.publishedCount;
  }

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
    this.loop = null;
  }

  /** Look at the outbox now (call after committing a transaction that wrote events). */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** Runs one claim-publish-mark cycle; returns how many rows it claimed. */
  async relayOnce(): Promise<number> {
    const batchSize = this.options.batchSize ?? 100;
    return this.runner.transaction(async (tx) => {
      const rows = await tx.$queryRawUnsafe<ClaimedRow[]>(
        `SELECT id::text AS id, type, envelope, attempts FROM outbox_event
          WHERE sent_at IS NULL AND next_attempt_at <= now()
          ORDER BY created_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        batchSize,
      );
      if (rows.length === 0) return 0;
      const outcomes = await Promise.allSettled(
        rows.map((row) =>
          this.publisher.publish(typeof row.envelope === 'string' ? JSON.parse(row.envelope) : row.envelope),
        ),
      );
      const sent: string[] = [];
      for (const [i, outcome] of outcomes.entries()) {
        const row = rows[i];
        if (outcome.status === 'fulfilled') {
          sent.push(row.id);
          continue;
        }
        const err = outcome.reason as Error;
        const attempts = row.attempts + 1;
        const delayMs = this.backoff(attempts);
        const message =
          err instanceof UnroutableEventError ? `unroutable: ${err.message}` : String(err?.message ?? err);
        if (err instanceof UnroutableEventError) {
          this.logger.error(
            `outbox row ${row.id} (${row.type}) is UNROUTABLE, attempt ${attempts}: ${err.message}`,
          );
        } else {
          this.logger.warn(
            `outbox row ${row.id} (${row.type}) not published, attempt ${attempts}: ${message}`,
          );
        }
        await tx.$executeRawUnsafe(
          `UPDATE outbox_event
              SET attempts = attempts + 1, last_error = $2,
                  next_attempt_at = now() + ($3::double precision * interval '1 millisecond')
            WHERE id = $1::uuid`,
          row.id,
          message,
          delayMs,
        );
      }
      if (sent.length > 0) {
        await tx.$executeRawUnsafe(
          'UPDATE outbox_event SET sent_at = now() WHERE id = ANY($1::uuid[])',
          sent,
        );
        this.publishedCount += sent.length;
      }
      return rows.length;
    });
  }

  /** Unsent rows, the oldest one, and the latest failures (unroutable ones included). */
  async unsentReport(limit = 10): Promise<UnsentReport> {
    return this.runner.transaction(async (tx) => {
      const [summary] = await tx.$queryRawUnsafe<
        Array<{ unsent: number; failing: number; unroutable: number; oldest: Date | null }>
      >(
        `SELECT count(*)::int AS unsent,
                count(*) FILTER (WHERE last_error IS NOT NULL)::int AS failing,
                count(*) FILTER (WHERE last_error LIKE 'unroutable:%')::int AS unroutable,
                min(created_at) AS oldest
           FROM outbox_event WHERE sent_at IS NULL`,
      );
      const errors = await tx.$queryRawUnsafe<
        Array<{ id: string; type: string; attempts: number; last_error: string; next_attempt_at: Date }>
      >(
        `SELECT id::text AS id, type, attempts, last_error, next_attempt_at FROM outbox_event
          WHERE sent_at IS NULL AND last_error IS NOT NULL
          ORDER BY next_attempt_at DESC LIMIT $1`,
        limit,
      );
      return {
        unsent: summary.unsent,
        failing: summary.failing,
        unroutable: summary.unroutable,
        oldestCreatedAt: summary.oldest ? new Date(summary.oldest).toISOString() : null,
        lastErrors: errors.map((e) => ({
          id: e.id,
          type: e.type,
          attempts: e.attempts,
          lastError: e.last_error,
          nextAttemptAt: new Date(e.next_attempt_at).toISOString(),
        })),
      };
    });
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? 100;
    const pollMs = this.options.pollIntervalMs ?? 200;
    while (this.running) {
      this.nudged = false;
      if (!this.publisher.ready) {
        // Broker away: nothing to claim now; the publisher reconnects on its own.
        await this.pause(pollMs);
        continue;
      }
      let claimed: number;
      try {
        claimed = await this.relayOnce();
      } catch (err) {
        this.logger.error(`relay cycle failed: ${(err as Error).message}`);
        await this.pause(this.options.errorPauseMs ?? 1_000);
        continue;
      }
      if (claimed < batchSize && !this.nudged) await this.pause(pollMs);
    }
  }

  private pause(ms: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }

  private backoff(attempts: number): number {
    const base = this.options.retryBaseMs ?? 1_000;
    const max = this.options.retryMaxMs ?? 60_000;
    return Math.min(max, base * 2 ** Math.min(attempts - 1, 30));
  }
}
