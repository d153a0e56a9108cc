import { Inject, Injectable, Optional, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { idempotentWork } from '@lz/http';
import {
  DEFAULT_PRISMA_TRANSACTION_OPTIONS,
  pgTransactionRunner,
  runWithAfterCommit,
  type PrismaTransactionOptions,
  type SqlClient,
  type TransactionRunner,
} from '@lz/persistence';
import { DATABASE_POOL, PLATFORM_CONFIG } from './platform.constants';
import type { DatabaseWork, PlatformConfig } from './platform-config';

/** The connection settings of one client: the URL, and the pool of the kind of work it serves. */
export type DatabaseClientConfig = Pick<PlatformConfig, 'DATABASE_URL'> &
  Partial<Pick<PlatformConfig, 'DB_POOL_REQUESTS'>>;

/** Which pool a client is: its kind of work (`application_name` in pg_stat_activity) and size. */
export interface DatabasePool {
  work: DatabaseWork;
  max: number;
}

/** The part of a generated PrismaClient the platform relies on. */
interface GeneratedClient extends SqlClient {
  $connect(): Promise<void>;
  $disconnect(): Promise<void>;
}

/** What every service's PrismaService adds to its generated client. */
export interface ServicePrismaMethods<Tx> extends OnModuleInit, OnModuleDestroy {
  /**
   * An interactive transaction, always with maxWait/timeout (STYLE.md "Persistence"), with the
   * after-commit hook: `afterCommit(tx, hook)` (libs/persistence) runs `hook` once it committed.
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * The same, as plain node-postgres on the same pool (BEGIN/COMMIT, raw SQL only, no Prisma): for a
   * hot path where Prisma's per-statement cost dominates (bench/intake-burst/README.md). Same
   * after-commit hook and Idempotency-Key marking as {@link transaction}; instead of Prisma's
   * maxWait/timeout, the pool's connection timeout (30 s) and Postgres' idle-in-transaction timeout.
   */
  sqlTransaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
}

/** A burst of the annual call queues for a connection for seconds, not for this long. */
const POOL_CONNECTION_TIMEOUT_MS = 30_000;
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

type ClientClass<C> = new (options: { adapter: PrismaPg }) => C;

/**
 * The base class of a service's PrismaService, over that service's own generated client:
 * `export class PrismaService extends ServicePrismaClient<PrismaClient, PrismaTx>(PrismaClient) {}`.
 * It connects to `DATABASE_URL` of the platform config with the `pg` driver adapter, opens on module
 * init, closes on destroy, and is the service's TransactionRunner (wrap serialisable work in
 * `withSerializableRetry`).
 */
export function ServicePrismaClient<C extends GeneratedClient, Tx>(
  Client: ClientClass<C>,
  transactionOptions: PrismaTransactionOptions = DEFAULT_PRISMA_TRANSACTION_OPTIONS,
): new (config: DatabaseClientConfig, pool?: DatabasePool) => C & ServicePrismaMethods<Tx> {
  const Base = Client as unknown as ClientClass<GeneratedClient>;

  @Injectable()
  class ServicePrisma extends Base implements ServicePrismaMethods<Tx> {
    /** Injected, it is the request pool; the platform builds one more per kind of background work. */
    constructor(
      @Inject(PLATFORM_CONFIG) config: DatabaseClientConfig,
      @Optional() @Inject(DATABASE_POOL) pool?: DatabasePool,
    ) {
      const work = pool?.work ?? 'requests';
      const max = pool?.max ?? config.DB_POOL_REQUESTS ?? 10;
      // One pg pool for both: Prisma's adapter over it (ended with the client), and sqlTransaction.
      const pgPool = new Pool({
        connectionString: config.DATABASE_URL,
        max,
        application_name: `lz-${work}`,
        // Bounds for sqlTransaction, which has no maxWait/timeout of Prisma's: a request waits at most
        // this long for a connection (then 503, an infrastructure failure: libs/persistence), and
        // Postgres ends a session left idle inside a transaction, releasing its locks.
        connectionTimeoutMillis: POOL_CONNECTION_TIMEOUT_MS,
        idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
      });
      pgPool.on('error', () => undefined); // an idle connection the server closed: the next checkout opens a new one
      super({ adapter: new PrismaPg(pgPool, { disposeExternalPool: true }) });
      this.work = work;
      this.pg = pgTransactionRunner(pgPool);
    }

    /** The kind of work this client's pool serves. */
    readonly work: DatabaseWork;
    private readonly pg: TransactionRunner;

    sqlTransaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
      return this.pg.transaction(this.work === 'requests' ? idempotentWork(fn) : fn);
    }

    transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      const self = this as unknown as {
        $transaction(f: (tx: Tx) => Promise<T>, o: PrismaTransactionOptions): Promise<T>;
      };
      // A request holding an Idempotency-Key marks it COMMITTED in the same transaction as its effect.
      const run = this.work === 'requests' ? idempotentWork(fn) : fn;
      return runWithAfterCommit((body) => self.$transaction(body, { ...transactionOptions }), run);
    }

    async onModuleInit(): Promise<void> {
      await this.$connect();
    }

    async onModuleDestroy(): Promise<void> {
      await this.$disconnect();
    }
  }
  return ServicePrisma as unknown as new (
    config: DatabaseClientConfig,
    pool?: DatabasePool,
  ) => C & ServicePrismaMethods<Tx>;
}
