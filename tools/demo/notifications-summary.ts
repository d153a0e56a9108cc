import { issueDevToken } from '@lz/auth';
import { allPages, createServiceClient, ok } from '@lz/api-client';
import { DEV_DIRECTORY } from '@lz/dev-directory';
import type { FilingYearRecord } from './filing-year';

/** One login of the story's parties, and what its inbox holds of the story's year. */
export interface InboxCount {
  /** The login (a development directory username when the applicants are the directory's). */
  account: string;
  /** Whose inbox: the consortium's short name, 江阳区初审, 市科技局. */
  who: string;
  /** Messages created since the story began. */
  messages: number;
  /** Unread messages of the inbox, all told. */
  unread: number;
}

export interface NotificationsOfTheYear {
  inboxes: InboxCount[];
  /** Whether the notifications service sends e-mail (SMTP configured). */
  emailAvailable: boolean;
}

const JURISDICTION_ZH: Record<string, string> = { '510502': '江阳区', '510504': '龙马潭区' };

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * The inboxes of the story's parties — each lead unit, each district's reviewers, the Bureau's
 * officers — read through the notifications API as each of them (GET /notifications and
 * /unread-count), once the counts have stopped changing: the events of the story's last steps may
 * still be on their way (outbox → RabbitMQ → notifications).
 */
export async function notificationsOfTheYear(options: {
  url: string;
  record: FilingYearRecord;
  /** When the story began (ms): older messages are another year's or another run's. */
  since: number;
  /** How long the counts must stay the same (default 3 s), and the longest wait (default 60 s). */
  quietMs?: number;
  timeoutMs?: number;
}): Promise<NotificationsOfTheYear> {
  const { record, since } = options;
  const client = (token: string) => createServiceClient('notifications', { baseUrl: options.url, token });
  // As the portal's logins where there are some (read marks are per login: what the person who signs
  // in sees); else as the story's own applicant logins.
  const loginOf = (uscc: string) => DEV_DIRECTORY.find((a) => a.uscc === uscc)?.username;
  const accounts: Array<{ account: string; who: string; token: string }> = [
    ...(await Promise.all(
      Object.values(record.apps).map(async (a) => {
        const login = loginOf(a.leadUscc);
        return {
          account: login ?? `applicant-${a.spec.key}-${record.tag}`,
          who: a.spec.short,
          token: login ? await issueDevToken({ role: 'applicant', sub: login, uscc: a.leadUscc }) : a.token,
        };
      }),
    )),
    ...Object.entries(record.reviewerTokens).map(([code, token]) => ({
      account: `reviewer-${code}`,
      who: `${JURISDICTION_ZH[code] ?? code}初审`,
      token,
    })),
    { account: 'officer', who: '市科技局', token: await issueDevToken({ role: 'officer', sub: 'officer' }) },
  ];
  const read = () =>
    Promise.all(
      accounts.map(async ({ account, who, token }): Promise<InboxCount> => {
        const api = client(token);
        const [items, count] = await Promise.all([
          allPages((query) => api.GET('/api/v1/notifications', { params: { query } })),
          ok(api.GET('/api/v1/notifications/unread-count')),
        ]);
        return {
          account,
          who,
          messages: items.filter((n) => Date.parse(n.createdAt) >= since).length,
          unread: count.unread,
        };
      }),
    );
  const quietMs = options.quietMs ?? 3_000;
  const until = Date.now() + (options.timeoutMs ?? 60_000);
  let last = await read();
  let stableSince = Date.now();
  while (Date.now() - stableSince < quietMs && Date.now() < until) {
    await delay(500);
    const next = await read();
    if (JSON.stringify(next) !== JSON.stringify(last)) {
      last = next;
      stableSince = Date.now();
    }
  }
  const prefs = await ok(client(record.officerToken).GET('/api/v1/notifications/preferences'));
  return { inboxes: last, emailAvailable: prefs.email.available };
}
