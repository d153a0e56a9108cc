// Test support for the notifications integration specs (not exported, not a spec): boots the
// service on the real servers, plays the other services' events, and runs a real SMTP server
// (smtp-server on a loopback port) that keeps every raw message it accepts.
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { EventType, JurisdictionCode } from '@lz/policy';
import {
  makeEnvelope,
  makeUscc,
  makeUuid,
  publishTestEvent,
  startServiceHarness,
  waitUntil,
  type ServiceHarness,
} from '@lz/testing';
import { AppModule } from '../app.module';
import { NOTIFICATIONS } from '../notifications.definition';
import { loadNotificationsConfig } from '../notifications.config';

export type NotificationsHarness = ServiceHarness;

/** Boots the service; `notify`: its own settings (e.g. SMTP_URL of a MailCatcher), as variables. */
export function startNotifications(
  notify: Record<string, string> = {},
  env?: Record<string, string>,
): Promise<NotificationsHarness> {
  const config = loadNotificationsConfig(notify);
  return startServiceHarness(NOTIFICATIONS, (c, r) => AppModule.forRoot(c, r, config), env);
}

/** One message as the SMTP server received it: the raw bytes, and the parts a test reads. */
export interface ReceivedMail {
  raw: string;
  to: string[];
  subject: string;
  body: string;
  messageId: string;
}

/**
 * A real SMTP server on 127.0.0.1 (no TLS, no auth) that keeps what it accepts. `stop()` closes the
 * port (a sender then gets ECONNREFUSED, as from a mail server that is down), `start()` opens it again
 * on the same port.
 */
export class MailCatcher {
  readonly received: ReceivedMail[] = [];
  /** Mailboxes this server refuses for good (550 at RCPT TO). */
  readonly refused = new Set<string>();
  private server: SMTPServer | undefined;

  private constructor(readonly port: number) {}

  static async open(): Promise<MailCatcher> {
    const catcher = new MailCatcher(await freePort());
    await catcher.start();
    return catcher;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      closeTimeout: 100,
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!this.refused.has(address.address)) return callback();
        const err = Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 });
        callback(err);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          this.received.push({ ...parseMail(raw), to: session.envelope.rcptTo.map((r) => r.address) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The messages sent to an address. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }
}

/** Headers unfolded, RFC 2047 words of the Subject decoded, the base64 body decoded. */
export function parseMail(raw: string): Omit<ReceivedMail, 'to'> {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const bodyText = raw.slice(split + 4);
  const header = (name: string) =>
    head
      .split('\r\n')
      .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      ?.slice(name.length + 1)
      .trim() ?? '';
  const base64 = /content-transfer-encoding:\s*base64/i.test(head);
  return {
    raw,
    subject: decodeWords(header('Subject')),
    body: base64 ? Buffer.from(bodyText.replace(/\s+/g, ''), 'base64').toString('utf8') : bodyText,
    messageId: header('Message-ID'),
  };
}

function decodeWords(value: string): string {
  // Adjacent encoded words are one text (RFC 2047, section 6.2): join their bytes before decoding UTF-8.
  return value.replace(/(?:=\?utf-8\?[bq]\?[^?]*\?=\s*)+/gi, (run) => {
    const bytes: Buffer[] = [];
    for (const [, enc, text] of run.matchAll(/=\?utf-8\?([bq])\?([^?]*)\?=/gi)) {
      bytes.push(
        enc.toLowerCase() === 'b'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
              'latin1',
            ),
      );
    }
    return Buffer.concat(bytes).toString('utf8');
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** An application as intake announces it, led by `leadUscc`, reviewed in `jurisdictionCode`. */
export function submitted(
  opts: { leadUscc?: string; jurisdictionCode?: JurisdictionCode; contactEmail?: string; name?: string } = {},
) {
  const leadUscc = opts.leadUscc ?? makeUscc();
  const jurisdictionCode: JurisdictionCode = opts.jurisdictionCode ?? '510502';
  const name = opts.name ?? `测试创新联合体-${makeUuid().slice(0, 8)}`;
  return makeEnvelope('intake.application.submitted.v1', {
    applicationId: makeUuid(),
    leadUscc,
    jurisdictionCode,
    name,
    document: {
      name,
      jurisdictionCode,
      lead: { uscc: leadUscc, contact: { email: opts.contactEmail ?? 'contact@example.com' } },
    },
  });
}

export async function publish(h: NotificationsHarness, envelope: { id: string; type: EventType }) {
  await publishTestEvent(h.svc.config.AMQP_URL, envelope);
}

/** The inbox rows an event made (raw rows, not de-duplicated). */
export async function rowsOf(h: NotificationsHarness, eventId: string) {
  const { rows } = await h.db.query<{ id: string; kind: string; recipient_key: string; title: string }>(
    'SELECT id::text AS id, kind, recipient_key, title FROM notification WHERE event_id = $1 ORDER BY recipient_key',
    [eventId],
  );
  return rows;
}

/** Waits until the event's consumer transaction committed (its inbox row). */
export async function handled(h: NotificationsHarness, eventId: string, timeoutMs = 15_000) {
  await waitUntil(
    async () => (await h.db.query('SELECT 1 FROM inbox_event WHERE event_id = $1', [eventId])).rowCount === 1,
    `event ${eventId} handled`,
    timeoutMs,
  );
}

export { makeEnvelope, makeUscc, makeUuid };
