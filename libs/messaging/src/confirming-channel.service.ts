import { randomUUID } from 'node:crypto';
import type { ConfirmChannel, Message, Options } from 'amqplib';
import { HEADER_PUBLISH_ID } from './messaging.constants';
import { PublishNotConfirmedError, UnroutableEventError } from './messaging.exception';

/**
 * A confirm channel whose `publish` resolves only when the broker confirmed the message AND did not
 * return it. Every publish is `mandatory`: RabbitMQ confirms an unroutable message too (after a
 * basic.return), so without this check it would be silently lost (STYLE.md "library defaults").
 */
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
    const token = randomUUID();
    const headers = { ...(options.headers ?? {}), [HEADER_PUBLISH_ID]: token };
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        this.returned.delete(token);
        reject(new PublishNotConfirmedError(`no confirm within ${this.confirmTimeoutMs} ms`));
      }, this.confirmTimeoutMs);
      const done = (err: unknown): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // basic.return always precedes the basic.ack of the same message on the channel.
        const bounced = this.returned.get(token);
        this.returned.delete(token);
        if (err) {
          reject(
            err instanceof Error
              ? err
              : new PublishNotConfirmedError(`broker nacked the message: ${String(err)}`),
          );
        } else if (bounced) {
          reject(
            new UnroutableEventError(
              exchange,
              routingKey,
              options.messageId,
              (bounced.fields as { replyText?: string }).replyText ?? 'NO_ROUTE',
            ),
          );
        } else {
          resolve();
        }
      };
      try {
        this.channel.publish(
          exchange,
          routingKey,
          content,
          { ...options, headers, mandatory: true, persistent: true },
          (err: unknown) => done(err),
        );
      } catch (err) {
        done(err ?? new Error('publish failed'));
      }
    });
  }
}
