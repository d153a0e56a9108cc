import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { SqlClient, TransactionRunner } from '@lz/persistence';

/**
 * What the platform needs of a service's PrismaService: raw SQL (outbox, inbox, deadlines, audit,
 * idempotency) and interactive transactions. The generated client stays inside the app.
 */
export interface ServiceDatabase
  extends SqlClient, TransactionRunner<SqlClient & object>, OnModuleInit, OnModuleDestroy {}

/**
 * The service's database clients for background work, one pool each (`DB_POOL_*`): the consumer's
 * handler transactions, the outbox relay, the audit chainer, the deadline worker and reconciler.
 * SERVICE_DATABASE (health.indicators) is the request pool.
 */
export const EVENTS_DATABASE = Symbol('EVENTS_DATABASE');
export const RELAY_DATABASE = Symbol('RELAY_DATABASE');
export const AUDIT_DATABASE = Symbol('AUDIT_DATABASE');
export const DEADLINES_DATABASE = Symbol('DEADLINES_DATABASE');
