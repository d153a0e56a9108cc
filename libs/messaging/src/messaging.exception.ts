/** Event data (or envelope) that does not satisfy its contract: nothing was written or published. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
  constructor(
    readonly type: string,
    readonly reason: string,
  ) {
    super(`invalid event ${type}: ${reason}`);
  }
}

/** The broker returned the message (basic.return): no queue is bound to its routing key. */
export class UnroutableEventError extends Error {
  override readonly name = 'UnroutableEventError';
  constructor(
    readonly exchange: string,
    readonly routingKey: string,
    readonly messageId: string | undefined,
    readonly replyText: string,
  ) {
    super(`unroutable: exchange "${exchange}" has no queue bound for "${routingKey}" (${replyText})`);
  }
}

/** The broker refused the message (basic.nack) or the confirm did not arrive. */
export class PublishNotConfirmedError extends Error {
  override readonly name = 'PublishNotConfirmedError';
}

/** There is no broker connection right now; the caller should retry later. */
export class NotConnectedError extends Error {
  override readonly name = 'NotConnectedError';
  constructor(what: string) {
    super(`${what} is not connected to RabbitMQ`);
  }
}
