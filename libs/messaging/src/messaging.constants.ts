/** Durable topic exchange all events are published to; routing key = event type. */
export const EVENTS_EXCHANGE = 'lz.events';
/** Durable direct exchange for dead letters; routing key = the DLQ's name. */
export const DEAD_LETTER_EXCHANGE = 'lz.dlx';

/** Header carrying why a message was dead-lettered / last failed. */
export const HEADER_ERROR = 'x-lz-error';
/** Header carrying how many times a handler has been attempted for this message. */
export const HEADER_ATTEMPTS = 'x-lz-attempts';
/** When the consumer dead-lettered a message (ISO instant). */
export const HEADER_DEAD_LETTERED_AT = 'x-lz-dead-lettered-at';
/** How many times a message was put back from its DLQ (`npm run dlq -- redrive`). */
export const HEADER_REDRIVEN = 'x-lz-redriven';
export const HEADER_CORRELATION_ID = 'x-lz-correlation-id';
export const HEADER_CAUSATION_ID = 'x-lz-causation-id';
/** Unique per publish, used to match a basic.return to the publish it answers. */
export const HEADER_PUBLISH_ID = 'x-lz-publish-id';

export const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 30_000];
export const DEFAULT_DELIVERY_LIMIT = 10;
export const DEFAULT_PREFETCH = 20;

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

/** Headers the broker adds when it dead-letters or redelivers: never carried over to a republish. */
export const BROKER_DEATH_HEADERS: readonly string[] = [
  'x-death',
  'x-delivery-count',
  'x-first-death-exchange',
  'x-first-death-queue',
  'x-first-death-reason',
  'x-last-death-exchange',
  'x-last-death-queue',
  'x-last-death-reason',
];
