import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { SqlClient, TransactionRunner } from '@lz/persistence';

/**
 * What the platform needs of a service's PrismaService: raw SQL (outbox, inbox, deadlines, audit,
 * idempotency) and interactive transactions. The generated client stays inside the app.
 */
export interface ServiceDatabase
  extends SqlClient, TransactionRunner<SqlClient & object>, OnModuleInit, OnModuleDestroy {}
