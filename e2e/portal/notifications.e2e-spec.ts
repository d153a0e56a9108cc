import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { newIdempotencyKey, ok } from '@lz/api-client';
import { findDirectoryAccount } from '@lz/dev-directory';
import {
  E2eStack,
  openCall,
  prepareDraft,
  submitUntilAccepted,
  waitInPreliminaryQueue,
  type Draft,
} from '../harness';
import { eventually } from '../harness';
import { fillIssuerLogin, launchChromium, screenshot, seriousViolations } from './chromium';

/** One message the test's SMTP server received: the envelope and the raw message. */
interface Received {
  to: string[];
  raw: string;
}

/** The text of a base64 (or plain) single-part message, and its decoded Subject. */
function readMail(raw: string): { subject: string; body: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectLine = unfolded.split(/\r?\n/).find((l) => /^subject:/i.test(l)) ?? '';
  const subject = subjectLine
    .replace(/^subject:\s*/i, '')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?b\?([^?]*)\?=/gi, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
  const encoded = rest.join('\n\n');
  const body = /content-transfer-encoding:\s*base64/i.test(unfolded)
    ? Buffer.from(encoded.replace(/\s+/g, ''), 'base64').toString('utf8')
    : encoded;
  return { subject, body };
}

/**
 * Issue 14 in the browser: the inbox count of the development directory's enterprise rises when the
 * district reviewer returns its application, and the message leads to it. The whole stack (six
 * services, the issuer, the gateway serving the built portal), one call, one application — no
 * filing year; the notifications service mails through an SMTP server this test runs.
 */
describe('portal: notifications', () => {
  let stack: E2eStack;
  let browser: Browser;
  let smtp: SMTPServer;
  const mails: Received[] = [];
  const contexts: BrowserContext[] = [];
  let draft: Draft;
  const liquor = findDirectoryAccount('ent-liquor');

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      baseURL: stack.gatewayUrl,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  }

  async function inspect(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto('/');
    await page.getByRole('link', { name: '登录' }).click();
    await page.waitForURL((url) => url.origin !== stack.gatewayUrl);
    await fillIssuerLogin(page, username);
    await page.waitForURL((url) => url.origin === stack.gatewayUrl && !url.pathname.startsWith('/auth/'));
  }

  /** The header's count once the API has answered (the badge's `data-unread`). */
  async function unreadInHeader(page: Page): Promise<number> {
    const badge = page.getByTestId('unread-badge');
    await eventually(
      'the unread count in the header',
      async () => (await badge.getAttribute('data-unread')) ?? undefined,
      {
        timeoutMs: 15_000,
        everyMs: 100,
      },
    );
    return Number(await badge.getAttribute('data-unread'));
  }

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    stack = await E2eStack.start({
      label: 'e2e_inbox',
      gateway: true,
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: '泸州市创新联合体管理平台 <noreply@lz.invalid>',
        DELIVERY_POLL_MS: '200',
      },
    });
    browser = await launchChromium();
    const officerToken = await stack.token({ role: 'officer', sub: 'officer-e2e-inbox' });
    const callId = await openCall(stack, officerToken);
    // ent-liquor's own code as the lead: signed in as that login, the unit's messages are its own.
    draft = await prepareDraft(stack, callId, 'inbox', { leadUscc: liquor?.uscc });
    await submitUntilAccepted(stack, draft);
    await waitInPreliminaryQueue(stack, [draft.id]);
  }, 420_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it("counts up when the applicant's application is returned, and the message leads to it", async () => {
    expect(liquor?.uscc).toBeDefined();
    const page = await newPage();
    await signIn(page, 'ent-liquor');
    expect(new URL(page.url()).pathname).toBe('/workspace');
    const before = await unreadInHeader(page);
    await page.getByRole('link', { name: `通知（${before} 条未读）` }).waitFor();

    // The district reviewer returns it (review's API, as the portal's reviewer page calls it).
    const reviewer = stack.api(
      'review',
      await stack.token({ role: 'reviewer', sub: 'reviewer-510502', jurisdiction: '510502' }),
    );
    const application = await ok(
      stack
        .api('intake', draft.token)
        .GET('/api/v1/applications/{id}', { params: { path: { id: draft.id } } }),
    );
    await ok(
      reviewer.POST('/api/v1/preliminary-reviews/{applicationId}/decision', {
        params: { path: { applicationId: draft.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
        body: {
          decision: 'RETURN',
          opinion: '研发投入证明材料不全，请补充近三年审计报告。',
          revision: application.revision,
        },
      }),
    );

    // Without reloading: the header asks again when the tab becomes visible again (and every minute).
    const after = await eventually(
      'the header count to rise',
      async () => {
        await page.evaluate(() =>
          (globalThis as unknown as { document: EventTarget }).document.dispatchEvent(
            new Event('visibilitychange'),
          ),
        );
        await new Promise((r) => setTimeout(r, 300));
        const n = Number(await page.getByTestId('unread-badge').getAttribute('data-unread'));
        return n > before ? n : undefined;
      },
      { timeoutMs: 60_000, everyMs: 700 },
    );
    expect(after).toBe(before + 1);
    await page.getByRole('link', { name: `通知（${after} 条未读）` }).waitFor();
    // The home's 未读消息 is the header's query: the same figure.
    await page
      .getByTestId('stat-notifications-unread')
      .filter({ hasText: String(after) })
      .waitFor();
    await screenshot(page, '40-inbox-badge');

    await page.getByRole('link', { name: `通知（${after} 条未读）` }).click();
    await page.waitForURL('**/workspace/notifications');
    await page.getByRole('heading', { level: 1, name: '我的站内消息' }).waitFor();
    const title = '申报被退回修改';
    const message = page.getByRole('listitem').filter({ hasText: title });
    await message.waitFor();
    const text = await message.innerText();
    expect(text).toContain('研发投入证明材料不全');
    expect(text).toContain('发给本单位');
    expect(text).toMatch(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    expect(await page.title()).toBe('站内消息 · 泸州市创新联合体管理平台');
    await inspect(page, '41-inbox');
    await page.getByLabel('显示').selectOption('true');
    await page.waitForURL('**/workspace/notifications?unread=true');
    await message.waitFor();
    await screenshot(page, '42-inbox-unread');

    // Opening the message reads it and lands on the application.
    await message.getByRole('link', { name: new RegExp(title) }).click();
    await page.waitForURL(`**/workspace/applications/${draft.id}`);
    await page.getByRole('heading', { level: 1, name: '联合体inbox' }).waitFor();
    expect(await unreadInHeader(page)).toBe(before);
    await page.getByRole('link', { name: `通知（${before} 条未读）` }).waitFor();

    // The e-mail of the same message: to the contact the application gave, with the link into the portal.
    const mail = await eventually(
      'the return e-mail',
      async () => mails.find((m) => readMail(m.raw).subject.includes(title)),
      { timeoutMs: 30_000, everyMs: 200 },
    );
    expect(mail.to).toEqual(['zhangsan@example.com']);
    expect(readMail(mail.raw).body).toContain(`/workspace/applications/${draft.id}`);
  });

  it("links the reviewer's message to the preliminary case, and shows the settings with SMS unavailable", async () => {
    const page = await newPage();
    await signIn(page, 'reviewer-510502');
    await page.goto('/workspace/notifications');
    const message = page.getByRole('listitem').filter({ hasText: '新的申报待初审' });
    await message.waitFor();
    expect(await message.getByRole('link').getAttribute('href')).toBe(
      `/workspace/preliminary-reviews/${draft.id}`,
    );
    await page.getByRole('button', { name: '全部标为已读' }).click();
    await page.getByRole('link', { name: '通知（0 条未读）' }).waitFor();
    await page
      .getByText('没有未读消息。')
      .or(page.getByText(/已将 \d+ 条标为已读/))
      .first()
      .waitFor();
    await inspect(page, '43-inbox-reviewer');

    await page.getByRole('link', { name: '消息设置' }).click();
    await page.getByRole('heading', { level: 1, name: '消息设置' }).waitFor();
    await page.getByText('短信通知暂未开通。').waitFor();
    expect(await page.getByLabel('站内消息（始终开启）').isChecked()).toBe(true);
    // E-mail on without an address: the service refuses (a reviewer has no declared contact).
    await page.getByLabel('电子邮件').check();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.locator('#email-address-error').waitFor();
    await screenshot(page, '44-preferences-invalid');
    await page.getByLabel('电子邮箱地址').fill('chenxh@jiangyang.example.cn');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('消息设置已保存').waitFor();
    await inspect(page, '45-preferences');
  });
});
