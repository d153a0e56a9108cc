import { Logger, type LoggerService } from '@nestjs/common';
import { AmqpConnection, type ReconnectOptions } from './amqp-connection.service';
import { ConfirmingChannel, type BatchMessage } from './confirming-channel.service';
import type { WireEnvelope } from './envelope.schema';
import { EVENTS_EXCHANGE, HEADER_CAUSATION_ID, HEADER_CORRELATION_ID } from './messaging.constants';
import { NotConnectedError } from './messaging.exception';
import { assertExchanges } from './topology.service';

export interface EventPublisherOptions {
  url: string;
  /** Connection name, e.g. `intake-publisher`. */
  name: string;
  reconnect?: ReconnectOptions;
  confirmTimeoutMs?: number;
  logger?: LoggerService;
}

/**
 * Publishes envelopes to `lz.events` on a confirm channel: persistent, mandatory, JSON,
 * `messageId = envelope.id`. Resolves when the broker confirmed; rejects with UnroutableEventError
 * when no queue is bound to the type, NotConnectedError while the broker is away.
 */
export class Publisher {
  private channel: ConfirmingChannel | null = null;
  private readonly connection: AmqpConnection;
  private readonly logger: LoggerService;

  constructor(private readonly options: EventPublisherOptions) {
    this.logger = options.logger ?? new Logger(`Publisher:${options.name}`);
    this.connection = new AmqpConnection({
      url: options.url,
      name: options.name,
      reconnect: options.reconnect,
      logger: this.logger,
      setup: async (model) => {
        this.channel = null;
        const ch = await model.createConfirmChannel();
        this.connection.watch(model, ch);
        ch.on('close', () => {
          if (this.channel?.channel === ch) this.channel = null;
        });
        await assertExchanges(ch);
        this.channel = new ConfirmingChannel(ch, options.confirmTimeoutMs);
      },
    });
  }

  get ready(): boolean {
    return this.connection.connected && this.channel !== null;
  }

  get lastConnectionError(): string | null {
    return this.connection.lastErrorMessage;
  }

  start(): Promise<void> {
    return this.connection.start();
  }

  stop(): Promise<void> {
    this.channel = null;
    return this.connection.stop();
  }

  waitUntilReady(): Promise<void> {
    return this.connection.waitUntilConnected();
  }

  publish(envelope: WireEnvelope): Promise<void> {
    const channel = this.channel;
    if (!channel) return Promise.reject(new NotConnectedError(`publisher ${this.options.name}`));
    const { routingKey, content, options } = toMessage(envelope);
    return channel.publish(EVENTS_EXCHANGE, routingKey, content, options);
  }

  /**
   * Publishes the envelopes pipelined and waits once for their confirms (the outbox relay's batch):
   * one outcome per envelope, in order — `null` = confirmed and routed, else why not. Never rejects;
   * every envelope fails with NotConnectedError while the broker is away. An envelope given as its
   * JSON text (as the outbox stores it) is sent as those bytes.
   */
  publishBatch(envelopes: ReadonlyArray<WireEnvelope | string>): Promise<Array<Error | null>> {
    const channel = this.channel;
    if (!channel) {
      const err = new NotConnectedError(`publisher ${this.options.name}`);
      return Promise.resolve(envelopes.map(() => err));
    }
    return channel.publishBatch(
      EVENTS_EXCHANGE,
      envelopes.map((e) =>
        typeof e === 'string' ? toMessage(JSON.parse(e) as WireEnvelope, Buffer.from(e)) : toMessage(e),
      ),
    );
  }
}

/** An envelope as the message the publisher sends: the properties every consumer relies on. */
function toMessage(envelope: WireEnvelope, content = Buffer.from(JSON.stringify(envelope))): BatchMessage {
  return {
    routingKey: envelope.type,
    content,
    options: {
      contentType: 'application/json',
      messageId: envelope.id,
      type: envelope.type,
      correlationId: envelope.correlationId,
      appId: envelope.source,
      timestamp: Math.floor(Date.parse(envelope.occurredAt) / 1000),
      headers: {
        [HEADER_CORRELATION_ID]: envelope.correlationId,
        [HEADER_CAUSATION_ID]: envelope.causationId ?? '',
      },
    },
  };
}
