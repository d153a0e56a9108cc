import type { ClientBase, Pool } from 'pg';

/**
 * The raw-SQL surface shared by a Prisma client, a Prisma interactive-transaction client and
 * (through {@link pgSqlClient}) a node-postgres client. Placeholders are `$1, $2, …`.
 * Cast in SQL when the JS type matters (`seq::text`): Prisma and pg map int8/json differently.
 */
export interface SqlClient {
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
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
