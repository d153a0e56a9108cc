/** The channels besides the in-app inbox. */
export type Channel = 'EMAIL' | 'SMS';

/** One message on its way out, as the relay hands it to a sender. */
export interface OutgoingMessage {
  /** The delivery row's id: also the e-mail's Message-ID, so a receiver can tell a resend. */
  id: string;
  address: string;
  subject: string;
  body: string;
}

/**
 * A way out (SMTP, an SMS gateway). `send` resolves once the provider accepted the message; it
 * throws `PermanentDeliveryError` when the provider refused it for good (an unknown mailbox), any
 * other error when it may work later (server away, timeout, 4xx), and the relay retries with back-off.
 */
export interface ChannelSender {
  readonly channel: Channel;
  /** False: nothing is queued on this channel (not configured). */
  readonly enabled: boolean;
  send(message: OutgoingMessage): Promise<void>;
  close?(): Promise<void> | void;
}

export class PermanentDeliveryError extends Error {
  override readonly name = 'PermanentDeliveryError';
}

export const MAIL_SENDER = Symbol('MAIL_SENDER');
export const SMS_SENDER = Symbol('SMS_SENDER');
