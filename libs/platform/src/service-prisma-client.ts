import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  DEFAULT_PRISMA_TRANSACTION_OPTIONS,
  runWithAfterCommit,
  type PrismaTransactionOptions,
  type SqlClient,
} from '@lz/persistence';
import { PLATFORM_CONFIG } from './platform.constants';
import type { PlatformConfig } from './platform-config';

/** The part of a generated PrismaClient the platform relies on. */
interface GeneratedClient extends SqlClient {
  $connect(): Promise<void>;
  $disconnect(): Promise<void>;
}

/** What every service's PrismaService adds to its generated client. */
export interface ServicePrismaMethods<Tx> extends OnModuleInit, OnModuleDestroy {
  /**
   * An interactive transaction, always with maxWait/timeout (STYLE.md "Persistence"), with the
   * after-commit hook: `afterCommit(tx, hook)` (libs/persistence) runs `hook` once it committed.
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
}

type ClientClass<C> = new (options: { adapter: PrismaPg }) => C;

/**
 * The base class of a service's PrismaService, over that service's own generated client:
 * `export class PrismaService extends ServicePrismaClient<PrismaClient, PrismaTx>(PrismaClient) {}`.
 * It connects to `DATABASE_URL` of the platform config with the `pg` driver adapter, opens on module
 * init, closes on destroy, and is the service's TransactionRunner (wrap serialisable work in
 * `withSerializableRetry`).
 */
export function ServicePrismaClient<C extends GeneratedClient, Tx>(
  Client: ClientClass<C>,
  transactionOptions: PrismaTransactionOptions = DEFAULT_PRISMA_TRANSACTION_OPTIONS,
): new (config: Pick<PlatformConfig, 'DATABASE_URL'>) => C & ServicePrismaMethods<Tx> {
  const Base = Client as unknown as ClientClass<GeneratedClient>;

  @Injectable()
  class ServicePrisma extends Base implements ServicePrismaMethods<Tx> {
    constructor(@Inject(PLATFORM_CONFIG) config: Pick<PlatformConfig, 'DATABASE_URL'>) {
      super({ adapter: new PrismaPg({ connectionString: config.DATABASE_URL }) });
    }

    transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      const self = this as unknown as {
        $transaction(f: (tx: Tx) => Promise<T>, o: PrismaTransactionOptions): Promise<T>;
      };
      return runWithAfterCommit((body) => self.$transaction(body, { ...transactionOptions }), fn);
    }

    async onModuleInit(): Promise<void> {
      await this.$connect();
    }

    async onModuleDestroy(): Promise<void> {
      await this.$disconnect();
    }
  }
  return ServicePrisma as unknown as new (
    config: Pick<PlatformConfig, 'DATABASE_URL'>,
  ) => C & ServicePrismaMethods<Tx>;
}
