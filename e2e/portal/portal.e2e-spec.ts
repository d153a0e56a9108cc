import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Redis } from 'ioredis';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findDirectoryAccount } from '@lz/dev-directory';
import { pdfText, testInfra, waitForExactly, xlsxRows } from '@lz/testing';
import { runFilingYear, type FilingYearRecord } from '../../tools/demo/filing-year';
import { allPages, ok } from '@lz/api-client';
import {
  E2eStack,
  eventually,
  prepareDraft,
  publishNotice,
  submitUntilAccepted,
  toBeFiled,
  type BrowserSession,
  type Draft,
} from '../harness';
import { fillIssuerLogin, launchChromium, screenshot, seriousViolations } from './chromium';

/** Polls `check` every 100 ms until it holds (or throws after 15 s, naming what it waited for). */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A count on a role's home once it has arrived from its API. */
async function statValue(page: Page, testId: string): Promise<string> {
  const stat = page.getByTestId(testId);
  await until(testId, async () => /^\d+$/.test((await stat.textContent()) ?? ''));
  return (await stat.textContent()) as string;
}

/** The page's <title> (set by the page once its data is there). */
async function expectTitle(page: Page, title: string): Promise<void> {
  await page
    .waitForFunction(
      (t) => (globalThis as unknown as { document: { title: string } }).document.title === t,
      title,
      {
        timeout: 15_000,
      },
    )
    .catch(() => undefined);
  expect(await page.title()).toBe(title);
}

interface ObjectionRow {
  id: string;
  applicationId: string;
  reason: string;
  receiptNo: string;
}

/**
 * The portal in Debian's Chromium against the whole stack (five services, the development issuer,
 * the gateway serving apps/portal/dist): the data comes from the demo's filing year and a few more
 * applications made through the real APIs. Every page is checked with axe (no serious or critical
 * violation) and photographed to tmp/screenshots/.
 */
describe('portal', () => {
  let stack: E2eStack;
  let browser: Browser;
  let year: FilingYearRecord;
  let officer: BrowserSession;
  /** An OPEN notice with one item that accepts objections. */
  let openNotice: { id: string; applicationId: string; title: string };
  /** Left in 江阳区 (510502)'s preliminary queue for the reviewer's test. */
  let queued: Draft;
  const contexts: BrowserContext[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      baseURL: stack.gatewayUrl,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  }

  /** Looks at a page as a person would: axe, then a screenshot. */
  async function inspect(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  /** Through the 登录 button and the issuer's form; returns the page where the gateway sent the browser. */
  async function signInThroughPortal(page: Page, username: string, from = '/'): Promise<void> {
    await page.goto(from);
    await page.getByRole('link', { name: '登录' }).click();
    await page.waitForURL((url) => url.origin !== stack.gatewayUrl);
    await fillIssuerLogin(page, username);
    await page.waitForURL((url) => url.origin === stack.gatewayUrl && !url.pathname.startsWith('/auth/'));
  }

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_portal', gateway: true });
    browser = await launchChromium();
    const api = (svc: 'intake' | 'review' | 'publicity') => stack.baseUrl(svc);
    // The demo's year, with the development directory's enterprises as the lead units (tag 'directory'),
    // and meanwhile two more applications: one for a notice published today (what a member of the
    // public objects to in the browser), one left in 江阳区's preliminary queue.
    const [filingYear, forNotice] = await Promise.all([
      stack.step('the filing year', () =>
        runFilingYear({
          urls: { intake: api('intake'), review: api('review'), publicity: api('publicity') },
          tag: 'directory',
          strict: false,
          waitMs: 60_000,
        }),
      ),
      (async () => {
        // The demo's call, once the filing year has opened it (one call a year, docs/SPEC.md 3.1).
        const callId = await eventually(
          'the open call',
          async () => {
            const open = await ok(
              stack.api('intake').GET('/api/v1/calls', { params: { query: { status: 'OPEN' } } }),
            );
            return open.items[0]?.id;
          },
          { timeoutMs: 120_000, everyMs: 500 },
        );
        const draft = await prepareDraft(stack, callId, 'portal-objection');
        await submitUntilAccepted(stack, draft);
        return draft;
      })(),
    ]);
    year = filingYear;
    queued = await prepareDraft(stack, year.call.id, 'portal-queue');
    await submitUntilAccepted(stack, queued);
    await toBeFiled(stack, year.officerToken, [forNotice]);
    const notice = await publishNotice(stack, year.officerToken, '2026年第三批拟备案创新联合体公示', [
      forNotice.id,
    ]);
    openNotice = { id: notice.id, applicationId: forNotice.id, title: notice.title };
    officer = await stack.signedIn('officer');
    // The expert login linked to the demo's pool entry (the Bureau administers roles).
    const li = findDirectoryAccount('expert-li');
    const grant = await officer.post('/api/v1/access/grants', {
      role: 'expert',
      subject: 'expert-li',
      expertId: year.experts.li.id,
      org: li?.org,
    });
    expect(grant.status).toBe(201);
  }, 600_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  it('renders the public pages in Chinese with the data of the running services', async () => {
    const page = await newPage();
    await page.goto('/');
    await expectTitle(page, '首页 · 泸州市创新联合体管理平台');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      '泸州市创新联合体管理平台',
    );
    await page.getByRole('heading', { name: year.call.title }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await inspect(page, '01-home');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '公示' }).click();
    await page.getByRole('link', { name: year.notices.past.title }).waitFor();
    await expectTitle(page, '公示 · 泸州市创新联合体管理平台');
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    await inspect(page, '02-notices');

    await page.getByRole('link', { name: year.notices.past.title }).click();
    await page.getByRole('heading', { level: 1, name: year.notices.past.title }).waitFor();
    await expectTitle(page, `${year.notices.past.title} · 泸州市创新联合体管理平台`);
    const body = await page.locator('main').innerText();
    expect(body).toContain('公示截止');
    expect(body).toContain(year.notices.past.period.textZh);
    for (const item of year.notices.past.items) expect(body).toContain(item.name);
    expect(body).toContain('（北京时间）');
    await inspect(page, '03-notice');
    // The printed notice as a PDF, downloaded through the gateway like any link.
    const [printed] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载打印版（PDF）' }).click(),
    ]);
    expect(printed.suggestedFilename()).toBe(`${year.notices.past.title}.pdf`);
    const printedText = (await pdfText(await readFile((await printed.path())!))).replace(/\s+/g, '');
    expect(printedText).toContain(year.notices.past.title.replace(/\s+/g, ''));
    expect(printedText).toContain('泸州市科学技术局');
    // Printable: the print stylesheet drops the header, the navigation and the buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '打印' }).isVisible()).resolves.toBe(false);
    await screenshot(page, '03-notice-print');
    await page.emulateMedia({ media: 'screen' });

    await page.goto('/registry');
    await page.getByRole('cell', { name: year.consortia.liquor.filingNumber }).waitFor();
    await expectTitle(page, '组建名单 · 泸州市创新联合体管理平台');
    expect(await page.locator('tbody tr').count()).toBe(Object.keys(year.consortia).length);
    await inspect(page, '04-registry');
    // Search, and a filter by jurisdiction, answered by the review service.
    await page
      .getByRole('searchbox', { name: '搜索名称、牵头单位或备案号' })
      .fill(year.consortia.materials.name);
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/q=/);
    await until('one row', async () => (await page.locator('tbody tr').count()) === 1);
    await page.getByRole('cell', { name: year.consortia.materials.name }).waitFor();
    await screenshot(page, '04-registry-search');
    // The download holds what the table shows: the searched list, every page of it, as Excel.
    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载 Excel' }).click(),
    ]);
    expect(sheet.suggestedFilename()).toBe('创新联合体组建名单.xlsx');
    const sheetRows = await xlsxRows(await readFile((await sheet.path())!));
    expect(sheetRows.slice(1).map((r) => r[1])).toEqual([year.consortia.materials.name]);

    await page.goto('/calendar/2026');
    await page.getByRole('heading', { level: 1, name: '2026 年工作日历' }).waitFor();
    await page.getByText(/全年 \d+ 个工作日/).waitFor();
    expect(await page.locator('td.lz-cal-holiday').count()).toBeGreaterThan(20);
    expect(await page.locator('td.lz-cal-makeup').count()).toBeGreaterThan(0);
    await inspect(page, '05-calendar');

    await page.goto('/no-such-page');
    await page.getByRole('heading', { level: 1, name: '未找到' }).waitFor();
    await inspect(page, '06-not-found');

    // The English switch.
    await page.goto('/registry');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Registry of innovation consortia' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await screenshot(page, '07-registry-en');
  });

  it('lets a member of the public file an objection, with Chinese messages at the fields, and the officer sees it', async () => {
    const page = await newPage();
    await page.goto(`/notices/${openNotice.id}`);
    await page
      .getByRole('link', { name: /提出异议/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: '对公示项目提出异议' }).waitFor();
    await expectTitle(page, '提出异议 · 泸州市创新联合体管理平台');
    // Empty: the browser refuses with the rules of @lz/policy, in Chinese, next to each field.
    await page.getByRole('button', { name: '提交异议' }).click();
    await page.getByText('请填写异议理由').waitFor();
    await page.getByText('请填写联系人姓名').waitFor();
    await page.getByLabel('联系电话（手机）').fill('12345');
    await page.getByRole('button', { name: '提交异议' }).click();
    await page.getByText('请输入 11 位中国大陆手机号码（以 13–19 开头）').waitFor();
    await inspect(page, '08-objection-invalid');

    const reason = `牵头单位申报的研发投入与审计报告不符(浏览器测试 ${Date.now()})。`;
    await page.getByLabel('异议理由').fill(reason);
    await page.getByLabel('联系人姓名').fill('王小明');
    await page.getByLabel('联系电话（手机）').fill('13912345678');

    // The server's problem+json shown at the field it names: the request is changed on its way to
    // name an application of another notice, which publicity refuses for applicationId.
    const foreign = year.notices.past.items[0].applicationId;
    await page.route('**/api/v1/notices/*/objections', async (route) => {
      const sent = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...sent, applicationId: foreign }) });
    });
    await page.getByRole('button', { name: '提交异议' }).click();
    await page.getByText(`申报 ${foreign} 不在该公示中`).waitFor();
    await screenshot(page, '09-objection-server-error');
    await page.unroute('**/api/v1/notices/*/objections');

    await page.getByRole('button', { name: '提交异议' }).click();
    const receipt = await page.getByTestId('receipt').textContent();
    expect(receipt).toMatch(/^回执编号：\S+/);
    await inspect(page, '10-objection-filed');

    // The officer sees it: through the API of the gateway and on the officer's home.
    const listed = await officer.get<{ items: ObjectionRow[] }>(
      `/api/v1/notices/${openNotice.id}/objections`,
    );
    const rows = listed.body.items;
    const mine = rows.find((o) => o.reason === reason);
    expect(mine).toMatchObject({ applicationId: openNotice.applicationId });
    expect(receipt).toBe(`回执编号：${mine?.receiptNo}`);
    const officerPage = await newPage();
    await signInThroughPortal(officerPage, 'officer');
    expect(Number(await statValue(officerPage, 'stat-officer-objections'))).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['officer', 'officer', '张明远', ['待处理异议', '公示中的公示', '市级审查中的申报']],
    ['reviewer-510502', 'reviewer', '陈晓红', ['待初审申报']],
    ['expert-li', 'expert', '李建国', ['分配给我的评审']],
    ['evaluator', 'evaluator', '林晓', ['分配给本机构的评估']],
    ['ent-liquor', 'applicant', '罗文斌', ['本单位的申报', '补助申请']],
  ])('signs %s in through the issuer and lands on the %s home', async (username, role, name, stats) => {
    const page = await newPage();
    await signInThroughPortal(page, username);
    expect(new URL(page.url()).pathname).toBe('/workspace');
    await page.locator(`[data-role="${role}"]`).waitFor();
    await expectTitle(page, '工作台 · 泸州市创新联合体管理平台');
    await page.getByRole('heading', { level: 1, name: `${name},您好`.replace(',', '，') }).waitFor();
    for (const label of stats) await page.getByText(label, { exact: true }).waitFor();
    await until('every count', async () => (await page.locator('.lz-stat .ant-spin').count()) === 0);
    const text = await page.locator('main').innerText();
    if (role === 'reviewer') {
      expect(text).toContain('江阳区');
      expect(await statValue(page, 'stat-reviewer-510502-queue')).toBe('1');
    }
    if (role === 'applicant') expect(text).toContain(findDirectoryAccount(username)?.uscc);
    await inspect(page, `11-home-${role}`);
  });

  it("shows an applicant its own applications, and 未找到 for another unit's application by URL", async () => {
    const page = await newPage();
    await signInThroughPortal(page, 'ent-materials');
    await page.goto('/workspace/applications');
    await page.getByRole('link', { name: year.apps.materials.spec.name }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await inspect(page, '12-applications');
    await page.getByRole('link', { name: year.apps.materials.spec.name }).click();
    await page.getByRole('heading', { level: 1, name: year.apps.materials.spec.name }).waitFor();
    await page.locator('.lz-timeline li').first().waitFor();
    await inspect(page, '13-application');

    await page.goto(`/workspace/applications/${year.apps.liquor.id}`);
    await page.getByRole('heading', { level: 1, name: '未找到' }).waitFor();
    await expectTitle(page, '未找到 · 泸州市创新联合体管理平台');
    const text = await page.locator('main').innerText();
    expect(text).not.toContain(year.apps.liquor.spec.name);
    expect(text).not.toContain(year.apps.liquor.leadUscc);
    await inspect(page, '14-application-of-another-unit');
  });

  it('refuses a write without the CSRF token and writes nothing', async () => {
    const page = await newPage();
    await page.goto(`/notices/${openNotice.id}/objection?item=${openNotice.applicationId}`);
    await page.getByRole('heading', { level: 1, name: '对公示项目提出异议' }).waitFor();
    // Landing on the form directly, its fields are styled too (the styles come with the page's shell).
    const radius = await page
      .locator('#objection-reason')
      .evaluate(
        (el) =>
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { borderTopLeftRadius: string } }
          ).getComputedStyle(el).borderTopLeftRadius,
      );
    expect(radius).toBe('4px');
    const count = async () =>
      (await officer.get<{ total: number }>(`/api/v1/objections?noticeId=${openNotice.id}&pageSize=1`)).body
        .total;
    const before = await count();
    // A script of the page writing without the x-csrf-token header.
    const status = await page.evaluate(
      async ({ id, applicationId }) => {
        const res = await fetch(`/api/v1/notices/${id}/objections`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            applicationId,
            reason: '无令牌的写入',
            contact: { name: '测试', phone: '13800000000' },
          }),
        });
        return { status: res.status, type: ((await res.json()) as { type: string }).type };
      },
      { id: openNotice.id, applicationId: openNotice.applicationId },
    );
    expect(status).toEqual({ status: 403, type: 'urn:lz:problem:auth.csrf' });
    // The portal's own request with its token taken off: the refusal is shown, in Chinese.
    await page.route('**/api/v1/notices/*/objections', (route) => {
      const headers = { ...route.request().headers() };
      delete headers['x-csrf-token'];
      return route.continue({ headers });
    });
    await page.getByLabel('异议理由').fill('无令牌的写入');
    await page.getByLabel('联系人姓名').fill('测试');
    await page.getByLabel('联系电话（手机）').fill('13800000000');
    await page.getByRole('button', { name: '提交异议' }).click();
    await page.getByText('缺少或错误的防跨站请求令牌，请刷新页面后重试').waitFor();
    await screenshot(page, '15-csrf-refused');
    expect(await count()).toBe(before);
  });

  it('sends an expired session back through sign-in to the page asked for', async () => {
    const page = await newPage();
    await signInThroughPortal(page, 'ent-liquor');
    await page.goto('/workspace/applications');
    const link = page.getByRole('link', { name: year.apps.liquor.spec.name });
    await link.waitFor();
    // The session expires the way its idle TTL does, in Redis itself.
    const sid = (await page.context().cookies()).find((c) => c.name === 'lz_session')?.value as string;
    const key = `${stack.redisPrefix}gw:sess:${createHash('sha256').update(sid).digest('base64url')}`;
    const redis = new Redis(testInfra.redisUrl);
    try {
      expect(await redis.del(key)).toBe(1);
    } finally {
      redis.disconnect();
    }
    // The issuer's own session has ended too (as after a working day): it will ask for the password.
    await page.context().clearCookies({ name: /^_(session|interaction)/ });
    // The next API call answers 401 auth.session_expired: the portal goes to sign-in with this page.
    const target = `/workspace/applications/${year.apps.liquor.id}`;
    const signIn = page.waitForRequest((r) =>
      r.url().endsWith(`/auth/login?returnTo=${encodeURIComponent(target)}`),
    );
    await link.click();
    await signIn;
    await page.waitForURL((url) => url.origin === stack.baseUrl('identity'));
    await page.locator('#username').waitFor();
    await screenshot(page, '16-expired-sign-in');
    await fillIssuerLogin(page, 'ent-liquor');
    await page.waitForURL(`${stack.gatewayUrl}${target}`);
    await page.getByRole('heading', { level: 1, name: year.apps.liquor.spec.name }).waitFor();
  });

  it('lets the district reviewer return an application of its queue with reasons — once, with Chinese messages at the fields', async () => {
    const page = await newPage();
    await signInThroughPortal(page, 'reviewer-510502');
    await page.goto('/workspace/preliminary-reviews');
    await page.getByRole('heading', { level: 1, name: '本辖区的初审申报' }).waitFor();
    const row = page.getByRole('link', { name: '联合体portal-queue' });
    await row.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '18-preliminary-queue');
    await row.click();
    await page.getByRole('heading', { level: 2, name: '初审意见' }).waitFor();
    // Nothing chosen, nothing written: the rules' messages next to the fields, nothing sent.
    await page.getByRole('button', { name: '提交初审意见' }).click();
    await page.getByText('请选择初审结论').waitFor();
    await page.getByText('请填写初审意见').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '19-preliminary-invalid');
    await page.getByLabel('退回修改').check();
    await page.getByLabel('退回理由').fill('请补充市外成员单位的合作协议。');
    const answers: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/decision')) answers.push(r.status());
    });
    // A double click is one decision (one Idempotency-Key per attempt, the button busy meanwhile).
    await page.getByRole('button', { name: '提交初审意见' }).dblclick();
    await page.getByText('初审意见已提交').waitFor();
    // The page follows the application until intake has recorded the return.
    await page.locator('.lz-timeline').getByText('退回修改').waitFor({ timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '20-preliminary-decided');
    // The applicant's application was returned (intake learnt it from review's event), once.
    const returned = async () =>
      (
        await allPages((query) =>
          stack
            .api('intake', queued.token)
            .GET('/api/v1/applications/{id}/timeline', { params: { path: { id: queued.id }, query } }),
        )
      ).filter((e) => e.status === 'RETURNED').length;
    await waitForExactly('the RETURNED timeline entry', returned, 1, { timeoutMs: 60_000 });
    expect(answers.length).toBeGreaterThanOrEqual(1);
    expect(answers.every((s) => s === 200)).toBe(true);
    // Another jurisdiction's application by URL: 未找到, as in the API.
    const elsewhere = await Promise.all(
      Object.values(year.apps).map((a) =>
        ok(
          stack
            .api('intake', year.officerToken)
            .GET('/api/v1/applications/{id}', { params: { path: { id: a.id } } }),
        ),
      ),
    );
    const foreign = elsewhere.find((a) => a.jurisdictionCode !== '510502');
    expect(foreign).toBeDefined();
    await page.goto(`/workspace/preliminary-reviews/${foreign!.id}`);
    await page.getByRole('heading', { level: 1, name: '未找到' }).waitFor();
  });

  it('lets a signed-in officer try a write from the API documentation (/api/docs): the page fills in the CSRF token', async () => {
    const page = await newPage();
    await signInThroughPortal(page, 'officer');
    await page.goto('/api/docs');
    await page.locator('.opblock-tag').first().waitFor();
    // Swagger UI itself sends the request ("Try it out" → "Execute"), with what it was authorised with.
    const subject = `docs-${Date.now()}`;
    const answer = await page.evaluate(async (subject) => {
      type Ui = {
        authSelectors: { authorized(): { toJS(): Record<string, { value?: string }> } };
        fn: { fetch(req: Record<string, unknown>): Promise<{ status: number; body: { id?: string } }> };
      };
      const ui = (globalThis as unknown as { ui: Ui }).ui;
      for (let i = 0; i < 50 && !ui.authSelectors.authorized().toJS().csrf; i += 1) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const token = ui.authSelectors.authorized().toJS().csrf?.value;
      const res = await ui.fn.fetch({
        url: '/api/v1/access/grants',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': token ?? '' },
        body: JSON.stringify({ role: 'reviewer', subject, jurisdiction: '510502' }),
        credentials: 'same-origin',
      });
      return { token: token ?? null, status: res.status };
    }, subject);
    await screenshot(page, '17-api-docs');
    expect(answer.token).toBeTruthy();
    expect(answer.status).toBe(201);
    const listed = await officer.get<{ items: Array<{ subject: string }> }>(
      `/api/v1/access/grants?q=${subject}&pageSize=5`,
    );
    expect(listed.body.items.map((g) => g.subject)).toEqual([subject]);
  });

  it('signs out', async () => {
    const page = await newPage();
    await signInThroughPortal(page, 'evaluator');
    await page.locator('[data-role="evaluator"]').waitFor();
    const logout = page.waitForResponse((r) => r.url().endsWith('/auth/logout'));
    await page.getByRole('button', { name: '退出' }).click();
    expect((await logout).status()).toBe(200);
    // The issuer asks whether to end its own session too (RP-initiated logout), then comes back.
    await page.waitForURL((url) => url.origin === stack.baseUrl('identity'));
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL(`${stack.gatewayUrl}/`);
    await page.getByRole('link', { name: '登录' }).waitFor();
    const me = await page.evaluate(() =>
      fetch('/api/v1/session').then((r) => r.json() as Promise<{ authenticated: boolean }>),
    );
    expect(me.authenticated).toBe(false);
  });
});
