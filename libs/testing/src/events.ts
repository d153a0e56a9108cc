import { connect, type ChannelModel, type ConfirmChannel } from 'amqplib';
import type { AnyEventEnvelope, EventEnvelope, EventType } from '@lz/policy';
import { waitForExactly, type ExactlyOptions } from '@lz/test-infra';

const EXCHANGE = 'lz.events';

/**
 * Publishes an envelope into `lz.events` the way a producing service's relay does (persistent,
 * mandatory, confirmed) — for tests that play the other services' part with contract-valid events.
 */
export async function publishTestEvent(
  amqpUrl: string,
  envelope: AnyEventEnvelope | Record<string, unknown>,
): Promise<void> {
  const type = String((envelope as { type: string }).type);
  await publishRawTestMessage(
    amqpUrl,
    type,
    JSON.stringify(envelope),
    String((envelope as { id: string }).id),
  );
}

/**
 * Publishes any bytes under a routing key (persistent, mandatory, confirmed) — for tests of what a
 * consumer does with a message that is not a valid envelope.
 */
export async function publishRawTestMessage(
  amqpUrl: string,
  routingKey: string,
  content: string | Buffer,
  messageId: string,
): Promise<void> {
  const conn = await connect(amqpUrl);
  try {
    const ch: ConfirmChannel = await conn.createConfirmChannel();
    await ch.assertExchange(EXCHANGE, 'topic', { durable: true });
    let returned = false;
    ch.on('return', () => (returned = true));
    ch.publish(EXCHANGE, routingKey, Buffer.from(content), {
      persistent: true,
      mandatory: true,
      contentType: 'application/json',
      messageId,
      type: routingKey,
    });
    await ch.waitForConfirms();
    if (returned)
      throw new Error(`publishTestEvent: ${routingKey} is unroutable — is the consuming service running?`);
  } finally {
    await conn.close();
  }
}

/**
 * Listens on `lz.events` (an exclusive queue bound to the given patterns) and keeps every envelope
 * the services publish, so a test can assert what went out — and count it.
 */
export class EventProbe {
  readonly received: AnyEventEnvelope[] = [];
  private waiters: Array<() => void> = [];

  private constructor(private readonly conn: ChannelModel) {}

  static async open(amqpUrl: string, patterns: readonly string[] = ['#']): Promise<EventProbe> {
    const conn = await connect(amqpUrl);
    const probe = new EventProbe(conn);
    const ch = await conn.createChannel();
    await ch.assertExchange(EXCHANGE, 'topic', { durable: true });
    const { queue } = await ch.assertQueue('', { exclusive: true, autoDelete: true });
    for (const p of patterns) await ch.bindQueue(queue, EXCHANGE, p);
    await ch.consume(
      queue,
      (msg) => {
        if (!msg) return;
        probe.received.push(JSON.parse(msg.content.toString()) as AnyEventEnvelope);
        for (const w of probe.waiters) w();
      },
      { noAck: true },
    );
    return probe;
  }

  /** What was received of one type, typed by it. */
  of<T extends EventType>(type: T): EventEnvelope<T>[] {
    return this.received.filter((e) => e.type === type) as unknown as EventEnvelope<T>[];
  }

  /** Waits until `predicate` holds over what was received (default 10 s), then returns the matches. */
  async waitFor(
    predicate: (e: AnyEventEnvelope) => boolean,
    { count = 1, timeoutMs = 10_000 }: { count?: number; timeoutMs?: number } = {},
  ): Promise<AnyEventEnvelope[]> {
    const matches = () => this.received.filter(predicate);
    if (matches().length >= count) return matches();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        reject(new Error(`EventProbe: ${matches().length}/${count} matching events after ${timeoutMs} ms`));
      }, timeoutMs);
      const check = () => {
        if (matches().length >= count) {
          clearTimeout(timer);
          this.waiters = this.waiters.filter((w) => w !== check);
          resolve();
        }
      };
      this.waiters.push(check);
    });
    return matches();
  }

  /**
   * "Exactly once": waits until `count` events match `predicate`, then keeps watching for the
   * duplicate grace period (libs/testing `waitForExactly`) and returns the matches; fails when more
   * arrive.
   */
  async expectExactly(
    predicate: (e: AnyEventEnvelope) => boolean,
    count: number,
    options: ExactlyOptions & { what?: string } = {},
  ): Promise<AnyEventEnvelope[]> {
    await waitForExactly(
      options.what ?? 'matching events',
      () => this.received.filter(predicate).length,
      count,
      options,
    );
    return this.received.filter(predicate);
  }

  async close(): Promise<void> {
    await this.conn.close().catch(() => undefined);
  }
}
