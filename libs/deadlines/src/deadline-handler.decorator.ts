import { SetMetadata } from '@nestjs/common';
import type { DeadlineHandlerFn } from './deadline.types';

export const DEADLINE_HANDLER_METADATA = 'lz:deadline-handler';

/**
 * Marks a provider method as the handler of one deadline kind:
 * `@DeadlineHandler('publicity.notice.expiry') async expire(d: DeadlineRow, tx: SqlClient) {}`.
 * The method runs inside the transaction that marks the row FIRED; throw to roll both back
 * (BullMQ retries with back-off), throw `UnrecoverableError` for a permanent failure.
 * The method's signature is checked at compile time against `DeadlineHandlerFn`.
 */
export function DeadlineHandler<K extends string>(kind: K) {
  return <T extends DeadlineHandlerFn>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<T>,
  ): void => {
    SetMetadata(DEADLINE_HANDLER_METADATA, kind)(target, key, descriptor);
  };
}
