import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { makeUscc } from '@lz/testing';
import { demoPdf } from '../../tools/demo/cast';
import { E2eStack } from '../harness';
import { fillIssuerLogin, launchChromium, screenshot, seriousViolations } from './chromium';

/**
 * 信用记录 (docs/SPEC.md 5.3a) in Debian's Chromium: the officer records a finding against a unit (the
 * browser's check first, then the server's answer), sees it listed as in effect, uploads its evidence
 * (the stored sha256 is the hash of the bytes sent; a reviewer sees the finding on the case they
 * decide — covered by the preliminary case page's panel), and ends it early with a reason. axe on every state; screenshots in tmp/screenshots/.
 */
describe('credit findings in the portal', () => {
  let stack: E2eStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  async function inspect(name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_credit', gateway: true });
    browser = await launchChromium();
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

  it('records a finding (the browser names the missing field first), lists it in effect, and ends it early', async () => {
    await page.goto('/workspace/credit-findings');
    const form = page.locator('form[aria-labelledby="credit-record-heading"]');
    await form.waitFor();
    await inspect('credit-01-list');

    const uscc = makeUscc({ seed: 'credit-e2e' });
    await form.getByLabel('统一社会信用代码').fill(uscc);
    await form.getByLabel('单位名称').fill('泸州示范材料有限公司');
    await form.getByLabel('事项编号').fill('claim-1');
    await form.getByLabel('认定事实').fill('后补助申请所附发票经核查系伪造。');
    await form.getByLabel('决定文号').fill('泸科信〔2026〕1号');
    await form.getByRole('button', { name: '确认记录' }).click();
    await form.locator('#credit-period\\.from-error').waitFor();
    await inspect('credit-02-field-error');

    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    await form.getByLabel('有效期起').fill(today);
    await form.getByRole('button', { name: '确认记录' }).click();
    await form.getByText('已记录：泸州示范材料有限公司').waitFor();
    const row = page.getByRole('row').filter({ hasText: uscc });
    await row.waitFor();
    expect(await row.innerText()).toContain('有效');
    await inspect('credit-03-recorded');

    await row.getByRole('button', { name: '证据材料（0）' }).click();
    const evidence = page.locator('section[aria-labelledby="credit-evidence-heading"]');
    const bytes = Buffer.from(demoPdf('credit finding evidence'));
    await evidence
      .getByLabel('文件', { exact: true })
      .setInputFiles({ name: '发票核查报告.pdf', mimeType: 'application/pdf', buffer: bytes });
    await evidence.getByText(createHash('sha256').update(bytes).digest('hex')).waitFor();
    await row.getByRole('button', { name: '证据材料（1）' }).waitFor();
    const intake = stack.api('intake', await stack.token({ role: 'officer', sub: 'officer-e2e-credit' }));
    const listed = await intake.GET('/api/v1/credit-findings', { params: { query: { uscc } } });
    expect(listed.data?.items[0]?.evidence.map((e) => e.sha256)).toEqual([
      createHash('sha256').update(bytes).digest('hex'),
    ]);
    await inspect('credit-03b-evidence');

    await row.getByRole('button', { name: '提前解除' }).click();
    const end = page.locator('form[aria-labelledby="credit-end-heading"]');
    await end.getByRole('button', { name: '确认解除' }).click();
    await end.getByText('请填写解除理由').waitFor();
    await end.getByLabel('解除理由').fill('申诉成立，撤销认定。');
    await end.getByRole('button', { name: '确认解除' }).click();
    await row.getByText('提前解除：申诉成立，撤销认定。').waitFor();
    await inspect('credit-04-ended');
  });
});
