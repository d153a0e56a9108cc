import type { Clock } from './clock';
import type { DeadlineJobSettings } from './deadline-job';
import type { TransactionRunner } from '@lz/persistence';

export const DEADLINES_OPTIONS = Symbol('DEADLINES_OPTIONS');
/** Inject the clock the deadlines use: `@Inject(DEADLINES_CLOCK) clock: Clock`. */
export const DEADLINES_CLOCK = Symbol('DEADLINES_CLOCK');

export const DEFAULT_RECONCILE_EVERY_MS = 60_000;
export const DEFAULT_WORKER_CONCURRENCY = 10;
export const DEFAULT_BATCH_SIZE = 25;
export const DEFAULT_REDIS_PREFIX = 'lz';

export interface DeadlinesModuleOptions {
  /** Service name; the queue is `<service>.deadlines`. */
  service: string;
  redis: {
    url: string;
    /** BullMQ key prefix (tests pass `testRedisPrefix(label)`); default `lz`. */
    prefix?: string;
  };
  /** Every deadline kind this service declares (see `defineDeadlineKinds`). */
  kinds: readonly string[];
  transactionRunner: TransactionRunner;
  clock?: Clock;
  /** Reconciler period; default 60 s. The reconciler also runs once at boot. */
  reconcileEveryMs?: number;
  /** Worker concurrency; default 10. */
  concurrency?: number;
  /**
   * Most rows one firing transaction takes for a kind with a batch handler (`@OnDeadlines`);
   * default 25. 1 fires every row alone. Kinds with a per-row handler always fire alone.
   */
  batchSize?: number;
  /** Attempts / back-off override (tests); defaults in `DEADLINE_JOB_DEFAULTS`. */
  jobs?: Partial<DeadlineJobSettings>;
}
