// Test support for this lib's *.int-spec.ts only (not exported from the lib's index): a real
// Postgres database with the platform tables, a real Redis key prefix, a Nest app with the module.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
// The deadlines lib (type:data-access) may not import the testing lib in production code; these
// helpers exist only for its integration tests, which need the per-run isolation of @lz/testing.
import { createTestDatabase, testInfra, testRedisPrefix, type TestDatabase } from '@lz/test-infra';
import { OffsetClock, type Clock } from '../clock';
import { DeadlineBatchHandler, DeadlineHandler } from '../deadline-handler.decorator';
import { DeadlineQueue } from '../deadline.queue';
import { DeadlineReconciler } from '../deadline-reconciler.service';
import { DeadlineScheduler } from '../deadline-scheduler.service';
import { DeadlinesModule } from '../deadlines.module';
import { DEADLINES_CLOCK, type DeadlinesModuleOptions } from '../deadlines.constants';
import type { DeadlineRow } from '../deadline.types';
import { pgTransactionRunner, type SqlClient, type TransactionRunner } from '@lz/persistence';

const PLATFORM_SQL = resolve(
  __dirname,
  '../../../persistence/prisma/migrations/20261127000000_platform_tables/migration.sql',
);

export const TEST_KINDS = ['test.notice.expiry', 'test.window.open', 'test.batch.expiry'] as const;

/** What the test handlers share with the test. */
export class HarnessState {
  /** Deadline ids whose handler writes its effect and then throws on the first call. */
  readonly failFirst = new Set<string>();
  readonly calls = new Map<string, number>();
  /** Deadline ids whose effect is written and then throws, every time (the batch kind). */
  readonly failAlways = new Set<string>();
  /** The ids of each call of the batch handler, in order. */
  readonly batches: string[][] = [];
}

/** The test app's handlers: each writes one `effect` row inside the firing transaction. */
@Injectable()
export class EffectHandlers {
  constructor(
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
    @Inject(HarnessState) private readonly state: HarnessState,
  ) {}

  @DeadlineHandler('test.notice.expiry')
  async noticeExpired(deadline: DeadlineRow, tx: SqlClient): Promise<void> {
    await this.effect(deadline, tx);
  }

  @DeadlineHandler('test.window.open')
  async windowOpened(deadline: DeadlineRow, tx: SqlClient): Promise<void> {
    await this.effect(deadline, tx);
  }

  /** The batch kind: one effect row per deadline, in order; a `failAlways` row throws half-way. */
  @DeadlineBatchHandler('test.batch.expiry')
  async batchExpired(deadlines: DeadlineRow[], tx: SqlClient): Promise<void> {
    this.state.batches.push(deadlines.map((d) => d.id));
    for (const d of deadlines) {
      await this.effect(d, tx);
      if (this.state.failAlways.has(d.id)) throw new Error(`${d.id} fails on purpose, every time`);
    }
  }

  private async effect(d: DeadlineRow, tx: SqlClient): Promise<void> {
    const n = (this.state.calls.get(d.id) ?? 0) + 1;
    this.state.calls.set(d.id, n);
    await tx.$executeRawUnsafe(
      'INSERT INTO effect (deadline_id, due_at, fired_clock) VALUES ($1, $2, $3)',
      d.id,
      d.dueAt,
      this.clock.now(),
    );
    if (n === 1 && this.state.failFirst.has(d.id))
      throw new Error(`first attempt of ${d.id} fails on purpose`);
  }
}

export interface EffectCounts {
  effects: number;
  distinct: number;
  doubled: number;
  early: number;
  fired: number;
  pending: number;
}

export class DeadlinesHarness {
  app: TestingModule | undefined;

  private constructor(
    readonly db: TestDatabase,
    readonly pool: Pool,
    readonly runner: TransactionRunner,
    readonly clock: OffsetClock,
    readonly prefix: string,
    readonly state: HarnessState,
    readonly redis: Redis,
  ) {}

  static async create(label: string): Promise<DeadlinesHarness> {
    const db = await createTestDatabase(label);
    const pool = new Pool({ connectionString: db.url, max: 12 });
    // DROP DATABASE ... WITH (FORCE) at the end may reach a backend whose client pg-pool is still
    // closing; the pool re-emits that expected FATAL as 'error', which must not crash the run.
    pool.on('error', () => undefined);
    await pool.query(await readFile(PLATFORM_SQL, 'utf8'));
    await pool.query(
      'CREATE TABLE effect (deadline_id TEXT NOT NULL, due_at TIMESTAMPTZ NOT NULL, fired_clock TIMESTAMPTZ NOT NULL)',
    );
    const redis = new Redis(testInfra.redisUrl, { maxRetriesPerRequest: 3 });
    return new DeadlinesHarness(
      db,
      pool,
      pgTransactionRunner(pool),
      new OffsetClock(),
      testRedisPrefix(label),
      new HarnessState(),
      redis,
    );
  }

  options(overrides: Partial<DeadlinesModuleOptions> = {}): DeadlinesModuleOptions {
    return {
      service: 'testsvc',
      redis: { url: testInfra.redisUrl, prefix: this.prefix },
      kinds: TEST_KINDS,
      transactionRunner: this.runner,
      clock: this.clock,
      reconcileEveryMs: 500,
      concurrency: 10,
      jobs: { attempts: 3, backoffMs: 200 },
      ...overrides,
    };
  }

  async start(overrides: Partial<DeadlinesModuleOptions> = {}): Promise<TestingModule> {
    const app = await Test.createTestingModule({
      imports: [DeadlinesModule.forRoot(this.options(overrides))],
      providers: [EffectHandlers, { provide: HarnessState, useValue: this.state }],
    }).compile();
    this.app = app;
    await app.init();
    return app;
  }

  private started(): TestingModule {
    if (!this.app) throw new Error('start() the harness first');
    return this.app;
  }

  get scheduler(): DeadlineScheduler {
    return this.started().get(DeadlineScheduler);
  }

  get reconciler(): DeadlineReconciler {
    return this.started().get(DeadlineReconciler);
  }

  get queue(): DeadlineQueue {
    return this.started().get(DeadlineQueue);
  }

  async counts(): Promise<EffectCounts> {
    const { rows } = await this.pool.query<Record<keyof EffectCounts, string>>(`
      SELECT (SELECT count(*) FROM effect) AS effects,
             (SELECT count(DISTINCT deadline_id) FROM effect) AS distinct,
             (SELECT count(*) FROM effect) - (SELECT count(DISTINCT deadline_id) FROM effect) AS doubled,
             (SELECT count(*) FROM effect WHERE fired_clock < due_at) AS early,
             (SELECT count(*) FROM deadline WHERE status = 'FIRED') AS fired,
             (SELECT count(*) FROM deadline WHERE status = 'PENDING') AS pending`);
    const r = rows[0];
    return {
      effects: Number(r.effects),
      distinct: Number(r.distinct),
      doubled: Number(r.doubled),
      early: Number(r.early),
      fired: Number(r.fired),
      pending: Number(r.pending),
    };
  }

  /** Every Redis key of this run's prefix. */
  async prefixKeys(): Promise<string[]> {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}:*`, 'COUNT', 1000);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    return keys;
  }

  /**
   * Redis "loses everything": deletes every key of this run's prefix (SCAN prefix* + DEL). For this
   * run it is the same as FLUSHALL — all BullMQ state of the queue (delayed set, job hashes, ids,
   * meta, markers) lives under the prefix — without wiping the shared server other runs use.
   */
  async loseRedis(): Promise<number> {
    const keys = await this.prefixKeys();
    for (let i = 0; i < keys.length; i += 500) await this.redis.del(...keys.slice(i, i + 500));
    return keys.length;
  }

  async stopApp(): Promise<void> {
    const app = this.app;
    this.app = undefined;
    if (app) await app.close();
  }

  async dispose(): Promise<void> {
    await this.stopApp();
    await this.loseRedis().catch(() => undefined);
    this.redis.disconnect();
    await this.pool.end();
    await this.db.drop();
  }
}

/** Polls `check` until it returns true (or throws after `timeoutMs` with `what`). */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
