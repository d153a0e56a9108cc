/**
 * The database surface this lib needs. Deliberately structural and tiny, so a Prisma client
 * (`$executeRawUnsafe`/`$queryRawUnsafe`), a Prisma interactive-transaction client, or a thin `pg`
 * adapter all fit without a generated client. libs/persistence defines identical shapes.
 */
export interface SqlClient {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** Runs `fn` inside one database transaction (commit on resolve, rollback on throw). */
export interface TransactionRunner {
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
}
