import { createTransport, type Transporter } from 'nodemailer';
import { mailEnabled, type NotificationsConfig } from '../notifications.config';
import { PermanentDeliveryError, type ChannelSender, type OutgoingMessage } from './channel-sender';

/**
 * E-mail over SMTP (nodemailer), one connection per send so that a server that went away is simply
 * tried again next time. Text only, UTF-8, base64 body: Chinese arrives intact through any relay.
 */
export class SmtpMailSender implements ChannelSender {
  readonly channel = 'EMAIL' as const;
  readonly enabled = true;
  private readonly transport: Transporter;

  constructor(private readonly config: NotificationsConfig) {
    const timeouts = {
      connectionTimeout: config.SMTP_TIMEOUT_MS,
      greetingTimeout: config.SMTP_TIMEOUT_MS,
      socketTimeout: config.SMTP_TIMEOUT_MS,
    };
    this.transport = config.SMTP_URL
      ? createTransport({ url: config.SMTP_URL, ...timeouts })
      : createTransport({
          host: config.SMTP_HOST,
          port: config.SMTP_PORT,
          secure: config.SMTP_SECURE,
          auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } : undefined,
          ...timeouts,
        });
  }

  async send(m: OutgoingMessage): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: m.address,
        subject: m.subject,
        text: m.body,
        textEncoding: 'base64',
        messageId: `<${m.id}@notifications.lz>`,
      });
    } catch (err) {
      // A 5xx reply is the server's final word (RFC 5321 §4.2.1); everything else may pass later.
      const code = (err as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) throw new PermanentDeliveryError(`SMTP ${code}`);
      throw err;
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** E-mail is off when SMTP is not configured: nothing is queued. */
export class DisabledMailSender implements ChannelSender {
  readonly channel = 'EMAIL' as const;
  readonly enabled = false;

  send(_message: OutgoingMessage): Promise<void> {
    return Promise.reject(new Error('e-mail is not configured (SMTP_URL / SMTP_HOST unset)'));
  }
}

export function mailSenderFor(config: NotificationsConfig): ChannelSender {
  return mailEnabled(config) ? new SmtpMailSender(config) : new DisabledMailSender();
}
