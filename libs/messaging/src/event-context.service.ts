import { AsyncLocalStorage } from 'node:async_hooks';
import type { WireEnvelope } from './envelope.schema';
import type { SqlClient } from '@lz/persistence';

/** The event a handler is processing right now, and the transaction its effects go into. */
export interface CurrentEvent {
  envelope: WireEnvelope;
  tx: SqlClient;
  consumer: string;
  attempt: number;
}

const storage = new AsyncLocalStorage<CurrentEvent>();

/**
 * The event being handled in this async context, if any. OutboxWriter uses it so an event written
 * inside a handler gets `causationId = envelope.id` and the same `correlationId` automatically.
 */
export function currentEventContext(): CurrentEvent | undefined {
  return storage.getStore();
}

export function runInEventContext<T>(current: CurrentEvent, fn: () => Promise<T>): Promise<T> {
  return storage.run(current, fn);
}
