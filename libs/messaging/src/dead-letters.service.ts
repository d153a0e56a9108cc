import { Logger } from '@nestjs/common';
import type { Channel, ChannelModel, ConfirmChannel, GetMessage, Options } from 'amqplib';
import { AmqpConnection } from './amqp-connection.service';
import {
  BROKER_DEATH_HEADERS,
  HEADER_ATTEMPTS,
  HEADER_DEAD_LETTERED_AT,
  HEADER_ERROR,
  HEADER_PUBLISH_ID,
  HEADER_REDRIVEN,
} from './messaging.constants';
import { republishProperties } from './republish';
import { serviceQueues } from './topology.service';

/** One message waiting in a service's dead-letter queue, and why it is there. */
export interface DeadLetter {
  service: string;
  /** The envelope id (AMQP `messageId`). */
  id: string;
  type: string | null;
  /** `x-lz-error`, or the broker's reason when its delivery limit dead-lettered the message. */
  error: string;
  /** Handler attempts made before it was dead-lettered (0: invalid, never handled). */
  attempts: number;
  deadLetteredAt: string | null;
  /** Times it was redriven before. */
  redriven: number;
  /** The message body: the envelope as JSON when it parses, else the raw text. */
  body: unknown;
}

export interface RedriveReport {
  service: string;
  redriven: number;
  ids: string[];
}

/** Headers a redriven message must not carry: its attempt count starts again at 0. */
const RESET_HEADERS = new Set([
  ...BROKER_DEATH_HEADERS,
  HEADER_ATTEMPTS,
  HEADER_ERROR,
  HEADER_PUBLISH_ID,
  HEADER_DEAD_LETTERED_AT,
]);

/**
 * The dead-letter queues `<service>.events.dlq`: their depth (metrics, readiness detail), what waits
 * there and why, and redrive — each message put back on `<service>.events` with its attempt count
 * reset, and removed from the DLQ only after the broker confirmed the republish. A redriven event
 * that had been handled after all is still handled at most once: the consumer's inbox skips it.
 *
 * Reading a quorum queue without taking messages: `basic.get` without ack, then the channel is
 * closed and the broker puts everything back.
 */
export class DeadLetterQueues {
  private readonly connection: AmqpConnection;
  private started = false;

  constructor(url: string, name = 'lz-dead-letters') {
    this.connection = new AmqpConnection({
      url,
      name,
      logger: new Logger(`DeadLetters:${name}`),
      reconnect: { initialDelayMs: 500, maxDelayMs: 10_000 },
      setup: async () => undefined,
    });
  }

  get connected(): boolean {
    return this.connection.connected;
  }

  /** Messages waiting in the DLQ of `service` (0 when it was never declared). */
  async depth(service: string): Promise<number> {
    return this.withChannel(false, async (ch) => {
      const { messageCount } = await ch.checkQueue(serviceQueues(service).dlq);
      return messageCount;
    }).catch((err: Error) => {
      if (/NOT_FOUND/.test(err.message)) return 0;
      throw err;
    });
  }

  /** Up to `limit` dead letters of `service`, oldest first; nothing is taken off the queue. */
  async list(service: string, limit = 1_000): Promise<DeadLetter[]> {
    if ((await this.depth(service)) === 0) return [];
    return this.withChannel(false, async (ch) => {
      const out: DeadLetter[] = [];
      const max = Math.min(limit, (await ch.checkQueue(serviceQueues(service).dlq)).messageCount);
      for (let i = 0; i < max; i++) {
        const msg = await ch.get(serviceQueues(service).dlq, { noAck: false });
        if (!msg) break;
        out.push(describe(service, msg));
      }
      return out; // closing the channel returns every message to the queue
    });
  }

  /** Puts dead letters of `service` back on its queue (only `ids` when given); attempts start again. */
  async redrive(service: string, ids?: ReadonlySet<string>): Promise<RedriveReport> {
    const { main, dlq } = serviceQueues(service);
    const report: RedriveReport = { service, redriven: 0, ids: [] };
    if ((await this.depth(service)) === 0) return report;
    return this.withChannel(true, async (ch) => {
      const confirm = ch as ConfirmChannel;
      // Only what is there now: a message that fails again and comes back is not redriven twice.
      const max = (await ch.checkQueue(dlq)).messageCount;
      await ch.checkQueue(main); // throws if it is gone: nothing is taken off the DLQ then
      let returned = false;
      ch.on('return', () => {
        returned = true;
      });
      const taken: GetMessage[] = [];
      for (let i = 0; i < max; i++) {
        const msg = await ch.get(dlq, { noAck: false });
        if (!msg) break;
        const id = msg.properties.messageId as string | undefined;
        if (ids && (!id || !ids.has(id))) continue; // left unacked: back to the DLQ on close
        confirm.publish('', main, msg.content, { ...redriveOptions(msg), mandatory: true });
        taken.push(msg);
      }
      await confirm.waitForConfirms();
      if (returned) throw new Error(`${main} refused the redriven messages; they stay in ${dlq}`);
      for (const msg of taken) {
        ch.ack(msg);
        report.ids.push((msg.properties.messageId as string | undefined) ?? '(no id)');
      }
      report.redriven = taken.length;
      return report;
    });
  }

  async close(): Promise<void> {
    this.started = false;
    await this.connection.stop();
  }

  private async withChannel<T>(confirm: boolean, fn: (ch: Channel) => Promise<T>): Promise<T> {
    if (!this.started) {
      this.started = true;
      void this.connection.start();
    }
    const model = await this.connectedModel();
    const ch = confirm ? await model.createConfirmChannel() : await model.createChannel();
    ch.on('error', () => undefined); // a 404 closes the channel; the caller gets the rejection
    try {
      return await fn(ch);
    } finally {
      await ch.close().catch(() => undefined);
    }
  }

  private async connectedModel(): Promise<ChannelModel> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('RabbitMQ is not reachable')), 5_000);
    });
    try {
      await Promise.race([this.connection.waitUntilConnected(), timeout]);
    } finally {
      clearTimeout(timer);
    }
    const model = this.connection.current;
    if (!model) throw new Error('RabbitMQ is not reachable');
    return model;
  }
}

function header(msg: GetMessage, name: string): unknown {
  return (msg.properties.headers as Record<string, unknown> | undefined)?.[name];
}

function describe(service: string, msg: GetMessage): DeadLetter {
  const text = msg.content.toString('utf8');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: shown as text
  }
  const deaths = header(msg, 'x-death') as
    Array<{ reason?: string; queue?: string; time?: unknown }> | undefined;
  const brokerReason = deaths?.[0]?.reason
    ? `dead-lettered by the broker (${deaths[0].reason} in ${deaths[0].queue ?? '?'}): the consumer never finished it`
    : null;
  const error = header(msg, HEADER_ERROR);
  const at = header(msg, HEADER_DEAD_LETTERED_AT);
  return {
    service,
    id: (msg.properties.messageId as string | undefined) ?? '(no id)',
    type: (msg.properties.type as string | undefined) ?? null,
    error: typeof error === 'string' ? error : (brokerReason ?? '(no reason recorded)'),
    attempts: Number(header(msg, HEADER_ATTEMPTS) ?? 0) || 0,
    deadLetteredAt: typeof at === 'string' ? at : null,
    redriven: Number(header(msg, HEADER_REDRIVEN) ?? 0) || 0,
    body,
  };
}

function redriveOptions(msg: GetMessage): Options.Publish {
  const redriven = (Number(header(msg, HEADER_REDRIVEN) ?? 0) || 0) + 1;
  return { ...republishProperties(msg, RESET_HEADERS, { [HEADER_REDRIVEN]: redriven }), persistent: true };
}
