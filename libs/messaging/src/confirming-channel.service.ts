import { randomUUID } from 'node:crypto';
import type { ConfirmChannel, Message, Options } from 'amqplib';
import { HEADER_PUBLISH_ID } from './messaging.constants';
import { PublishNotConfirmedError, UnroutableEventError } from './messaging.exception';

/**
 * A confirm channel whose `publish` resolves only when the broker confirmed the message AND did not
 * return it. Every publish is `mandatory`: RabbitMQ confirms an unroutable message too (after a
 * basic.return), so without this check it would be silently lost (STYLE.md "library defaults").
 */
/** One message of {@link ConfirmingChannel.publishBatch}. */
export interface BatchMessage {
  routingKey: string;
  content: Buffer;
  options: Options.Publish;
}

export class ConfirmingChannel {
  private readonly returned = new Map<string, Message>();

  constructor(
    readonly channel: ConfirmChannel,
    private readonly confirmTimeoutMs = 15_000,
  ) {
    channel.on('return', (msg: Message) => {
      const token = msg.properties.headers?.[HEADER_PUBLISH_ID];
      if (typeof token === 'string') this.returned.set(token, msg);
    });
  }

  publish(exchange: string, routingKey: string, content: Buffer, options: Options.Publish): Promise<void> {
    return this.publishBatch(exchange, [{ routingKey, content, options }]).then(([err]) => {
      if (err) throw err;
    });
  }

  /**
   * Publishes every message at once (pipelined on the channel) and waits once for all their
   * confirms: resolves with one outcome per message, in order — `null` when the broker confirmed it
   * and did not return it, else the error (nacked, returned as unroutable, channel closed, or no
   * confirm within the timeout). Never rejects: a batch is partly published when the broker nacks
   * some of it or the connection drops in the middle, and the caller settles each message on its own.
   */
  publishBatch(exchange: string, messages: readonly BatchMessage[]): Promise<Array<Error | null>> {
    const outcomes = new Array<Error | null | undefined>(messages.length);
    if (messages.length === 0) return Promise.resolve([]);
    const tokens = messages.map(() => randomUUID());
    return new Promise((resolve) => {
      let pending = messages.length;
      let finished = false;
      const finish = (): void => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        for (const [i, token] of tokens.entries()) {
          this.returned.delete(token);
          if (outcomes[i] === undefined)
            outcomes[i] = new PublishNotConfirmedError(`no confirm within ${this.confirmTimeoutMs} ms`);
        }
        resolve(outcomes as Array<Error | null>);
      };
      const timer = setTimeout(finish, this.confirmTimeoutMs);
      const settle = (i: number, err: unknown): void => {
        if (finished || outcomes[i] !== undefined) return;
        const bounced = this.returned.get(tokens[i]);
        this.returned.delete(tokens[i]);
        const { routingKey, options } = messages[i];
        outcomes[i] = err
          ? err instanceof Error
            ? err
            : new PublishNotConfirmedError(`broker nacked the message: ${String(err)}`)
          : bounced
            ? new UnroutableEventError(
                exchange,
                routingKey,
                options.messageId,
                (bounced.fields as { replyText?: string }).replyText ?? 'NO_ROUTE',
              )
            : null;
        pending -= 1;
        if (pending === 0) finish();
      };
      for (const [i, { routingKey, content, options }] of messages.entries()) {
        const headers = { ...(options.headers ?? {}), [HEADER_PUBLISH_ID]: tokens[i] };
        try {
          this.channel.publish(
            exchange,
            routingKey,
            content,
            { ...options, headers, mandatory: true, persistent: true },
            (err: unknown) => settle(i, err),
          );
        } catch (err) {
          // The channel closed under the batch: this and every later message fail alike.
          settle(i, err ?? new Error('publish failed'));
        }
      }
    });
  }
}
