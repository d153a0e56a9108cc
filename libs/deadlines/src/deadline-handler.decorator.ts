import { SetMetadata } from '@nestjs/common';
import type { SqlClient } from '@lz/persistence';
import type { DeadlineBatchHandlerFn, DeadlineHandlerFn } from './deadline.types';

export const DEADLINE_HANDLER_METADATA = 'lz:deadline-handler';
/** Set beside DEADLINE_HANDLER_METADATA on a batch handler (`deadlineBatchHandlerDecorator`). */
export const DEADLINE_BATCH_HANDLER_METADATA = 'lz:deadline-handler:batch';

/**
 * Makes the deadline-handler decorator of a service, typed by its transaction client, once in its infra
 * (as `eventHandlerDecorator` of @lz/messaging does for events):
 * `export const OnDeadline = deadlineHandlerDecorator<PrismaTx>();`. A handler is then
 * `@OnDeadline(NOTICE_EXPIRY) async expire(d: DeadlineRow, tx: PrismaTx) {}` — the compiler refuses a
 * method whose transaction type does not match, so `tx` needs no cast. The transaction is the one the
 * service's `transactionRunner` (its ServiceDatabase) opens, so at run time it is that client.
 *
 * The method runs inside the transaction that marks the row FIRED; throw to roll both back (BullMQ
 * retries with back-off), throw `UnrecoverableError` for a permanent failure.
 */
export function deadlineHandlerDecorator<Tx = SqlClient>() {
  return function OnDeadline<K extends string>(kind: K) {
    return <T extends DeadlineHandlerFn<Tx>>(
      target: object,
      key: string | symbol,
      descriptor: TypedPropertyDescriptor<T>,
    ): void => {
      SetMetadata(DEADLINE_HANDLER_METADATA, kind)(target, key, descriptor);
    };
  };
}

/**
 * The batch form (`export const OnDeadlines = deadlineBatchHandlerDecorator<PrismaTx>();`):
 * `@OnDeadlines(NOTICE_EXPIRY) async expire(ds: DeadlineRow[], tx: PrismaTx) {}`. When many rows of
 * the kind are due at once (1,000 notices ending at the same instant), the worker marks up to
 * `batchSize` of them FIRED in one statement and hands them to the method in that one transaction,
 * instead of one job and one transaction per row. Every row passed is due by the clock and was
 * PENDING; its effect must be written for each row passed. If the batch throws it rolls back whole,
 * and each row is then fired by its own job alone (so one failing row never holds the others back).
 * A kind has one handler: either form, not both.
 */
export function deadlineBatchHandlerDecorator<Tx = SqlClient>() {
  return function OnDeadlines<K extends string>(kind: K) {
    return <T extends DeadlineBatchHandlerFn<Tx>>(
      target: object,
      key: string | symbol,
      descriptor: TypedPropertyDescriptor<T>,
    ): void => {
      SetMetadata(DEADLINE_HANDLER_METADATA, kind)(target, key, descriptor);
      SetMetadata(DEADLINE_BATCH_HANDLER_METADATA, true)(target, key, descriptor);
    };
  };
}

/** A handler that takes the transaction as a plain `SqlClient` (libraries, tests without Prisma). */
export const DeadlineHandler = deadlineHandlerDecorator<SqlClient>();
/** The batch form with a plain `SqlClient`. */
export const DeadlineBatchHandler = deadlineBatchHandlerDecorator<SqlClient>();
