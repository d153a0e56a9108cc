import type { Pool, PoolClient } from 'pg';

/**
 * The slice of a Prisma client (or Prisma transaction client) this library uses, so any generated
 * client works without this lib depending on one. Placeholders are Postgres `$1, $2, …`.
 */
export interface SqlClient {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** Runs `fn` in one database transaction: commit when it resolves, roll back when it throws. */
export interface TransactionRunner {
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
}

/** Wraps one pg client (already inside a transaction, or not) as a SqlClient. */
export function pgSqlClient(client: Pick<PoolClient, 'query'>): SqlClient {
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

/** A TransactionRunner over a `pg` Pool: BEGIN/COMMIT (ROLLBACK on error) on one pooled client. */
export function pgTransactionRunner(pool: Pool): TransactionRunner {
  return {
    async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
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
          throw err;
        }
      } finally {
        client.release(broken);
      }
    },
  };
}

/** A Prisma client's interactive transaction as a TransactionRunner (`prisma.$transaction(fn)`). */
export function prismaTransactionRunner(prisma: {
  $transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
}): TransactionRunner {
  return { transaction: (fn) => prisma.$transaction((tx) => fn(tx)) };
}
