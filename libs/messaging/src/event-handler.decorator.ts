import { EventPattern } from '@nestjs/microservices';
import type { EventEnvelope, EventType } from '@lz/policy';
import type { EventContext } from './rabbitmq-transport.consumer';

/** What an event handler of type `T` looks like in a service whose transaction client is `Tx`. */
export type EventHandlerMethod<T extends EventType, Tx> = (
  event: EventEnvelope<T>,
  ctx: EventContext<Tx>,
) => Promise<void> | void;

/**
 * Makes the `@OnEvent(type)` decorator of a service, typed by its transaction client, once in its
 * infra: `export const OnEvent = eventHandlerDecorator<PrismaTx>();`. A handler is then
 * `@OnEvent(CLAIM_DECIDED_V1) async onX(event: EventEnvelope<typeof CLAIM_DECIDED_V1>, ctx: EventContext<PrismaTx>)`
 * — the compiler refuses a handler whose event or transaction type does not match the decorator, so
 * `ctx.tx` needs no cast. At run time it is Nest's `@EventPattern(type)`.
 */
export function eventHandlerDecorator<Tx>() {
  return function OnEvent<T extends EventType>(type: T) {
    return <M extends EventHandlerMethod<T, Tx>>(
      target: object,
      key: string | symbol,
      descriptor: TypedPropertyDescriptor<M>,
    ): void => {
      EventPattern<string>(type)(target, key, descriptor);
    };
  };
}
