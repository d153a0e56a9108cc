import { Logger, type LoggerService } from '@nestjs/common';
import type { Publisher } from './event-publisher.service';
import { UnroutableEventError } from './messaging.exception';
import type { TransactionRunner } from '@lz/persistence';

export interface OutboxRelayOptions {
  /** Poll interval when there is nothing to do. Default 200 ms. */
  pollIntervalMs?: number;
  /** Rows claimed per transaction (one batch: one claim, one confirm wait, one mark). Default 500. */
  batchSize?: number;
  /**
   * Batches in flight at once in this instance, each in its own transaction (disjoint rows through
   * SKIP LOCKED): while some wait for their confirms the next ones are claimed, published and marked.
   * Default 4 (the broker confirms a quorum queue's messages at its own pace: with 2 batches it sat
   * idle while each lane claimed and marked — bench/relay/README.md); the relay's pool needs one
   * connection per batch plus one for the health report.
   */
  concurrency?: number;
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

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_CONCURRENCY = 4;

interface ClaimedRow {
  id: string;
  type: string;
  /** The stored JSON text of the envelope. */
  envelope: string;
  attempts: number;
}

/**
 * Publishes committed outbox rows. Each cycle, in one transaction: claim up to `batchSize` unsent,
 * due rows `ORDER BY created_at FOR UPDATE SKIP LOCKED` (so any number of relays — and of batches in
 * one relay — can share one outbox), publish them pipelined with one wait for all their confirms,
 * mark the confirmed ones sent in one statement and push the failed ones back with
 * attempts/last_error/next_attempt_at in another. A crash between confirm and commit republishes the
 * rows (at-least-once); consumers' inbox makes that harmless.
 *
 * `concurrency` lanes run cycles: the first polls; the others join only while a backlog is there
 * (a cycle claimed a full batch, or a commit nudged), so an idle relay costs one query per poll.
 */
export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | null = null;
  private readonly wakers = new Set<() => void>();
  private nudges = 0;
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
    const lanes = Math.max(1, Math.floor(this.options.concurrency ?? DEFAULT_CONCURRENCY));
    this.loop = Promise.all(Array.from({ length: lanes }, (_, lane) => this.run(lane))).then(() => undefined);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
    this.loop = null;
  }

  /** Look at the outbox now (call after committing a transaction that wrote events). */
  nudge(): void {
    this.nudges += 1;
    this.wakeAll();
  }

  /** Runs one claim-publish-mark cycle; returns how many rows it claimed. */
  relayOnce(): Promise<number> {
    return this.cycle(() => undefined);
  }

  /** One cycle; `onClaimed` is told how many rows were claimed as soon as the claim returned. */
  private async cycle(onClaimed: (claimed: number) => void): Promise<number> {
    const batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    return this.runner.transaction(async (tx) => {
      // outbox_event_claim_idx (created_at) WHERE sent_at IS NULL: an ordered index scan that stops
      // after `batchSize` rows, however long the backlog (a sort of every unsent row before).
      // The rows are locked and ordered by (id, created_at) alone and the envelopes fetched by id
      // after: when the table's statistics lag behind a sudden backlog (not analyzed yet; it
      // estimates a few hundred unsent rows), the planner takes a bitmap scan + sort of the whole
      // backlog instead of the index, and a sort that carries the envelopes spilled ~80 MB to disk
      // per claim — 300–850 ms for 500 of 20,000 rows, against ~10 ms for a sort of ids
      // (bench/relay/README.md).
      // And the planner is told not to sort (for this transaction): the index gives the order, and
      // even a sort of ids read every unsent row per claim (~10–25 ms of the database's CPU for
      // 20,000, against ~3 ms; it grows with the backlog). jit off: the cost that enable_sort adds
      // to a plan that must sort (the 500 claimed rows, by created_at) would have JIT-compiled the
      // query, ~100 ms each time.
      await tx.$queryRawUnsafe(
        `SELECT set_config('enable_sort', 'off', true) AS sort, set_config('jit', 'off', true) AS jit`,
      );
      // The envelope as the text its writer stored (a json column): published as it is.
      const rows = await tx.$queryRawUnsafe<ClaimedRow[]>(
        `WITH claimed AS (
           SELECT id, created_at FROM outbox_event
            WHERE sent_at IS NULL AND next_attempt_at <= now()
            ORDER BY created_at
            LIMIT $1
            FOR UPDATE SKIP LOCKED)
         SELECT o.id::text AS id, o.type, o.envelope::text AS envelope, o.attempts
           FROM claimed JOIN outbox_event o ON o.id = claimed.id
          ORDER BY claimed.created_at`,
        batchSize,
      );
      onClaimed(rows.length);
      if (rows.length === 0) return 0;
      const outcomes = await this.publisher.publishBatch(rows.map((row) => row.envelope));
      const sent: string[] = [];
      const failed: { ids: string[]; errors: string[]; delays: number[] } = {
        ids: [],
        errors: [],
        delays: [],
      };
      let firstFailure: string | null = null;
      for (const [i, err] of outcomes.entries()) {
        const row = rows[i];
        if (err === null) {
          sent.push(row.id);
          continue;
        }
        const attempts = row.attempts + 1;
        const message =
          err instanceof UnroutableEventError ? `unroutable: ${err.message}` : String(err.message ?? err);
        if (err instanceof UnroutableEventError) {
          this.logger.error(
            `outbox row ${row.id} (${row.type}) is UNROUTABLE, attempt ${attempts}: ${err.message}`,
          );
        } else {
          firstFailure ??= `outbox row ${row.id} (${row.type}) not published, attempt ${attempts}: ${message}`;
        }
        failed.ids.push(row.id);
        failed.errors.push(message);
        failed.delays.push(this.backoff(attempts));
      }
      if (firstFailure) {
        const others = failed.ids.length - 1;
        this.logger.warn(
          others > 0 ? `${firstFailure} (and ${others} more rows of the batch)` : firstFailure,
        );
      }
      if (failed.ids.length > 0) {
        await tx.$executeRawUnsafe(
          `UPDATE outbox_event AS o
              SET attempts = o.attempts + 1, last_error = f.error,
                  next_attempt_at = now() + (f.delay_ms * interval '1 millisecond')
             FROM unnest($1::uuid[], $2::text[], $3::double precision[]) AS f(id, error, delay_ms)
            WHERE o.id = f.id`,
          failed.ids,
          failed.errors,
          failed.delays,
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

  /**
   * One lane of cycles. Lane 0 polls every `pollIntervalMs`; the others sleep without a timer until
   * a cycle claimed a full batch (a backlog: they are woken as soon as its claim returned, not once
   * it was confirmed and committed) or a commit nudged, and go back to sleep once a cycle finds less
   * than a full batch.
   */
  private async run(lane: number): Promise<void> {
    const batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    const pollMs = this.options.pollIntervalMs ?? 200;
    const idleMs = lane === 0 ? pollMs : null;
    while (this.running) {
      const seen = this.nudges;
      if (!this.publisher.ready) {
        // Broker away: nothing to claim now; the publisher reconnects on its own.
        await this.pause(lane === 0 ? pollMs : null);
        continue;
      }
      let claimed: number;
      try {
        claimed = await this.cycle((n) => {
          if (n >= batchSize) this.wakeAll(); // more behind it: the other lanes join in now
        });
      } catch (err) {
        this.logger.error(`relay cycle failed: ${(err as Error).message}`);
        await this.pause(this.options.errorPauseMs ?? 1_000);
        continue;
      }
      if (claimed >= batchSize) continue;
      if (this.nudges === seen) await this.pause(idleMs);
    }
  }

  private wakeAll(): void {
    for (const wake of [...this.wakers]) wake();
  }

  /** Sleeps `ms` (null: until woken), or until nudged / woken by a lane that found a backlog. */
  private pause(ms: number | null): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        if (timer) clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = ms === null ? null : setTimeout(done, ms);
      this.wakers.add(done);
    });
  }

  private backoff(attempts: number): number {
    const base = this.options.retryBaseMs ?? 1_000;
    const max = this.options.retryMaxMs ?? 60_000;
    return Math.min(max, base * 2 ** Math.min(attempts - 1, 30));
  }
}
