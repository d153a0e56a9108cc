import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ok } from '@lz/api-client';
import { addDays, shanghaiDateOf } from '@lz/calendar';
import { findDirectoryAccount } from '@lz/dev-directory';
import {
  makeEnvelope,
  makeUuid,
  parseCsv,
  publishTestEvent,
  samplePdf,
  uploadFile,
  xlsxRows,
} from '@lz/testing';
import { E2eStack, eventually } from '../harness';
import { fillIssuerLogin, launchChromium, screenshot, seriousViolations } from './chromium';

/** `date` minus whole years (Asia/Shanghai dates; 29 February is not used here). */
const yearsBefore = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
const yuan = (fen: number) => fen / 100;

/**
 * The Bureau's subsidy and evaluation workspaces and the evaluator institution's (issue 13) in
 * Debian's Chromium. Set up through the APIs (the registry's filings played by publishing
 * `review.consortium.registered.v1`): three claims of 醇源's consortium, and four evaluation cycles —
 * one with its report in, one overdue for the other institution, and a consortium failing its second
 * evaluation in a row. In the browser: the officer sets the year's budget and decides the claims (a
 * grant past the platform's cap is refused at the amount with rule 4.3, then granted within it, one
 * rejected), downloads the list (opened back with exceljs, compared with the API), assigns the
 * evaluator; the evaluator sees only its assignments, reads the report and its verified evidence,
 * records the grade — and the second failure's delisting is shown as it happens; the other
 * institution gets 未找到. axe on every page; screenshots in tmp/screenshots/.
 */
describe('the subsidy and evaluation workspaces in the portal', () => {
  let stack: E2eStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const liquor = findDirectoryAccount('ent-liquor')!;
  const evaluatorOrg = findDirectoryAccount('evaluator')!.org!;
  const otherOrg = findDirectoryAccount('evaluator-sc')!.org!;
  const today = shanghaiDateOf(new Date());
  const main = {
    consortiumId: makeUuid(),
    name: '白酒智能酿造创新联合体',
    filedOn: yearsBefore(addDays(today, -5), 2),
  };
  const other = {
    consortiumId: makeUuid(),
    name: '川南新材料创新联合体',
    filedOn: yearsBefore(addDays(today, -40), 2),
  };
  const failing = {
    consortiumId: makeUuid(),
    name: '糟源循环利用创新联合体',
    filedOn: yearsBefore(addDays(today, -5), 4),
  };
  let lead: string;
  let officer: string;
  let evaluator: string;
  const claims = { first: '', second: '', rejected: '' };
  const evaluations = { main: '', other: '', failingSecond: '' };

  async function newPage(username: string): Promise<Page> {
    const context = await browser.newContext({
      baseURL: stack.gatewayUrl,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
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

  async function inspect(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  async function fileClaim(body: {
    category: 'PILOT_PLATFORM' | 'COOPERATION';
    ref: string;
    name: string;
    amountFen: number;
  }): Promise<string> {
    const subsidy = stack.api('subsidy', lead);
    const claim = await ok(
      subsidy.POST('/api/v1/claims', {
        params: { header: { 'Idempotency-Key': makeUuid() } },
        body: {
          consortiumId: main.consortiumId,
          category: body.category,
          subject: { ref: body.ref, name: body.name },
          amountFen: body.amountFen,
        },
      }),
    );
    const up = await uploadFile(
      `${stack.baseUrl('subsidy')}/api/v1/claims/${claim.id}/evidence`,
      lead,
      samplePdf(claim.id),
      {
        fileName: '验收报告.pdf',
      },
    );
    expect(up.status).toBe(201);
    await ok(
      subsidy.POST('/api/v1/claims/{id}/submit', {
        params: { path: { id: claim.id }, header: { 'Idempotency-Key': makeUuid() } },
      }),
    );
    return claim.id;
  }

  async function cycle(consortiumId: string, cycleNo: number, status: string): Promise<string> {
    const api = stack.api('evaluation', officer);
    return eventually(`cycle ${cycleNo} of ${consortiumId} ${status}`, async () => {
      const res = await api.GET('/api/v1/evaluations', {
        params: { query: { consortiumId, cycle: cycleNo } },
      });
      const e = res.data?.items[0];
      return e?.status === status ? e.id : undefined;
    });
  }

  async function report(id: string): Promise<void> {
    const up = await uploadFile(
      `${stack.baseUrl('evaluation')}/api/v1/evaluations/${id}/evidence`,
      lead,
      samplePdf(`report:${id}`),
      { fileName: '运行绩效佐证.pdf' },
    );
    expect(up.status).toBe(201);
    await ok(
      stack.api('evaluation', lead).POST('/api/v1/evaluations/{id}/report', {
        params: { path: { id } },
        body: {
          performance: '组建以来完成关键技术攻关 3 项，形成专利 12 件。',
          operation: '理事会每季度召开会议，管理制度健全。',
          activities: '开展联合攻关与人才培养活动 8 次。',
          evidenceIds: [up.body.id as string],
        },
      }),
    );
  }

  async function assignAndGrade(id: string, grade: 'UNQUALIFIED' | 'GOOD'): Promise<void> {
    const api = stack.api('evaluation', officer);
    await ok(
      api.POST('/api/v1/evaluations/{id}/assign', {
        params: { path: { id } },
        body: { evaluatorOrgUscc: evaluatorOrg },
      }),
    );
    await ok(
      stack.api('evaluation', evaluator).POST('/api/v1/evaluations/{id}/result', {
        params: { path: { id }, header: { 'Idempotency-Key': makeUuid() } },
        body: { grade, comment: '材料不完整，绩效目标未达成。' },
      }),
    );
  }

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_subsidy', gateway: true });
    browser = await launchChromium();
    lead = await stack.token({ role: 'applicant', uscc: liquor.uscc, sub: 'lead-e2e-subsidy' });
    officer = await stack.token({ role: 'officer', sub: 'officer-e2e-subsidy' });
    evaluator = await stack.token({ role: 'evaluator', org: evaluatorOrg, sub: 'evaluator-e2e-subsidy' });
    for (const [i, c] of [main, other, failing].entries()) {
      await publishTestEvent(
        stack.amqpUrl,
        makeEnvelope('review.consortium.registered.v1', {
          consortiumId: c.consortiumId,
          applicationId: makeUuid(),
          leadUscc: liquor.uscc,
          filedOn: c.filedOn,
          filedAt: `${c.filedOn}T10:00:00+08:00`,
          filingNumber: `泸创联备〔${c.filedOn.slice(0, 4)}〕8${i}1号`,
          name: c.name,
          members: [],
        }),
      );
    }
    // Subsidy knows the consortium when a claim is accepted.
    const ref = `PLAT-${makeUuid().slice(0, 8)}`;
    claims.first = await eventually('subsidy knows the consortium', () =>
      fileClaim({
        category: 'PILOT_PLATFORM',
        ref,
        name: '智能酿造中试熟化平台（一期）',
        amountFen: 60_000_000,
      }).catch(() => undefined),
    );
    claims.second = await fileClaim({
      category: 'PILOT_PLATFORM',
      ref,
      name: '智能酿造中试熟化平台（二期）',
      amountFen: 50_000_000,
    });
    claims.rejected = await fileClaim({
      category: 'COOPERATION',
      ref: `COOP-${ref}`,
      name: '校地合作酿造工艺专项',
      amountFen: 30_000_000,
    });

    evaluations.main = await cycle(main.consortiumId, 1, 'OPEN');
    await report(evaluations.main);
    evaluations.other = await cycle(other.consortiumId, 1, 'OVERDUE');
    await ok(
      stack.api('evaluation', officer).POST('/api/v1/evaluations/{id}/assign', {
        params: { path: { id: evaluations.other } },
        body: { evaluatorOrgUscc: otherOrg },
      }),
    );
    // The failing consortium: its first cycle overdue and failed; the second opens at once.
    await assignAndGrade(await cycle(failing.consortiumId, 1, 'OVERDUE'), 'UNQUALIFIED');
    evaluations.failingSecond = await cycle(failing.consortiumId, 2, 'OPEN');
    await report(evaluations.failingSecond);
    await ok(
      stack.api('evaluation', officer).POST('/api/v1/evaluations/{id}/assign', {
        params: { path: { id: evaluations.failingSecond } },
        body: { evaluatorOrgUscc: evaluatorOrg },
      }),
    );
  }, 420_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  it('lets the officer set the budget and decide claims: over the cap refused at the amount (4.3), granted within it, one rejected; the download holds the API rows', async () => {
    const page = await newPage('officer');
    await page.goto('/workspace');
    await page.getByTestId('stat-officer-claims-pending').getByRole('link').click();
    await page.waitForURL('**/workspace/subsidy');
    await page.getByRole('heading', { level: 1, name: '后补助核定' }).waitFor();
    await page.getByTestId('budget-none').waitFor();
    await page.getByRole('button', { name: '设定预算' }).click();
    await page.locator('#f-budget-total-error').getByText('请填写金额').waitFor();
    await page.getByLabel('预算总额（元）').fill('2000000');
    await page.getByRole('button', { name: '设定预算' }).click();
    await page.getByTestId('budget-total').getByText('¥2,000,000.00').waitFor();
    await page.getByRole('cell', { name: '智能酿造中试熟化平台（二期）' }).waitFor();
    await inspect(page, 'subsidy-01-workspace');

    const decide = async (
      decision: '予以支持（核定金额）' | '不予支持',
      opinion: string,
      amount?: string,
    ) => {
      await page.getByLabel(decision, { exact: true }).check();
      if (amount !== undefined) await page.getByLabel('核定金额（元）').fill(amount);
      await page
        .getByLabel(decision === '不予支持' ? '不予支持的理由' : '核定意见', { exact: true })
        .fill(opinion);
      await page.getByRole('button', { name: '提交核定' }).click();
    };

    await page.getByRole('link', { name: '智能酿造中试熟化平台（一期）' }).click();
    await page.getByRole('heading', { level: 1, name: '智能酿造中试熟化平台（一期）' }).waitFor();
    expect(await page.getByTestId('claim-cap').innerText()).toContain('尚余 ¥1,000,000.00');
    await decide('予以支持（核定金额）', '经审核，同意支持。');
    await page.getByTestId('claim-status').getByText('已核定').waitFor();
    expect(await page.getByTestId('claim-granted').innerText()).toBe('¥600,000.00');

    await page.goto(`/workspace/subsidy/claims/${claims.second}`);
    await page.getByTestId('claim-cap').getByText('尚余 ¥400,000.00').waitFor();
    await decide('予以支持（核定金额）', '经审核，同意支持。');
    // The service's rule at the amount, in Chinese, naming what is left.
    const refusal = page.locator('#decision-amount-error');
    await refusal.getByText('规则 4.3').waitFor();
    expect(await refusal.innerText()).toContain('尚余 ¥400,000.00');
    expect(await page.getByTestId('claim-status').innerText()).toBe('待核定');
    await inspect(page, 'subsidy-02-over-cap');
    await decide('予以支持（核定金额）', '经审核，按平台剩余额度核定。', '400000');
    await page.getByTestId('claim-status').getByText('已核定').waitFor();
    expect(await page.getByTestId('claim-cap').innerText()).toContain('尚余 ¥0.00');
    await inspect(page, 'subsidy-03-granted');

    await page.goto(`/workspace/subsidy/claims/${claims.rejected}`);
    await page.getByLabel('不予支持', { exact: true }).check();
    await page.getByRole('button', { name: '提交核定' }).click();
    await page.locator('#decision-opinion-error').getByText('此项为必填项').waitFor();
    await decide('不予支持', '合作成果尚未形成行业共享的重大突破。');
    await page.getByTestId('claim-status').getByText('未获支持').waitFor();

    await page.goto('/workspace/subsidy?status=ALL');
    await page.getByTestId('budget-granted').getByText('¥1,000,000.00').waitFor();
    expect(await page.getByTestId('budget-remaining').innerText()).toBe('¥1,000,000.00');
    await page.locator('tbody tr').nth(2).waitFor();
    await inspect(page, 'subsidy-04-decided');

    const api = (await ok(stack.api('subsidy', officer).GET('/api/v1/claims', { params: { query: {} } })))
      .items;
    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载 Excel' }).click(),
    ]);
    const rows = await xlsxRows(await readFile((await sheet.path())!));
    expect(rows[0].slice(0, 10)).toEqual([
      '申请编号',
      '创新联合体编号',
      '支持类别',
      '条款',
      '平台/项目名称',
      '平台/项目编号',
      '申请金额（元）',
      '核定金额（元）',
      '预算年度',
      '状态',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[4], Number(r[6]), Number(r[7]), r[9]])).toEqual(
      api.map((c) => [
        c.id,
        c.subject.name,
        yuan(c.amountFen),
        yuan(c.grantedFen),
        { GRANTED: '已兑现', REJECTED: '不予支持' }[c.status as 'GRANTED' | 'REJECTED'],
      ]),
    );
    const csvHref = await page.getByRole('link', { name: '下载 CSV' }).getAttribute('href');
    const csv = await page.request.get(csvHref!);
    const text = (await csv.body()).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(
      parseCsv(text.slice(1))
        .slice(1)
        .filter((r) => r.length > 1)
        .map((r) => r[0]),
    ).toEqual(api.map((c) => c.id));
  });

  it('lets the officer follow the cycles due and overdue and assign the evaluator institution', async () => {
    const page = await newPage('officer');
    await page.goto('/workspace/evaluations?status=OVERDUE');
    await page.getByRole('heading', { level: 1, name: '评估' }).waitFor();
    await page.getByRole('cell', { name: other.name }).waitFor();
    await inspect(page, 'evaluation-officer-01-overdue');
    await page.goto('/workspace/evaluations?status=SUBMITTED');
    const row = page.getByRole('row').filter({ hasText: main.name });
    expect(await row.innerText()).toContain('未指派');
    await row.getByRole('link').click();
    await page.getByTestId('evaluation-consortium').getByText(main.name).waitFor();
    const uscc = page.getByLabel('评估机构统一社会信用代码');
    await uscc.fill('91510502DXTA12LMMX');
    await page.getByRole('button', { name: '指派' }).click();
    await page.locator('#f-assign-uscc-error').getByText('请填写有效的统一社会信用代码').waitFor();
    await uscc.fill(evaluatorOrg);
    await page.getByRole('button', { name: '指派' }).click();
    await page.getByText(`已指派评估机构 ${evaluatorOrg}。`).waitFor();
    await inspect(page, 'evaluation-officer-02-assigned');
  });

  it('shows the evaluator only its assignments; it reads the report and its verified evidence and records the grade, and the second failure delists as it happens', async () => {
    const page = await newPage('evaluator');
    await page.goto('/workspace');
    await page.getByTestId('stat-evaluator-evaluations').getByRole('link').click();
    await page.waitForURL('**/workspace/evaluations');
    await page.getByRole('cell', { name: main.name }).waitFor();
    const names = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect([...new Set(names)].sort()).toEqual([failing.name, main.name].sort());
    await inspect(page, 'evaluator-01-list');

    // The institution was told of its task, addressed to it (every evaluator login of the institution).
    await page.goto('/workspace/notifications');
    const task = page
      .getByRole('listitem')
      .filter({ hasText: '评估任务：第 1 期评估' })
      .filter({ hasText: main.name });
    await eventually('the assignment message in the inbox', async () => {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: '我的站内消息' }).waitFor();
      await page.waitForLoadState('networkidle');
      return (await task.count()) > 0 ? true : undefined;
    });
    expect(await task.innerText()).toContain('发给本机构');
    await inspect(page, 'evaluator-01b-notified');

    await page.goto(`/workspace/evaluations/${evaluations.main}`);
    await page.getByTestId('report-submitted').waitFor();
    expect(await page.getByRole('main').innerText()).toContain('组建以来完成关键技术攻关 3 项');
    // The evidence downloads as the stored bytes: the service's hash is the one the page shows.
    const shown = (await page.locator('code.lz-file-hash').first().innerText()).trim();
    const href = await page
      .getByRole('link', { name: '下载：运行绩效佐证.pdf' })
      .first()
      .getAttribute('href');
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['x-content-sha256']).toBe(shown);
    expect(
      createHash('sha256')
        .update(await download.body())
        .digest('hex'),
    ).toBe(shown);

    await page.getByRole('button', { name: '提交评估结果' }).click();
    await page.locator('#grade-error').getByText('请选择评估等次').waitFor();
    await page.getByLabel('良好', { exact: true }).check();
    await page.getByLabel('评估意见').fill('绩效目标基本达成，建议继续支持。');
    await inspect(page, 'evaluator-02-grade');
    await page.getByRole('button', { name: '提交评估结果' }).click();
    await page.getByTestId('evaluation-grade').getByText('良好').waitFor();

    await page.goto(`/workspace/evaluations/${evaluations.failingSecond}`);
    await page.getByLabel('不合格', { exact: true }).check();
    await page.getByLabel('评估意见').fill('连续未达成验收考核目标。');
    await page.getByRole('button', { name: '提交评估结果' }).click();
    const delisting = page.getByTestId('evaluation-delisting');
    await delisting.getByText('连续两次评估不合格').waitFor();
    expect(await delisting.innerText()).toContain('5.2c');
    expect(await page.getByTestId('evaluation-failures').innerText()).toBe('2');
    await inspect(page, 'evaluator-03-delisting');
  });

  it("answers 未找到 to another institution's evaluator, and shows the officer the registry's delisting and the grade on the claims", async () => {
    const page = await newPage('evaluator-sc');
    await page.goto(`/workspace/evaluations/${evaluations.main}`);
    await page.getByRole('heading', { level: 1, name: '未找到' }).waitFor();
    await inspect(page, 'evaluator-04-not-found');
    await page.goto('/workspace/evaluations');
    await page.getByRole('cell', { name: other.name }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);

    // The registry delists the consortium (played here): the cycle shows it.
    await publishTestEvent(
      stack.amqpUrl,
      makeEnvelope('review.consortium.delisted.v1', {
        consortiumId: failing.consortiumId,
        leadUscc: liquor.uscc,
        delistedAt: new Date().toISOString(),
      }),
    );
    const officerPage = await newPage('officer');
    await eventually('the registry delisting shown', async () => {
      await officerPage.goto(`/workspace/evaluations/${evaluations.failingSecond}`);
      await officerPage.getByTestId('evaluation-delisting').waitFor();
      return (await officerPage.getByTestId('evaluation-delisting').innerText()).includes('组建名单已于')
        ? true
        : undefined;
    });
    await inspect(officerPage, 'evaluation-officer-03-delisted');
    // 5.2b: the grade the evaluator recorded is on the consortium's claims.
    await eventually('the grade on the claim', async () => {
      await officerPage.goto(`/workspace/subsidy/claims/${claims.first}`);
      await officerPage.getByTestId('claim-grade').waitFor();
      return (await officerPage.getByTestId('claim-grade').innerText()).includes('良好') ? true : undefined;
    });
    await inspect(officerPage, 'subsidy-05-claim-grade');
  });
});
