import type { ClientBase, Pool } from 'pg';
import { runWithAfterCommit } from './after-commit';
import { isInfrastructureFailure } from './infrastructure-failure';
import type { TransactionRunner } from './transaction-runner';

/**
 * The raw-SQL surface shared by a Prisma client, a Prisma interactive-transaction client and
 * (through {@link pgSqlClient}) a node-postgres client. Placeholders are `$1, $2, …`.
 * Cast in SQL when the JS type matters (`seq::text`): Prisma and pg map int8/json differently.
 */
export interface SqlClient {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** Adapts a node-postgres client or pool to {@link SqlClient} (tools and tests). */
export function pgSqlClient(client: ClientBase | Pool): SqlClient {
  return {
    async $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> {
      const result = await client.query(query, values);
      return result.rowCount ?? 0;
    },
    async $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> {
      const result = await client.query(query, values);
      return result.rows as T;
    },
  };
}

/**
 * A {@link TransactionRunner} over a node-postgres pool: BEGIN/COMMIT (ROLLBACK on error) on one
 * pooled client (tools and tests; services run Prisma's interactive transactions), with the
 * after-commit hook.
 */
export function pgTransactionRunner(pool: Pool): TransactionRunner {
  return {
    transaction: <T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> =>
      runWithAfterCommit((body: (tx: SqlClient) => Promise<T>) => pgTransaction(pool, body), fn),
  };
}

async function pgTransaction<T>(pool: Pool, fn: (tx: SqlClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let lost: Error | undefined;
  let broken = false;
  // A connection lost mid-transaction emits 'error' on the checked-out client (the pool listens only
  // on idle ones); without a listener that would crash the process. The query in flight rejects with
  // the same error, which is what the caller usually sees.
  const onError = (err: Error) => {
    lost ??= err;
    broken = true;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    try {
      const result = await fn(pgSqlClient(client));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      // The connection failed under the work, whatever the work made of it (a handler that caught
      // the driver's error and threw its own): the transaction did not happen because the database
      // went away, and callers must see it as such (ARCHITECTURE.md "Outages").
      if (lost && !isInfrastructureFailure(err)) {
        throw new AggregateError(
          [lost],
          `the database connection failed during the transaction: ${lost.message}`,
          { cause: err },
        );
      }
      throw err;
    }
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
