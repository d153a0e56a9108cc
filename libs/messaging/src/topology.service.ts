import type { Channel } from 'amqplib';
import {
  DEAD_LETTER_EXCHANGE,
  DEFAULT_DELIVERY_LIMIT,
  DEFAULT_RETRY_DELAYS_MS,
  EVENTS_EXCHANGE,
} from './messaging.constants';

export interface TopologyOptions {
  /** Consuming service, e.g. `review`; names its queues. */
  service: string;
  /** Routing keys (event types, topic patterns allowed) the service's queue is bound to. */
  bindings: readonly string[];
  /** Back-off of the retry queues, one queue per delay. Default 1 s, 5 s, 30 s. */
  retryDelaysMs?: readonly number[];
  /** Broker-side safety net: deliveries of one message before RabbitMQ dead-letters it. Default 10. */
  deliveryLimit?: number;
}

export interface ServiceQueues {
  main: string;
  dlq: string;
  retry: string[];
}

export function serviceQueues(
  service: string,
  retryDelaysMs: readonly number[] = DEFAULT_RETRY_DELAYS_MS,
): ServiceQueues {
  const main = `${service}.events`;
  return { main, dlq: `${main}.dlq`, retry: retryDelaysMs.map((_, i) => `${main}.retry.${i + 1}`) };
}

/** The two exchanges every publisher and consumer shares. */
export async function assertExchanges(channel: Channel): Promise<void> {
  await channel.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true });
  await channel.assertExchange(DEAD_LETTER_EXCHANGE, 'direct', { durable: true });
}

/**
 * Declares (idempotently) the exchanges and one service's queues:
 *
 *   lz.events (topic) --binding keys--> <svc>.events (quorum, x-delivery-limit, DLX lz.dlx)
 *   <svc>.events.retry.N (quorum, TTL = delay N) --expires, dead-letters via ''--> <svc>.events
 *   lz.dlx (direct) --"<svc>.events.dlq"--> <svc>.events.dlq (quorum)
 *
 * Dead-lettering out of quorum queues uses the at-least-once strategy, so a message moved from a
 * retry queue back to the main queue (or to the DLQ by the delivery limit) cannot be dropped.
 */
export async function assertTopology(channel: Channel, options: TopologyOptions): Promise<ServiceQueues> {
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const queues = serviceQueues(options.service, delays);
  await assertExchanges(channel);

  await channel.assertQueue(queues.dlq, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  await channel.bindQueue(queues.dlq, DEAD_LETTER_EXCHANGE, queues.dlq);

  await channel.assertQueue(queues.main, {
    durable: true,
    arguments: {
      'x-queue-type': 'quorum',
      'x-delivery-limit': options.deliveryLimit ?? DEFAULT_DELIVERY_LIMIT,
      'x-dead-letter-exchange': DEAD_LETTER_EXCHANGE,
      'x-dead-letter-routing-key': queues.dlq,
      'x-dead-letter-strategy': 'at-least-once',
      'x-overflow': 'reject-publish',
    },
  });
  for (const key of new Set(options.bindings)) {
    await channel.bindQueue(queues.main, EVENTS_EXCHANGE, key);
  }

  for (const [i, name] of queues.retry.entries()) {
    await channel.assertQueue(name, {
      durable: true,
      arguments: {
        'x-queue-type': 'quorum',
        'x-message-ttl': delays[i],
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': queues.main,
        'x-dead-letter-strategy': 'at-least-once',
        'x-overflow': 'reject-publish',
      },
    });
  }
  return queues;
}
