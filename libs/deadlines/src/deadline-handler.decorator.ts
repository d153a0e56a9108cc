import { SetMetadata } from '@nestjs/common';
import type { SqlClient } from '@lz/persistence';
import type { DeadlineHandlerFn } from './deadline.types';

export const DEADLINE_HANDLER_METADATA = 'lz:deadline-handler';

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

/** A handler that takes the transaction as a plain `SqlClient` (libraries, tests without Prisma). */
export const DeadlineHandler = deadlineHandlerDecorator<SqlClient>();
