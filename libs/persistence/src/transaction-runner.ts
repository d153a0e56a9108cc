import { runWithAfterCommit } from './after-commit';
import type { SqlClient } from './sql-client';

/**
 * Runs a function inside one database transaction and hands it the transaction client; hooks
 * registered on that client with `afterCommit(tx, hook)` run after the commit (after-commit.ts).
 */
export interface TransactionRunner<Tx = SqlClient> {
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
}

export type IsolationLevel = 'ReadUncommitted' | 'ReadCommitted' | 'RepeatableRead' | 'Serializable';

export interface PrismaTransactionOptions {
  /** Longest wait for a connection from the pool, ms. */
  maxWait: number;
  /** Longest the interactive transaction may run before Prisma rolls it back, ms. */
  timeout: number;
  isolationLevel?: IsolationLevel;
}

/** The structural part of a PrismaClient this lib needs (no dependency on a generated client). */
export interface PrismaTransactionCapable<Tx> {
  $transaction<R>(
    fn: (tx: Tx) => Promise<R>,
    options?: { maxWait?: number; timeout?: number; isolationLevel?: IsolationLevel },
  ): Promise<R>;
}

export const DEFAULT_PRISMA_TRANSACTION_OPTIONS: PrismaTransactionOptions = {
  maxWait: 5_000,
  timeout: 10_000,
};

/**
 * A {@link TransactionRunner} over Prisma's interactive `$transaction`, always with maxWait/timeout,
 * with the after-commit hook.
 */
export function prismaTransactionRunner<Tx>(
  prisma: PrismaTransactionCapable<Tx>,
  options: PrismaTransactionOptions = DEFAULT_PRISMA_TRANSACTION_OPTIONS,
): TransactionRunner<Tx> {
  return {
    transaction: (fn) => runWithAfterCommit((body) => prisma.$transaction(body, { ...options }), fn),
  };
}
