import type { SqlClient, TransactionRunner } from '@lz/persistence';

export const AUDIT_CHAIN_OPTIONS = Symbol('AUDIT_CHAIN_OPTIONS');

export interface AuditChainModuleOptions {
  /** Transactions on the service database (the app's PrismaService, or pgTransactionRunner). */
  transactionRunner: TransactionRunner<SqlClient>;
  /** Pause between chaining runs, ms (default 250). */
  intervalMs?: number;
  /** Most rows per chaining transaction (default 500). */
  batchSize?: number;
  /** false: register the provider but never run on an interval (tools, tests). Default true. */
  enabled?: boolean;
}
