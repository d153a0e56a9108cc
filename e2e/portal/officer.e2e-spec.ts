import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ok } from '@lz/api-client';
import {
  E2eStack,
  eventually,
  openCall,
  prepareDraft,
  scoredByPanel,
  submitUntilAccepted,
  type Draft,
} from '../harness';
import { fillIssuerLogin, launchChromium, screenshot, seriousViolations } from './chromium';

/**
 * The Bureau officer's workspace (issue 13) in Debian's Chromium, over a small setup made through the
 * APIs (not the demo's whole year): a call open now, one application recommended and scored by its
 * panel, one still waiting in 江阳区's preliminary queue. The officer publishes a call (the browser's
 * check, then the server's once-a-year rule, at the fields), closes it early, reads the overview of the
 * open call and decides the city review. axe on every page; screenshots in tmp/screenshots/.
 */
describe('the officer in the portal', () => {
  let stack: E2eStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let callId: string;
  let callTitle: string;
  let scored: Draft;

  async function inspect(name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_officer', gateway: true });
    browser = await launchChromium();
    const officerToken = await stack.token({ role: 'officer', sub: 'officer-e2e' });
    callId = await openCall(stack, officerToken);
    callTitle = (
      await ok(stack.api('intake').GET('/api/v1/calls/{id}', { params: { path: { id: callId } } }))
    ).title;
    const [a, b] = await Promise.all([
      prepareDraft(stack, callId, 'officer-scored'),
      prepareDraft(stack, callId, 'officer-waiting'),
    ]);
    await Promise.all([submitUntilAccepted(stack, a), submitUntilAccepted(stack, b)]);
    await scoredByPanel(stack, officerToken, [a]);
    scored = a;
    // Intake learns the recommendation from review's event.
    await eventually(
      'intake sees the recommendation',
      async () => {
        const view = await ok(
          stack
            .api('intake', officerToken)
            .GET('/api/v1/applications/{id}', { params: { path: { id: a.id } } }),
        );
        return view.status === 'PRELIM_RECOMMENDED' || undefined;
      },
      { timeoutMs: 30_000, everyMs: 200 },
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
  }, 300_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  it('publishes a call: the browser names the empty field, the server the once-a-year rule, then it is listed and closed early', async () => {
    await page.goto('/workspace');
    await page.locator('[data-role="officer"]').waitFor();
    await page.getByTestId('stat-officer-calls').getByRole('link').click();
    await page.waitForURL('**/workspace/calls');
    await page.getByRole('cell', { name: callTitle }).waitFor();
    await inspect('officer-01-calls');

    const form = page.locator('form[aria-labelledby="publish-heading"]');
    const year = String(new Date().getFullYear());
    await form.getByLabel('年度').fill(year);
    await form.getByLabel('开始时间').fill(`${year}-01-01T09:00`);
    await form.getByLabel('截止时间').fill(`${year}-12-31T18:00`);
    await form.getByRole('button', { name: '发布' }).click();
    await form.getByText('请填写通知标题').waitFor();
    await inspect('officer-02-publish-field-error');

    const title = `${year}年度补充批次申报通知`;
    await form.getByLabel('通知标题').fill(title);
    await form.getByRole('button', { name: '发布' }).click();
    // A call for this year exists already: the server's rule 3.1, next to the justification field.
    await form.locator('#call-justification-error').getByText('原则上每年集中申报1次').waitFor();
    await inspect('officer-03-publish-justification');

    await form.getByLabel('再次发布的理由').fill('因政策调整增设补充批次。');
    await form.getByRole('button', { name: '发布' }).click();
    await form.getByText(`申报通知已发布：${title}`).waitFor();
    const row = page.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.innerText()).toContain('申报中');

    await row.getByRole('button', { name: '提前截止' }).click();
    const close = page.locator('form[aria-labelledby="close-heading"]');
    await close.getByRole('button', { name: '确认截止' }).click();
    await close.getByText('请填写截止理由').waitFor();
    await close.getByLabel('截止理由').fill('补充批次申报已足额，提前截止。');
    await close.getByRole('button', { name: '确认截止' }).click();
    await page.getByText(`申报通知已截止：${title}`).waitFor();
    await eventually(
      'the row shows it closed',
      async () => (await row.innerText()).includes('已截止') || undefined,
      {
        timeoutMs: 10_000,
        everyMs: 100,
      },
    );
    await inspect('officer-04-call-closed');
  });

  it("shows the open call's applications per jurisdiction and status, each count opening its list; printable", async () => {
    await page.goto('/workspace/calls');
    await page
      .getByRole('row')
      .filter({ hasText: callTitle })
      .getByRole('link', { name: '申报情况' })
      .click();
    await page.getByRole('heading', { level: 1, name: `申报情况：${callTitle}` }).waitFor();
    const matrix = page.getByTestId('overview');
    await page.getByTestId('overview-total').getByText('2').waitFor();
    const jiangyang = matrix
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '江阳区' }) });
    // Columns: 区县/园区, then the statuses in the procedure's order (已提交 first, 初审推荐 third), 合计.
    const cells = jiangyang.getByRole('cell');
    await expect(cells.nth(0).innerText()).resolves.toBe('1'); // 已提交
    await expect(cells.nth(2).innerText()).resolves.toBe('1'); // 初审推荐
    await inspect('officer-05-overview');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: '打印' }).isVisible()).resolves.toBe(false);
    await screenshot(page, 'officer-05-overview-print');
    await page.emulateMedia({ media: 'screen' });

    await cells.nth(2).getByRole('link').click();
    await page.waitForURL(/jurisdictionCode=510502&status=PRELIM_RECOMMENDED/);
    await page.getByRole('link', { name: '联合体officer-scored' }).waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBe(1);
    await inspect('officer-06-call-applications');
  });

  it('decides a city review: the panel with its seed, the scores against the rubric, then 拟备案 with an opinion', async () => {
    await page.goto('/workspace');
    await page.getByTestId('stat-officer-city-reviews').getByRole('link').click();
    await page.waitForURL('**/workspace/city-reviews');
    await page.getByRole('link', { name: '联合体officer-scored' }).click();
    await page.getByRole('heading', { level: 1, name: '联合体officer-scored' }).waitFor();
    const view = await ok(
      stack
        .api('review', await stack.token({ role: 'officer', sub: 'officer-e2e' }))
        .GET('/api/v1/city-reviews/{applicationId}', { params: { path: { applicationId: scored.id } } }),
    );
    await expect(page.getByTestId('draw-seed').innerText()).resolves.toBe(view.draw?.seed);
    for (const m of view.panel) await page.getByRole('cell', { name: m.name }).first().waitFor();
    await page.getByTestId('aggregate').getByText(`已评分 3 / 专家 3 名`).waitFor();
    await inspect('officer-07-city-review');

    const form = page.locator('form[aria-labelledby="city-decision-heading"]');
    await form.getByRole('button', { name: '提交审查决定' }).click();
    await form.getByText('请选择审查结论').waitFor();
    await form.getByText('请填写审查意见').waitFor();
    await form.getByLabel('拟备案').check();
    await form.getByLabel('审查意见').fill('专家组评审通过，同意拟备案。');
    await form.getByRole('button', { name: '提交审查决定' }).click();
    await page.getByTestId('city-decision').getByText('拟备案').waitFor();
    await inspect('officer-08-city-decided');
    const after = await ok(
      stack
        .api('review', await stack.token({ role: 'officer', sub: 'officer-e2e' }))
        .GET('/api/v1/city-reviews/{applicationId}', { params: { path: { applicationId: scored.id } } }),
    );
    expect(after.decision).toMatchObject({
      decision: 'TO_BE_FILED',
      opinion: '专家组评审通过，同意拟备案。',
    });
  });
});
