import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, shanghaiDateOf } from '@lz/calendar';
import { findDirectoryAccount } from '@lz/dev-directory';
import { makeEnvelope, makeUuid, publishTestEvent } from '@lz/testing';
import { E2eStack, eventually } from '../harness';
import { fillIssuerLogin, launchChromium, screenshot, seriousViolations } from './chromium';

/** `date` minus whole years (Asia/Shanghai dates; 29 February is not used here). */
const yearsBefore = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;

/**
 * Issue 14 in the browser: a consortium of the development directory's enterprise whose first
 * evaluation window opened five days ago — the lead's page shows the due date and the reminders the
 * evaluation service scheduled, and the window's message in the inbox leads there; another whose
 * report is overdue is on the officer's list of escalations. The whole stack with the gateway; the
 * registry's filing is played by publishing `review.consortium.registered.v1`.
 */
describe('portal: evaluation deadlines', () => {
  let stack: E2eStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const liquor = findDirectoryAccount('ent-liquor');
  const today = shanghaiDateOf(new Date());
  const open = { consortiumId: makeUuid(), filedOn: yearsBefore(addDays(today, -5), 2) };
  const overdue = { consortiumId: makeUuid(), filedOn: yearsBefore(addDays(today, -40), 2) };

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      baseURL: stack.gatewayUrl,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto('/');
    await page.getByRole('link', { name: '登录' }).click();
    await page.waitForURL((url) => url.origin !== stack.gatewayUrl);
    await fillIssuerLogin(page, username);
    await page.waitForURL((url) => url.origin === stack.gatewayUrl && !url.pathname.startsWith('/auth/'));
  }

  async function inspect(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_evaluation', gateway: true });
    browser = await launchChromium();
    for (const [i, c] of [open, overdue].entries()) {
      await publishTestEvent(
        stack.amqpUrl,
        makeEnvelope('review.consortium.registered.v1', {
          consortiumId: c.consortiumId,
          applicationId: makeUuid(),
          leadUscc: liquor?.uscc,
          filedOn: c.filedOn,
          filedAt: `${c.filedOn}T10:00:00+08:00`,
          filingNumber: `泸创联备〔${c.filedOn.slice(0, 4)}〕9${i}1号`,
          name: `白酒评估联合体${i + 1}`,
        }),
      );
    }
    // The opening (and for the second, the due instant) are already past: their jobs fire at once.
    const officer = stack.api('evaluation', await stack.token({ role: 'officer', sub: 'officer-e2e-eval' }));
    for (const [c, status] of [
      [open, 'OPEN'],
      [overdue, 'OVERDUE'],
    ] as const) {
      await eventually(`the cycle of ${c.consortiumId} ${status}`, async () => {
        const res = await officer.GET('/api/v1/evaluations', {
          params: { query: { consortiumId: c.consortiumId } },
        });
        return res.data?.items[0]?.status === status ? true : undefined;
      });
    }
  }, 420_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  it("shows the lead its evaluation's due date and reminder schedule, reached from the window's message", async () => {
    const page = await newPage();
    await signIn(page, 'ent-liquor');
    await page.goto('/workspace/notifications');
    // The open cycle's message (the overdue one has its own, newer): its body names the consortium.
    const message = page
      .getByRole('listitem')
      .filter({ hasText: '第 1 期评估已开始' })
      .filter({ hasText: '「白酒评估联合体1」' });
    await eventually('the window message in the inbox', async () => {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: '我的站内消息' }).waitFor();
      await page.waitForLoadState('networkidle');
      return (await message.count()) > 0 ? true : undefined;
    });
    await message.getByRole('link').first().click();
    await page.waitForURL('**/workspace/evaluations/*');
    await page.getByRole('heading', { level: 1, name: '第 1 期评估' }).waitFor();
    const due = addDays(addDays(today, -5), 30);
    const text = await page.getByRole('main').innerText();
    expect(text).toContain('待提交材料');
    expect(text).toContain(due.replaceAll('-', '/'));
    const reminders = page.getByRole('table', { name: '提醒安排' });
    await reminders.waitFor();
    const rows = await reminders.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((r) => r.split('\t')[0])).toEqual([
      '截止日前 10 个工作日',
      '截止日前 3 个工作日',
      '截止日当天',
    ]);
    expect(rows.slice(1).every((r) => r.includes('待发送'))).toBe(true);
    await inspect(page, '60-evaluation-lead');
  });

  it('lists the overdue cycle for the officer, with the note that the Bureau decides the grade', async () => {
    const page = await newPage();
    await signIn(page, 'officer');
    await page.getByTestId('stat-officer-evaluations-overdue').getByRole('link').click();
    await page.waitForURL('**/workspace/evaluations?status=OVERDUE');
    await page.getByRole('heading', { level: 1, name: '评估' }).waitFor();
    await inspect(page, '61-evaluation-overdue-list');
    await page.getByRole('row').filter({ hasText: '逾期未提交' }).first().getByRole('link').click();
    await page.getByText('逾期不自动视为评估不合格').waitFor();
    await inspect(page, '62-evaluation-overdue');
  });
});
