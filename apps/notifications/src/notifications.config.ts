import { z } from 'zod';
import { loadConfig, secret } from '@lz/http';

const ms = (fallback: number, min = 10) => z.coerce.number().int().min(min).default(fallback);
const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'])
    .default(fallback)
    .transform((v) => v === 'true');

/**
 * The notifications service's own settings (the platform's are in libs/platform), validated at boot.
 * E-mail is on when `SMTP_URL` or `SMTP_HOST` is set (then `MAIL_FROM` is required), off otherwise:
 * no e-mail is queued while it is off. SMS has no provider built in (`SMS_PROVIDER=none`, the only
 * value): see deliveries/sms-sender.ts for how one is added.
 */
export const notificationsConfigSchema = z
  .object({
    /** `smtp://user:pass@host:587` or `smtps://…:465`; wins over SMTP_HOST/PORT/SECURE/USER/PASSWORD. */
    SMTP_URL: secret(z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional()),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
    SMTP_SECURE: flag('false'),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: secret(z.string().min(1).optional()),
    /** The sender, e.g. `泸州市科学技术局 <noreply@kjj.luzhou.gov.cn>`. */
    MAIL_FROM: z.string().min(3).optional(),
    /** Connection, greeting and socket (idle) timeout of one SMTP send: a send ends within about 3× this. */
    SMTP_TIMEOUT_MS: ms(20_000, 100),
    /** How often the delivery relay looks for due messages (it is also woken after each event). */
    DELIVERY_POLL_MS: ms(1_000),
    /** Back-off after a failed send: base · 2^(attempts − 1), capped; retried until sent. */
    DELIVERY_RETRY_BASE_MS: ms(1_000),
    DELIVERY_RETRY_MAX_MS: ms(300_000),
    /** A claimed message not marked sent by then is taken again (must exceed 3 × SMTP_TIMEOUT_MS). */
    DELIVERY_LEASE_MS: ms(120_000, 1_000),
    DELIVERY_BATCH: z.coerce.number().int().min(1).max(500).default(20),
    /** Where the links in e-mails point (the portal's origin). */
    PORTAL_URL: z.url().default('http://127.0.0.1:3000'),
    SMS_PROVIDER: z.enum(['none']).default('none'),
  })
  .superRefine((c, ctx) => {
    if ((c.SMTP_URL || c.SMTP_HOST) && !c.MAIL_FROM) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'is required when SMTP is configured' });
    }
    if (c.DELIVERY_LEASE_MS <= 3 * c.SMTP_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['DELIVERY_LEASE_MS'],
        message:
          'must be longer than 3 × SMTP_TIMEOUT_MS (connect, greeting, data), or a slow send could be taken again',
      });
    }
  });
export type NotificationsConfig = z.output<typeof notificationsConfigSchema>;

export function loadNotificationsConfig(
  env: Record<string, string | undefined> = process.env,
): NotificationsConfig {
  return loadConfig(notificationsConfigSchema, env);
}

/** Whether e-mail is configured. */
export function mailEnabled(c: NotificationsConfig): boolean {
  return Boolean(c.SMTP_URL || c.SMTP_HOST);
}

export const NOTIFICATIONS_CONFIG = Symbol('NOTIFICATIONS_CONFIG');
