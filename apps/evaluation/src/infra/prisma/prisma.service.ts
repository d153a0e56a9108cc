import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  DEFAULT_PRISMA_TRANSACTION_OPTIONS,
  prismaTransactionRunner,
  serviceDatabaseUrl,
  type SqlClient,
  type TransactionRunner,
} from '@lz/persistence';
import { PrismaClient, type Prisma } from './generated/client';

/** The client handed to a function run in a transaction. */
export type PrismaTx = Prisma.TransactionClient;

/**
 * The evaluation service's Prisma client (its own database, URL from EVALUATION_DATABASE_URL or
 * DATABASE_URL). Also the service's {@link TransactionRunner}: interactive transactions always carry
 * maxWait/timeout (STYLE.md "Persistence"); wrap in `withSerializableRetry` where needed.
 */
@Injectable()
export class PrismaService
  extends PrismaClient
  implements OnModuleInit, OnModuleDestroy, TransactionRunner<PrismaTx>, SqlClient
{
  private readonly runner: TransactionRunner<PrismaTx>;

  constructor() {
    super({ adapter: new PrismaPg({ connectionString: serviceDatabaseUrl('evaluation') }) });
    this.runner = prismaTransactionRunner<PrismaTx>(this, DEFAULT_PRISMA_TRANSACTION_OPTIONS);
  }

  transaction<T>(fn: (tx: PrismaTx) => Promise<T>): Promise<T> {
    return this.runner.transaction(fn);
  }

  async onModuleInit(): Promise<void> {
    await this.$connect();
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
