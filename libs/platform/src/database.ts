import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Pool } from 'pg';
import { pgTransactionRunner, type SqlClient, type TransactionRunner } from '@lz/persistence';

/**
 * What the platform needs of a service's PrismaService: raw SQL (outbox, inbox, deadlines, audit,
 * idempotency) and interactive transactions. The generated client stays inside the app.
 */
export interface ServiceDatabase
  extends SqlClient, TransactionRunner<SqlClient & object>, OnModuleInit, OnModuleDestroy {}

/**
 * The service's database clients for background work, one pool each (`DB_POOL_*`): the consumer's
 * handler transactions, the outbox relay (a {@link RelayDatabase}), the audit chainer, the deadline
 * worker and reconciler.
 * SERVICE_DATABASE (health.indicators) is the request pool.
 */
export const EVENTS_DATABASE = Symbol('EVENTS_DATABASE');
export const RELAY_DATABASE = Symbol('RELAY_DATABASE');
export const AUDIT_DATABASE = Symbol('AUDIT_DATABASE');
export const DEADLINES_DATABASE = Symbol('DEADLINES_DATABASE');

/**
 * The outbox relay's own pool: plain node-postgres (`pgTransactionRunner`), not a Prisma client. A
 * relay batch reads 500 envelopes of a few KB each and writes two statements; through Prisma's raw
 * queries that decoding cost more CPU than the publishing (bench/relay/README.md), and the relay
 * needs nothing of Prisma but BEGIN/COMMIT and raw SQL.
 */
export class RelayDatabase implements TransactionRunner {
  private readonly pool: Pool;
  private readonly runner: TransactionRunner;

  constructor(url: string, max: number) {
    this.pool = new Pool({ connectionString: url, max, application_name: 'lz-relay' });
    // An idle connection the server closed (restart, failover): the next checkout opens a new one;
    // without a listener the pool's 'error' would end the process.
    this.pool.on('error', () => undefined);
    this.runner = pgTransactionRunner(this.pool);
  }

  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return this.runner.transaction(fn);
  }

  /**
   * Ends the pool. Called by the messaging lifecycle once the relay has stopped (not on module
   * destroy, which Nest runs before the relay's own shutdown hook).
   */
  async close(): Promise<void> {
    await this.pool.end();
  }
}
