import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  DEFAULT_PRISMA_TRANSACTION_OPTIONS,
  prismaTransactionRunner,
  type SqlClient,
  type TransactionRunner,
} from '@lz/persistence';
import { PLATFORM_CONFIG, type PlatformConfig } from '@lz/platform';
import { PrismaClient, type Prisma } from './generated/client';

/** The client handed to a function run in a transaction. */
export type PrismaTx = Prisma.TransactionClient;

/**
 * The subsidy service's Prisma client (its own database, `DATABASE_URL` of the platform config). Also the service's {@link TransactionRunner}: interactive transactions always carry
 * maxWait/timeout (STYLE.md "Persistence"); wrap in `withSerializableRetry` where needed.
 */
@Injectable()
export class PrismaService
  extends PrismaClient
  implements OnModuleInit, OnModuleDestroy, TransactionRunner<PrismaTx>, SqlClient
{
  private readonly runner: TransactionRunner<PrismaTx>;

  constructor(@Inject(PLATFORM_CONFIG) config: Pick<PlatformConfig, 'DATABASE_URL'>) {
    super({ adapter: new PrismaPg({ connectionString: config.DATABASE_URL }) });
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
