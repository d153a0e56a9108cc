import type { ChannelSender, OutgoingMessage } from './channel-sender';

/**
 * SMS. No provider is built in and none is reachable from this platform's machines, so the only
 * implementation is this disabled one (`SMS_PROVIDER=none`, the default and only value): SMS cannot
 * be switched on in preferences (`PUT /notifications/preferences` answers 400
 * `notifications.sms_unavailable`), no SMS delivery is ever queued, and nothing pretends to send.
 *
 * Adding a real provider (e.g. a carrier's or a cloud SMS gateway with an approved signature and
 * templates): implement `ChannelSender` with `channel: 'SMS'`, `enabled: true`, `send` calling the
 * provider with credentials from new secret settings in notifications.config.ts (throw
 * `PermanentDeliveryError` for a refused number), add its name to `SMS_PROVIDER`, and choose it in
 * `smsSenderFor`. The relay, retries and back-off are the e-mail ones.
 */
export class DisabledSmsSender implements ChannelSender {
  readonly channel = 'SMS' as const;
  readonly enabled = false;

  send(_message: OutgoingMessage): Promise<void> {
    return Promise.reject(new Error('SMS is not configured (SMS_PROVIDER=none): nothing can be sent'));
  }
}

export function smsSenderFor(provider: 'none'): ChannelSender {
  switch (provider) {
    case 'none':
      return new DisabledSmsSender();
  }
}
