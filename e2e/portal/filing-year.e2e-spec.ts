import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatShanghaiIso } from '@lz/calendar';
import { findDirectoryAccount } from '@lz/dev-directory';
import { newIdempotencyKey, ok } from '@lz/api-client';
import { pastPublication } from '../../tools/demo/filing-year';
import { E2eStack, eventually, prepareDraft, type Draft } from '../harness';
import { fillIssuerLogin, launchChromium, screenshot, seriousViolations } from './chromium';

/**
 * A whole filing year run by people in Debian's Chromium (issue 13, "Tests", first bullet), every
 * step of the procedure (docs/SPEC.md §3) taken in the portal by the account whose step it is:
 *
 * the officer publishes the call; three enterprises submit (their drafts were filled in through the
 * API — the wizard has its own browser test — and each submits in the browser); the 龙马潭区 reviewer
 * returns one, the 江阳区 reviewer recommends two; the officer draws a panel of three for each; three
 * experts score (one of them late on the second, so the officer's batch decision 拟备案 is refused for
 * it with the service's reason and taken again once it has scored); the officer publishes two notices —
 * the first recorded as already posted (its publication instant in the past, see e2e/README.md
 * "Time": its period has ended, and its expiry goes through the deadline row and the real BullMQ
 * delayed job), the second today; a member of the public objects on the second notice's item, the
 * officer reads the objector's contact and upholds it (the item ends, CONTESTED); the first notice's
 * item is cleared, the officer files it and the registry page shows its filing number.
 *
 * Before the year (not a step of the procedure): the expert pool holds three experts of the field,
 * each linked to a development-directory login by an officer (the expert pool's page is another
 * workspace). axe 0 serious/critical on every page; screenshots `year-*` in tmp/screenshots/.
 */
describe('a filing year in the portal', () => {
  let stack: E2eStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = new Map<string, Page>();
  let officerToken: string;
  let callId: string;
  const year = Number(formatShanghaiIso(new Date()).slice(0, 4));
  const callTitle = `${year}年度泸州市创新联合体集中申报通知`;
  /** The three applications: cleared and filed, contested, returned. */
  const drafts: Record<'filed' | 'contested' | 'returned', Draft> = {} as never;
  const names = {
    filed: '联合体wy-liquor',
    contested: '联合体wy-medicine',
    returned: '联合体wy-materials',
  } as const;
  const EXPERTS = ['expert-li', 'expert-wang', 'expert-chen'] as const;
  let noticeIds: { past: string; today: string };

  async function inspect(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await screenshot(page, `year-${name}`);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  async function newContext(): Promise<Page> {
    const context = await browser.newContext({
      baseURL: stack.gatewayUrl,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  }

  /** One browser per account, signed in through the development issuer on first use. */
  async function as(username: string): Promise<Page> {
    const known = pages.get(username);
    if (known) return known;
    const page = await newContext();
    await page.goto('/');
    await page.getByRole('link', { name: '登录' }).click();
    await page.waitForURL((url) => url.origin !== stack.gatewayUrl);
    await fillIssuerLogin(page, username);
    await page.waitForURL((url) => url.origin === stack.gatewayUrl && !url.pathname.startsWith('/auth/'));
    pages.set(username, page);
    return page;
  }

  const review = (id: string) =>
    ok(
      stack
        .api('review', officerToken)
        .GET('/api/v1/city-reviews/{applicationId}', { params: { path: { applicationId: id } } }),
    );
  const intakeStatus = async (id: string) =>
    (
      await ok(
        stack.api('intake', officerToken).GET('/api/v1/applications/{id}', { params: { path: { id } } }),
      )
    ).status;

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_year', gateway: true });
    browser = await launchChromium();
    officerToken = await stack.token({ role: 'officer', sub: 'officer-e2e' });
    // Before the year: three experts of the field in the pool, each linked to their login.
    const officer = await stack.signedIn('officer');
    for (const username of EXPERTS) {
      const account = findDirectoryAccount(username);
      if (!account?.org) throw new Error(`${username} is not in the development directory`);
      const expert = await ok(
        stack.api('review', officerToken).POST('/api/v1/experts', {
          params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: { name: account.name, orgUscc: account.org, fields: ['白酒酿造'] },
        }),
      );
      const grant = await officer.post('/api/v1/access/grants', {
        role: 'expert',
        subject: username,
        expertId: expert.id,
        org: account.org,
      });
      expect(grant.status).toBe(201);
    }
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  it('the officer publishes the call', async () => {
    const page = await as('officer');
    await page.goto('/workspace/calls');
    const form = page.locator('form[aria-labelledby="publish-heading"]');
    await form.getByLabel('通知标题').fill(callTitle);
    await form.getByLabel('年度').fill(String(year));
    await form.getByLabel('开始时间').fill(`${year}-01-01T09:00`);
    await form.getByLabel('截止时间').fill(`${year}-12-31T18:00`);
    await form.getByRole('button', { name: '发布' }).click();
    await form.getByText(`申报通知已发布：${callTitle}`).waitFor();
    await inspect(page, '01-call-published');
    const calls = await ok(stack.api('intake', officerToken).GET('/api/v1/calls', { params: { query: {} } }));
    callId = calls.items.find((c) => c.title === callTitle)?.id ?? '';
    expect(callId).not.toBe('');
  });

  it('three enterprises submit their applications in the browser', async () => {
    const leads = {
      filed: ['ent-liquor', '510502'],
      contested: ['ent-medicine', '510502'],
      returned: ['ent-materials', '510504'],
    } as const;
    for (const [which, [username, jurisdictionCode]] of Object.entries(leads) as Array<
      [keyof typeof leads, (typeof leads)[keyof typeof leads]]
    >) {
      const uscc = findDirectoryAccount(username)?.uscc;
      // The draft is filled in through the API (the wizard has its own browser test) ...
      drafts[which] = await prepareDraft(stack, callId, names[which].replace('联合体', ''), {
        leadUscc: uscc,
        jurisdictionCode,
      });
      // ... and the enterprise reviews it and submits it in the browser.
      const page = await as(username);
      const id = drafts[which].id;
      await page.goto(`/workspace/applications/${id}/edit/review`);
      await page.getByText('符合申报条件，可以提交。').waitFor();
      if (which === 'filed') await inspect(page, '02-applicant-review');
      await page.getByTestId('submit').click();
      await page.waitForURL(new RegExp(`/workspace/applications/${id}$`));
      await page.locator('.lz-timeline li', { hasText: '已提交' }).waitFor();
      if (which === 'filed') await inspect(page, '03-applicant-submitted');
    }
  }, 240_000);

  it('the 龙马潭区 reviewer returns one, the 江阳区 reviewer recommends two', async () => {
    const decide = async (
      username: string,
      d: Draft,
      name: string,
      choice: '推荐' | '退回修改',
      text: string,
      shot?: string,
    ) => {
      const page = await as(username);
      await page.goto('/workspace/preliminary-reviews');
      await page.getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 2, name: '初审意见' }).waitFor();
      const form = page.locator('form[aria-labelledby="decision-heading"]');
      await form.getByRole('radio', { name: choice, exact: true }).check();
      await form.locator('textarea').fill(text);
      if (shot) await inspect(page, shot);
      await form.getByRole('button', { name: '提交初审意见' }).click();
      await page.getByText('初审意见已提交').waitFor();
      await eventually(
        `intake records the preliminary decision on ${name}`,
        async () =>
          (await intakeStatus(d.id)) === (choice === '推荐' ? 'PRELIM_RECOMMENDED' : 'RETURNED') || undefined,
        { timeoutMs: 60_000, everyMs: 300 },
      );
    };
    await (await as('reviewer-510504')).goto('/workspace/preliminary-reviews');
    await (await as('reviewer-510504')).getByRole('link', { name: names.returned }).waitFor();
    await inspect(await as('reviewer-510504'), '04-preliminary-queue');
    await decide(
      'reviewer-510504',
      drafts.returned,
      names.returned,
      '退回修改',
      '请补充市外成员单位的合作协议。',
      '05-preliminary-return',
    );
    await decide('reviewer-510502', drafts.filed, names.filed, '推荐', '材料齐全，同意推荐。');
    await decide('reviewer-510502', drafts.contested, names.contested, '推荐', '材料齐全，同意推荐。');
  }, 240_000);

  it('the officer draws a panel of three for each recommended application', async () => {
    const page = await as('officer');
    for (const which of ['filed', 'contested'] as const) {
      await page.goto('/workspace/city-reviews');
      await page.getByRole('link', { name: names[which] }).click();
      await page.getByRole('heading', { level: 1, name: names[which] }).waitFor();
      await page.getByLabel('专家人数').fill('3');
      await page.getByRole('button', { name: '随机抽取评审专家' }).click();
      await page.getByTestId('draw-seed').waitFor();
      if (which === 'filed') await inspect(page, '06-panel-drawn');
      expect((await review(drafts[which].id)).panel).toHaveLength(3);
    }
  });

  /** One expert scores one application in the browser: every criterion two below its maximum. */
  async function score(username: string, which: 'filed' | 'contested', shot?: string) {
    const page = await as(username);
    const view = await review(drafts[which].id);
    await page.goto('/workspace/city-reviews');
    await page.getByRole('link', { name: names[which] }).click();
    await page.getByRole('heading', { level: 1, name: names[which] }).waitFor();
    const form = page.locator('form[aria-labelledby="score-heading"]');
    for (const c of view.rubric)
      await form.getByLabel(`${c.titleZh}（满分 ${c.maxScore}）`).fill(String(c.maxScore - 2));
    await form.getByLabel('评审意见').fill('技术路线清晰，攻关目标可考核。');
    if (shot) await inspect(page, shot);
    await form.getByRole('button', { name: '提交评分' }).click();
    await page.getByTestId('own-total').waitFor();
  }

  it('three experts score; the batch 拟备案 decides the fully scored one and names why the other waits', async () => {
    await score('expert-li', 'filed', '07-expert-scoring');
    await score('expert-wang', 'filed');
    await score('expert-chen', 'filed');
    await score('expert-li', 'contested');
    await score('expert-wang', 'contested');

    const page = await as('officer');
    await page.goto('/workspace/city-reviews');
    await page.getByLabel(`选择“${names.filed}”`).check();
    await page.getByLabel(`选择“${names.contested}”`).check();
    const form = page.locator('form[aria-labelledby="batch-heading"]');
    // Nothing chosen: the browser's messages next to the fields, nothing sent.
    await form.getByRole('button', { name: '对所选 2 项提交审查决定' }).click();
    await form.getByText('请选择审查结论').waitFor();
    await form.getByText('请填写审查意见').waitFor();
    await inspect(page, '08-batch-invalid');
    await form.getByRole('radio', { name: '拟备案', exact: true }).check();
    await form.getByLabel('审查意见（所选各项相同）').fill('专家组评审通过，同意拟备案。');
    const keys: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/decision'))
        keys.push(r.headers()['idempotency-key'] ?? '');
    });
    await form.getByRole('button', { name: '对所选 2 项提交审查决定' }).click();
    const results = page.getByTestId('batch-results');
    await results.getByText('已决定 1 项，未能决定 1 项。').waitFor();
    await results.getByRole('row').filter({ hasText: names.filed }).getByText('已决定：拟备案').waitFor();
    await results
      .getByRole('row')
      .filter({ hasText: names.contested })
      .getByText('评审专家 3 名中尚有 1 名未提交评分')
      .waitFor();
    // The refused one stays in the list with its reason beside it (and ticked for another try).
    const refused = page.getByTestId(`refused-${drafts.contested.id}`);
    await refused.waitFor();
    expect(await refused.textContent()).toContain('未提交评分');
    await inspect(page, '09-batch-partial');
    expect(new Set(keys).size).toBe(2);
    expect((await review(drafts.filed.id)).decision).toMatchObject({ decision: 'TO_BE_FILED' });
    expect((await review(drafts.contested.id)).decision).toBeNull();

    await score('expert-chen', 'contested');
    await page.goto('/workspace/city-reviews');
    await page.getByLabel(`选择“${names.contested}”`).check();
    await form.getByRole('radio', { name: '拟备案', exact: true }).check();
    await form.getByLabel('审查意见（所选各项相同）').fill('专家组评审通过，同意拟备案。');
    await form.getByRole('button', { name: '对所选 1 项提交审查决定' }).click();
    await results.getByText('已决定 1 项，未能决定 0 项。').waitFor();
    expect((await review(drafts.contested.id)).decision).toMatchObject({ decision: 'TO_BE_FILED' });
  }, 300_000);

  it('the officer publishes two notices, seeing the period the publicity service computes', async () => {
    const page = await as('officer');
    await page.goto('/workspace/publicity');
    await page.getByRole('heading', { level: 1, name: '拟备案项目公示' }).waitFor();
    // Publicity learns the decisions by event: both items arrive on the composer's list.
    await eventually(
      'both items to be filed offered for a notice',
      async () => {
        await page.reload();
        await page.getByRole('heading', { level: 2, name: '编制公示' }).waitFor();
        await page.waitForLoadState('networkidle');
        return (await page.getByLabel(/将“.*”列入公示/).count()) === 2 || undefined;
      },
      { timeoutMs: 60_000, everyMs: 1_000 },
    );
    const form = page.locator('form[aria-labelledby="compose-heading"]');
    // Nothing chosen and no title: messages next to the item list and the title.
    await form.getByRole('button', { name: '发布公示（0 项）' }).click();
    await form.getByText('请至少选择一个拟备案项目').waitFor();
    await form.getByText('请填写公示标题').waitFor();
    await inspect(page, '10-compose-invalid');

    // The first notice: recorded as posted on a past day, so that its period has ended now.
    const past = pastPublication(new Date());
    const pastLocal = formatShanghaiIso(past.publishedAt).slice(0, 16);
    const deadline = await ok(
      stack.api('publicity').GET('/api/v1/calendar/deadline', {
        params: { query: { from: formatShanghaiIso(past.publishedAt), workingDays: 5 } },
      }),
    );
    await form.getByLabel(`将“${names.filed}”列入公示`).check();
    await form.getByLabel('公示标题').fill(`${year}年度泸州市创新联合体拟备案名单公示（第一批）`);
    await form.getByLabel('发布时间（补录）').fill(pastLocal);
    const ends = page.getByTestId('period-ends');
    const lastDay = deadline.lastWorkingDay.split('-').join('/');
    await page.getByTestId('period-preview').getByText(lastDay).first().waitFor();
    expect(await ends.textContent()).toContain('24:00');
    await inspect(page, '11-compose-past');
    await form.getByRole('button', { name: '发布公示（1 项）' }).click();
    await form.getByText(`公示已发布：${year}年度泸州市创新联合体拟备案名单公示（第一批）`).waitFor();

    // The second notice: published now; the preview is the period from today.
    await form.getByLabel(`将“${names.contested}”列入公示`).check();
    await form.getByLabel('公示标题').fill(`${year}年度泸州市创新联合体拟备案名单公示（第二批）`);
    await page.getByTestId('period-preview').waitFor();
    await form.getByRole('button', { name: '发布公示（1 项）' }).click();
    await form.getByText(`公示已发布：${year}年度泸州市创新联合体拟备案名单公示（第二批）`).waitFor();
    const notices = page.locator('section[aria-labelledby="notices-heading"]');
    await notices.getByRole('link', { name: /（第二批）$/ }).waitFor();
    await inspect(page, '12-notices');

    const list = await ok(stack.api('publicity').GET('/api/v1/notices', { params: { query: {} } }));
    const byTitle = (suffix: string) => list.items.find((n) => n.title.endsWith(suffix));
    noticeIds = { past: byTitle('（第一批）')?.id ?? '', today: byTitle('（第二批）')?.id ?? '' };
    expect(byTitle('（第一批）')).toMatchObject({
      publishedAt: formatShanghaiIso(past.publishedAt),
      lastWorkingDay: deadline.lastWorkingDay,
      endsAt: deadline.endsAt,
    });
    expect(byTitle('（第二批）')?.items.map((i) => i.applicationId)).toEqual([drafts.contested.id]);
  }, 240_000);

  it('a member of the public objects; the officer reads the contact and upholds it', async () => {
    const publicPage = await newContext();
    await publicPage.goto(`/notices/${noticeIds.today}`);
    await publicPage.getByRole('link', { name: `对“${names.contested}”提出异议` }).click();
    await publicPage.getByRole('heading', { level: 1, name: '对公示项目提出异议' }).waitFor();
    await publicPage.getByLabel('异议理由').fill('牵头单位申报的研发投入与审计报告不符。');
    await publicPage.getByLabel('联系人姓名').fill('王小明');
    await publicPage.getByLabel('联系电话（手机）').fill('13912345678');
    await publicPage.getByRole('button', { name: '提交异议' }).click();
    const receipt = ((await publicPage.getByTestId('receipt').textContent()) ?? '').replace('回执编号：', '');
    expect(receipt).toMatch(/^YY\d{4}-/);
    await inspect(publicPage, '13-objection-filed');

    const page = await as('officer');
    await page.goto('/workspace/publicity');
    await page
      .locator('section[aria-labelledby="notices-heading"]')
      .getByRole('link', { name: /（第二批）$/ })
      .click();
    await page.getByRole('heading', { level: 2, name: '异议' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: receipt });
    await row.getByText('王小明 13912345678').waitFor();
    const form = page.getByTestId(`resolve-${receipt}`);
    await form.getByRole('button', { name: '提交处理结果' }).click();
    await form.getByText('请选择处理结论').waitFor();
    await form.getByText('请填写处理理由').waitFor();
    await inspect(page, '14-objection-invalid');
    await form.getByLabel('异议成立（该项终止备案）').check();
    await form.getByLabel('处理理由').fill('经核查，研发投入数据与审计报告不一致，异议成立。');
    await form.getByRole('button', { name: '提交处理结果' }).click();
    await row.getByText('异议成立', { exact: true }).waitFor();
    await page
      .locator('section[aria-labelledby="items-heading"]')
      .getByRole('row')
      .filter({ hasText: names.contested })
      .getByText('异议成立', { exact: true })
      .waitFor();
    await inspect(page, '15-objection-upheld');
    await eventually(
      'the contested application ends',
      async () => (await intakeStatus(drafts.contested.id)) === 'CONTESTED' || undefined,
      { timeoutMs: 60_000, everyMs: 300 },
    );
  }, 240_000);

  it('the period ends (the delayed job); the officer files the cleared item; the registry shows its number', async () => {
    // The first notice's end has passed: its deadline row's BullMQ job expires it, publicity clears
    // the item and review hears of it.
    await eventually(
      'the first notice expired and its item cleared in review',
      async () => (await review(drafts.filed.id)).status === 'CLEARED' || undefined,
      { timeoutMs: 90_000, everyMs: 500 },
    );
    const page = await as('officer');
    await page.goto('/workspace');
    await page.getByTestId('stat-officer-awaiting-filing').getByRole('link').click();
    await page.waitForURL('**/workspace/filings');
    await page.getByRole('heading', { level: 1, name: '审批备案' }).waitFor();
    await page.getByLabel(`选择“${names.filed}”`).waitFor();
    // The contested one is not offered.
    expect(await page.getByLabel(`选择“${names.contested}”`).count()).toBe(0);
    await inspect(page, '16-filing-cleared');
    await page.getByLabel(`选择“${names.filed}”`).check();
    await page.getByRole('button', { name: '批准备案（1 项）' }).click();
    const results = page.getByTestId('filing-results');
    await results.getByText('已备案 1 项，未能备案 0 项。').waitFor();
    const number = (await results.getByRole('row').filter({ hasText: names.filed }).innerText()).match(
      /泸创联备〔\d{4}〕\d+号/,
    )?.[0];
    expect(number).toBeDefined();
    await inspect(page, '17-filed');

    await page.getByRole('link', { name: '查看创新联合体组建名单' }).click();
    await page.waitForURL('**/registry');
    await page.getByRole('heading', { level: 1, name: '创新联合体组建名单' }).waitFor();
    await page.getByRole('cell', { name: number as string }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: number as string })
      .getByText(names.filed)
      .waitFor();
    await inspect(page, '18-registry');
    await eventually(
      'intake records the filing',
      async () => (await intakeStatus(drafts.filed.id)) === 'FILED' || undefined,
      { timeoutMs: 60_000, everyMs: 300 },
    );
    expect(await intakeStatus(drafts.returned.id)).toBe('RETURNED');
  }, 240_000);
});
