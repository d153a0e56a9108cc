import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ok } from '@lz/api-client';
import {
  E2eStack,
  openCall,
  prepareDraft,
  publishNotice,
  submitUntilAccepted,
  toBeFiled,
  type Draft,
} from '../harness';
import { fillIssuerLogin, launchChromium, screenshot, seriousViolations } from './chromium';

/**
 * The officer's dashboard (工作概览) and the audit trail of an application (审计记录), issue 13, in
 * Debian's Chromium over a small setup made through the APIs: a call open now, two applications
 * submitted in 江阳区 — one taken to 拟备案 and published on a notice open today, one waiting in the
 * preliminary queue — and this year's budget. axe on every page; screenshots in tmp/screenshots/.
 */
describe('the officer dashboard and audit trail', () => {
  let stack: E2eStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let published: Draft;
  let waiting: Draft;
  let noticeTitle: string;

  async function inspect(name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  /** The figures a chart's text equivalent lists, by label. */
  async function chartFigures(testId: string): Promise<Record<string, number>> {
    const rows = await page.getByTestId(testId).locator('table tr').all();
    const out: Record<string, number> = {};
    for (const r of rows)
      out[(await r.locator('th').innerText()).trim()] = Number(await r.locator('td').innerText());
    return out;
  }

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_dashboard', gateway: true });
    browser = await launchChromium();
    const officerToken = await stack.token({ role: 'officer', sub: 'officer-e2e' });
    const callId = await openCall(stack, officerToken);
    [published, waiting] = await Promise.all([
      prepareDraft(stack, callId, 'dash-published'),
      prepareDraft(stack, callId, 'dash-waiting'),
    ]);
    await Promise.all([submitUntilAccepted(stack, published), submitUntilAccepted(stack, waiting)]);
    await toBeFiled(stack, officerToken, [published]);
    noticeTitle = `工作概览测试公示 ${Date.now()}`;
    await publishNotice(stack, officerToken, noticeTitle, [published.id]);
    const year = Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
    );
    await ok(
      stack.api('subsidy', officerToken).PUT('/api/v1/budgets/{year}', {
        params: { path: { year } },
        body: { totalFen: 500_000_000 },
      }),
    );
    context = await browser.newContext({
      baseURL: stack.gatewayUrl,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: '登录' }).click();
    await page.waitForURL((url) => url.origin !== stack.gatewayUrl);
    await fillIssuerLogin(page, 'officer');
    await page.waitForURL((url) => url.origin === stack.gatewayUrl && !url.pathname.startsWith('/auth/'));
  }, 600_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  it("shows the current call's applications as charts with their figures, the open notice's end, the budget and what is due", async () => {
    await page.goto('/workspace');
    await page.getByTestId('dashboard-link').click();
    await page.waitForURL('**/workspace/dashboard');
    await page.getByRole('heading', { level: 1, name: '工作概览' }).waitFor();
    await page.getByTestId('chart-status').waitFor();

    // Text equivalents of the charts: two applications, both in 江阳区; one 拟备案 then in publicity.
    const byStatus = await chartFigures('chart-status');
    expect(Object.values(byStatus).reduce((a, b) => a + b, 0)).toBe(2);
    const byJurisdiction = await chartFigures('chart-jurisdiction');
    expect(byJurisdiction['江阳区']).toBe(2);
    // The bars are drawn: as many non-hairline bars as non-zero figures (no empty chart).
    const drawn = await page
      .getByTestId('chart-status')
      .locator('svg rect')
      .evaluateAll((rects) => rects.filter((r) => Number(r.getAttribute('width')) > 0.5).length);
    expect(drawn).toBe(Object.values(byStatus).filter((n) => n > 0).length);
    expect(drawn).toBeGreaterThan(0);

    await page.getByTestId('dashboard-notices-open').getByText('公示中 1 份').waitFor();
    const noticeRow = page.getByRole('row').filter({ hasText: noticeTitle });
    expect(await noticeRow.innerText()).toMatch(/24:00|\d{2}:\d{2}/);
    await page.getByTestId('dashboard-claims-pending').getByText('待决定的后补助申请 0 件').waitFor();
    const budget = page.getByTestId('chart-budget');
    await budget.getByText('已核定 ¥0.00').waitFor();
    await budget.getByText('剩余 ¥5,000,000.00').waitFor();
    await page.getByTestId('dashboard-evaluations-due').getByText('0 个评估周期').waitFor();
    await inspect('dashboard-01-overview');
  });

  it("lists an application's audit rows from every service that touched it, by role and unit, each chain verified", async () => {
    await page.goto(`/workspace/applications/${published.id}`);
    await page.getByTestId('audit-link').click();
    await page.waitForURL(`**/workspace/audit/application/${published.id}`);
    await page.getByRole('heading', { level: 1, name: /^审计记录：/ }).waitFor();
    for (const svc of ['intake', 'review', 'publicity']) {
      await page.getByTestId(`chain-${svc}`).getByText('校验通过').waitFor();
    }
    const text = await page.locator('main').innerText();
    for (const action of [
      'application.created',
      'application.submitted',
      'preliminary.decided',
      'city-review.decided',
      'notice.published',
    ])
      expect(text).toContain(action);
    // By role and unit: the lead's USCC, 江阳区 for its reviewer — never a login.
    expect(text).toContain(published.leadUscc);
    expect(text).toContain('江阳区');
    expect(text).not.toContain('officer-e2e');
    // Only this application's rows: none of the other one's (its id's first characters, as shown).
    expect(text).not.toContain(waiting.id.slice(0, 8));
    // In time order, as shown.
    const times = await page
      .locator('table tbody time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(5);
    expect([...times].sort()).toEqual(times);
    await inspect('dashboard-02-audit-application');
  });
});
