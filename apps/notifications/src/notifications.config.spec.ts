import { ConfigError } from '@lz/http';
import { loadNotificationsConfig, mailEnabled } from './notifications.config';

describe(loadNotificationsConfig.name, () => {
  it('leaves e-mail off when no SMTP server is named', () => {
    const c = loadNotificationsConfig({});
    expect(mailEnabled(c)).toBe(false);
    expect(c.SMS_PROVIDER).toBe('none');
  });

  it('needs a sender once SMTP is configured', () => {
    expect(() => loadNotificationsConfig({ SMTP_HOST: 'mail.example.test' })).toThrow(ConfigError);
    const c = loadNotificationsConfig({
      SMTP_URL: 'smtp://mail.example.test:2525',
      MAIL_FROM: 'noreply@example.test',
    });
    expect(mailEnabled(c)).toBe(true);
  });

  it('refuses a lease no longer than the send timeout, and an SMS provider it does not have', () => {
    expect(() => loadNotificationsConfig({ SMTP_TIMEOUT_MS: '5000', DELIVERY_LEASE_MS: '5000' })).toThrow(
      /DELIVERY_LEASE_MS/,
    );
    expect(() => loadNotificationsConfig({ SMS_PROVIDER: 'aliyun' })).toThrow(/SMS_PROVIDER/);
  });
});
