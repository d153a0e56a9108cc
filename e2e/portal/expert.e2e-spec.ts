import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ok, type CityReviewView } from '@lz/api-client';
import { findDirectoryAccount } from '@lz/dev-directory';
import { E2eStack, openCall, panelsDrawn, prepareDraft, submitUntilAccepted } from '../harness';
import { fillIssuerLogin, launchChromium, screenshot, seriousViolations } from './chromium';

/**
 * The expert (评审专家) in the portal (issue 13), in Debian's Chromium, over a setup made through the
 * APIs: one application recommended in 江阳区 and its panel of three drawn from a pool of four (one in
 * reserve). The Bureau links two seeded expert logins to two panel seats. One expert sees only their
 * assignment, reads the members, is stopped by the browser's rubric check, scores within each maximum
 * and sees the score back; the other declines — first without a reason, then with one — the reserve
 * takes the seat, and the application is gone from their list and answers 未找到 by URL. axe on every
 * page; screenshots in tmp/screenshots/.
 */
describe('the expert in the portal', () => {
  let stack: E2eStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let review: CityReviewView;
  let officerToken: string;

  async function inspect(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  /** A new browser signed in through the development issuer as a seeded account. */
  async function signedInPage(username: string): Promise<Page> {
    const context = await browser.newContext({
      baseURL: stack.gatewayUrl,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: '登录' }).click();
    await page.waitForURL((url) => url.origin !== stack.gatewayUrl);
    await fillIssuerLogin(page, username);
    await page.waitForURL((url) => url.origin === stack.gatewayUrl && !url.pathname.startsWith('/auth/'));
    return page;
  }

  const officerView = async () =>
    ok(
      stack.api('review', officerToken).GET('/api/v1/city-reviews/{applicationId}', {
        params: { path: { applicationId: review.applicationId } },
      }),
    );

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_expert', gateway: true });
    browser = await launchChromium();
    officerToken = await stack.token({ role: 'officer', sub: 'officer-e2e' });
    const callId = await openCall(stack, officerToken);
    const draft = await prepareDraft(stack, callId, 'expert-review');
    await submitUntilAccepted(stack, draft);
    [review] = await panelsDrawn(stack, officerToken, [draft], { poolSize: 4 });
    expect(review.draw?.reserve).toHaveLength(1);
    // The Bureau links two seeded expert logins to the first two seats (roles belong to the platform).
    const officer = await stack.signedIn('officer');
    for (const [username, seat] of [
      ['expert-li', review.panel[0]],
      ['expert-wang', review.panel[1]],
    ] as const) {
      expect(findDirectoryAccount(username)).toBeDefined();
      const grant = await officer.post('/api/v1/access/grants', {
        role: 'expert',
        subject: username,
        expertId: seat.expertId,
        org: seat.orgUscc,
      });
      expect(grant.status).toBe(201);
    }
  }, 600_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  it('sees only their assignment, is held to the rubric in the browser, scores and sees the score back', async () => {
    const page = await signedInPage('expert-li');
    await page.goto('/workspace');
    await page.locator('[data-role="expert"]').waitFor();
    await page.getByTestId('stat-expert-city-reviews').getByRole('link').click();
    await page.waitForURL('**/workspace/city-reviews');
    await page.getByRole('heading', { level: 1, name: '我的评审任务' }).waitFor();
    await page.getByRole('link', { name: review.name }).waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBe(1);
    await inspect(page, 'expert-01-assignments');

    await page.getByRole('link', { name: review.name }).click();
    await page.getByRole('heading', { level: 1, name: review.name }).waitFor();
    for (const m of review.members) await page.getByRole('cell', { name: m.uscc }).waitFor();
    await inspect(page, 'expert-02-case');

    const form = page.locator('form[aria-labelledby="score-heading"]');
    const [first, ...rest] = review.rubric;
    await form.getByRole('button', { name: '提交评分' }).click();
    await form.getByText(`${first.titleZh}的得分应为 0 至 ${first.maxScore} 之间的整数`).waitFor();
    // Above the criterion's maximum: refused in the browser by the service's own rule, next to it.
    await form.getByLabel(`${first.titleZh}（满分 ${first.maxScore}）`).fill(String(first.maxScore + 1));
    for (const c of rest)
      await form.getByLabel(`${c.titleZh}（满分 ${c.maxScore}）`).fill(String(c.maxScore - 1));
    await form.getByRole('button', { name: '提交评分' }).click();
    await form.getByText(`${first.titleZh}的得分应为 0 至 ${first.maxScore} 之间的整数`).waitFor();
    await inspect(page, 'expert-03-score-error');
    // Nothing was sent.
    expect((await officerView()).scores).toHaveLength(0);

    await form.getByLabel(`${first.titleZh}（满分 ${first.maxScore}）`).fill(String(first.maxScore - 3));
    const total = review.rubric.reduce((n, c) => n + c.maxScore - 1, 0) - 2;
    await form.getByTestId('score-total').getByText(`合计：${total} 分（满分 100 分）`).waitFor();
    await form.getByLabel('评审意见').fill('技术路线清晰，攻关目标可考核。');
    await form.getByRole('button', { name: '提交评分' }).click();
    await page.getByTestId('own-total').getByText(`合计：${total} 分`).waitFor();
    await inspect(page, 'expert-04-scored');

    const after = await officerView();
    expect(after.scores).toEqual([
      expect.objectContaining({
        expertId: review.panel[0].expertId,
        total,
        comment: '技术路线清晰，攻关目标可考核。',
      }),
    ]);
  });

  it('declines with a reason: the reserve takes the seat, the officer reads why, and the case is gone for them', async () => {
    const page = await signedInPage('expert-wang');
    await page.goto(`/workspace/city-reviews/${review.applicationId}`);
    await page.getByRole('heading', { level: 1, name: review.name }).waitFor();
    const form = page.locator('form[aria-labelledby="decline-heading"]');
    await form.getByRole('button', { name: '提交拒绝评审' }).click();
    await form.getByText('请填写拒绝理由').waitFor();
    await inspect(page, 'expert-05-decline-error');

    const reason = '本人所在单位与牵头单位有合作项目，申请回避。';
    await form.getByLabel('拒绝理由').fill(reason);
    await form.getByRole('button', { name: '提交拒绝评审' }).click();
    await page.getByText('已拒绝评审，备选专家将递补。').waitFor();
    await inspect(page, 'expert-06-declined');

    const after = await officerView();
    expect(after.panel.map((p) => [p.expertId, p.status, p.declineReason])).toEqual([
      [review.panel[0].expertId, 'ASSIGNED', null],
      [review.panel[1].expertId, 'DECLINED', reason],
      [review.panel[2].expertId, 'ASSIGNED', null],
      [review.draw?.reserve[0], 'ASSIGNED', null],
    ]);

    await page.getByRole('link', { name: '返回我的评审任务' }).click();
    await page.waitForURL('**/workspace/city-reviews');
    await page.getByRole('heading', { level: 1, name: '我的评审任务' }).waitFor();
    await page.getByText('暂无数据').waitFor();
    await page.goto(`/workspace/city-reviews/${review.applicationId}`);
    await page.getByRole('heading', { level: 1, name: '未找到' }).waitFor();
    await inspect(page, 'expert-07-not-found');
  });

  it("shows the officer the declined seat's reason on the panel", async () => {
    const page = await signedInPage('officer');
    await page.goto(`/workspace/city-reviews/${review.applicationId}`);
    await page.getByRole('heading', { level: 1, name: review.name }).waitFor();
    await page.getByText('理由：本人所在单位与牵头单位有合作项目，申请回避。').waitFor();
    await inspect(page, 'expert-08-officer-panel');
  });
});
