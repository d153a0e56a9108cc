import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { allPages } from '@lz/api-client';
import { makeUscc, shanghaiWallClock, xlsxBytes, xlsxRows } from '@lz/testing';
import { E2eStack } from '../harness';
import { fillIssuerLogin, launchChromium, screenshot, seriousViolations } from './chromium';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 评审专家库 in Debian's Chromium, as the Bureau officer: from the home figure to the pool; an expert
 * registered (the browser's check first), edited, retired; an Excel file with one bad row refused with
 * that row's message in Chinese and nothing written, the fixed file imported, and imported again
 * without doubling anyone; the Excel download opened with exceljs and compared with the API.
 * axe on every state; screenshots `experts-*` in tmp/screenshots/.
 */
describe('the expert pool in the portal', () => {
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
    stack = await E2eStack.start({ label: 'e2e_experts', gateway: true });
    browser = await launchChromium();
    context = await browser.newContext({
      baseURL: stack.gatewayUrl,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
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

  it('adds, edits and retires an expert, imports a file once its bad row is fixed, and exports what the API lists', async () => {
    await page.goto('/workspace');
    const figure = page.locator('li.lz-stat').filter({ hasText: '专家库在库专家' });
    await figure.getByRole('link', { name: '0' }).click();
    await page.waitForURL('**/workspace/experts');
    await page.getByRole('heading', { level: 1, name: '评审专家库' }).waitFor();
    await inspect('experts-01-empty');

    // Register: the browser names the bad phone first, then the expert is in the list.
    const add = page.locator('form[aria-labelledby="expert-form-heading"]');
    const orgUscc = makeUscc({ seed: 'experts-e2e-org', orgType: '12', division: '510500' });
    await add.getByLabel('姓名').fill('罗文斌');
    await add.getByLabel('工作单位').fill('四川轻化工大学');
    await add.getByLabel('单位统一社会信用代码').fill(orgUscc);
    await add.getByLabel('专业领域').fill('白酒酿造、食品工程');
    await add.getByLabel('职称').fill('副教授');
    await add.getByLabel('联系电话').fill('12345');
    await add.getByRole('button', { name: '登记入库' }).click();
    await add.locator('#expert-phone-error').getByText('应为 11 位手机号或带区号的固定电话').waitFor();
    await inspect('experts-02-field-error');
    await add.getByLabel('联系电话').fill('13800138000');
    await add.getByRole('button', { name: '登记入库' }).click();
    await add.getByText('已登记：罗文斌').waitFor();
    const row = page.getByRole('row').filter({ hasText: '罗文斌' });
    await row.getByText('白酒酿造、食品工程').waitFor();
    await row.getByText('在库').waitFor();

    // Edit: the title changes.
    await row.getByRole('button', { name: '修改罗文斌' }).click();
    const edit = page.locator('form[aria-labelledby="expert-form-heading"]');
    await edit.getByRole('heading', { name: '修改专家信息：罗文斌' }).waitFor();
    await edit.getByLabel('职称').fill('教授');
    await inspect('experts-03-edit');
    await edit.getByRole('button', { name: '保存修改' }).click();
    await row.getByText('教授', { exact: true }).waitFor();

    // 关联登录账号: the browser asks for the user name; the grant makes that login this pool entry.
    await row.getByRole('button', { name: '为罗文斌关联登录账号' }).click();
    const login = page.locator('form[aria-labelledby="expert-login-heading"]');
    await login.getByRole('button', { name: '确认关联' }).click();
    await login.getByText('请填写登录用户名').waitFor();
    await login.getByLabel('登录用户名').fill('expert-luo-e2e');
    await login.getByRole('button', { name: '确认关联' }).click();
    await login.getByText('已将登录账号 expert-luo-e2e 关联到 罗文斌').waitFor();
    await inspect('experts-03b-login');
    const grants = await context.request.get('/api/v1/access/grants?role=expert');
    const granted = ((await grants.json()) as { items: Array<Record<string, unknown>> }).items.filter(
      (g) => g.subject === 'expert-luo-e2e',
    );
    expect(granted.map((g) => ({ role: g.role, org: g.org }))).toEqual([{ role: 'expert', org: orgUscc }]);
    await login.getByRole('button', { name: '取消' }).click();

    // Retire, with the reason.
    await row.getByRole('button', { name: '罗文斌退出专家库' }).click();
    const retire = page.locator('form[aria-labelledby="expert-retire-heading"]');
    await retire.getByRole('button', { name: '确认退出' }).click();
    await retire.getByText('请填写退出原因').waitFor();
    await retire.getByLabel('退出原因').fill('工作调动，不再担任评审专家。');
    await retire.getByRole('button', { name: '确认退出' }).click();
    await row.getByText('已退出：工作调动，不再担任评审专家。').waitFor();
    expect(await row.getByRole('button', { name: '罗文斌退出专家库' }).count()).toBe(0);
    await inspect('experts-04-retired');

    // Import: one bad row refuses the whole file, its message shown in Chinese; nothing is written.
    const officer = stack.api('review', await stack.token({ role: 'officer', sub: 'officer-e2e' }));
    const pool = () => allPages((query) => officer.GET('/api/v1/experts', { params: { query } }));
    const other = makeUscc({ seed: 'experts-e2e-other', orgType: '12', division: '510500' });
    const rows = (phone: string) => [
      ['姓名', '工作单位', '单位统一社会信用代码', '专业领域', '职称', '联系电话', '电子邮箱'],
      ['王晓燕', '泸州老窖股份有限公司', other, '白酒酿造', '高级工程师', '13911112222', 'wang@example.com'],
      ['陈建国', '泸州老窖股份有限公司', other, '白酒酿造、装备制造', '正高级工程师', phone, ''],
      ['刘芳', '四川化工职业技术学院', orgUscc, '化工材料', '教授', '', ''],
    ];
    const upload = async (bytes: Buffer) => {
      const form = page.locator('form[aria-labelledby="expert-import-heading"]');
      await form
        .getByLabel('Excel 文件（.xlsx）')
        .setInputFiles({ name: '专家名单.xlsx', mimeType: XLSX, buffer: bytes });
      await form.getByRole('button', { name: '导入' }).click();
      return form;
    };
    const refused = await upload(await xlsxBytes(rows('0830-31')));
    const errors = refused.getByTestId('import-errors');
    await errors.getByText('文件未导入（未写入任何数据），请修改以下 1 处后重新上传：').waitFor();
    await errors
      .getByText('第 3 行「联系电话」:应为 11 位手机号或带区号的固定电话（如 0830-3101234）')
      .waitFor();
    await inspect('experts-05-import-refused');
    expect((await pool()).map((e) => e.name)).toEqual(['罗文斌']);

    const fixed = await xlsxBytes(rows('0830-3101234'));
    const imported = await upload(fixed);
    await imported.getByText('导入完成：新增 3 名，更新 0 名，未变 0 名').waitFor();
    await page.getByRole('row').filter({ hasText: '陈建国' }).getByText('0830-3101234').waitFor();
    await inspect('experts-06-imported');
    const again = await upload(fixed);
    await again.getByText('导入完成：新增 0 名，更新 0 名，未变 3 名').waitFor();
    const listed = await pool();
    // In the order registered (the three of one import share their instant; the id breaks the tie).
    expect(listed.map((e) => e.name)[0]).toBe('罗文斌');
    expect(listed.map((e) => e.name).sort()).toEqual(['罗文斌', '王晓燕', '陈建国', '刘芳'].sort());

    // The Excel download is the list: opened with exceljs, row for row what the API answers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('评审专家库.xlsx');
    const sheet = await xlsxRows(await readFile((await download.path())!));
    expect(sheet[0]).toEqual([
      '专家编号',
      '姓名',
      '工作单位',
      '单位统一社会信用代码',
      '专业领域',
      '职称',
      '联系电话',
      '电子邮箱',
      '状态',
      '登记时间',
    ]);
    expect(sheet.slice(1)).toEqual(
      listed.map((e) => [
        e.id,
        e.name,
        e.orgName,
        e.orgUscc,
        e.fields.join('、'),
        e.title,
        e.phone,
        e.email,
        e.status === 'ACTIVE' ? '在库' : '已退出',
        shanghaiWallClock(e.createdAt),
      ]),
    );
    // Filtered as the page is: the CSV of the retired ones holds only 罗文斌.
    await page.getByLabel('状态').selectOption({ label: '已退出' });
    await page.getByRole('row').filter({ hasText: '王晓燕' }).waitFor({ state: 'detached' });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载 CSV' }).click(),
    ]);
    const csvText = (await readFile((await csv.path())!)).toString('utf8');
    expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csvText).toContain('罗文斌');
    await inspect('experts-07-retired-filter');
  });
});
