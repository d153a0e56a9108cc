import {
  dispositionFileName,
  fetchFile,
  makeUscc,
  makeUuid,
  parseCsv,
  shanghaiWallClock,
  startServiceHarness,
  xlsxBytes,
  xlsxRows,
  type ServiceHarness,
  type TestService,
} from '@lz/testing';
import { AppModule } from '../app.module';
import {
  auditRows,
  drawPanel,
  expertToken,
  officerToken,
  prismaOf,
  recommend,
  registerExpert,
  reviewerToken,
  scoreAll,
  submit,
  RUBRIC,
} from '../test-support/review-harness';
import { REVIEW } from '../review.definition';
import { ExpertsController } from './experts.controller';
import type { ExpertImportResult, ExpertView } from './experts.schema';

jest.setTimeout(120_000);

const HEADER = [
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
];

describe(ExpertsController.name, () => {
  let harness: ServiceHarness;
  let svc: TestService;
  let officer: string;

  beforeAll(async () => {
    harness = await startServiceHarness(REVIEW, (config, runtime) => AppModule.forRoot(config, runtime));
    svc = harness.svc;
    officer = await officerToken(svc);
  });
  afterAll(() => harness.close());

  const freshField = () => `领域-${makeUuid().slice(0, 8)}`;
  const org = () => makeUscc({ orgType: '12' });

  async function pool(query: string): Promise<ExpertView[]> {
    const res = await svc.request('GET', `/api/v1/experts?${query}&pageSize=100`, { token: officer });
    expect(res.status).toBe(200);
    return (res.body as { items: ExpertView[] }).items;
  }

  async function upload(bytes: Buffer, token = officer) {
    const form = new FormData();
    form.append(
      'file',
      new Blob([new Uint8Array(bytes)], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
      '专家.xlsx',
    );
    const res = await fetch(`${svc.baseUrl}/api/v1/experts/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as unknown };
  }

  it('registers, edits and retires an expert; the contact stays out of the audit trail', async () => {
    const field = freshField();
    const created = await svc.request('POST', '/api/v1/experts', {
      token: officer,
      body: {
        name: '王教授',
        orgUscc: org(),
        orgName: '四川轻化工大学',
        fields: [field],
        title: '教授',
        phone: '13800138000',
        email: 'wang@example.edu.cn',
      },
    });
    expect(created.status).toBe(201);
    const e = created.body as ExpertView;
    expect(e).toMatchObject({ status: 'ACTIVE', title: '教授', phone: '13800138000', retiredAt: null });

    const twice = await svc.request('POST', '/api/v1/experts', {
      token: officer,
      body: { name: '王教授', orgUscc: e.orgUscc, fields: [field] },
    });
    expect(twice).toMatchObject({
      status: 409,
      body: { errors: [{ rule: 'expert.duplicate', path: 'name' }] },
    });

    const badPhone = await svc.request('PATCH', `/api/v1/experts/${e.id}`, {
      token: officer,
      body: { phone: '12345' },
    });
    expect(badPhone).toMatchObject({
      status: 400,
      body: { errors: [{ rule: 'expert.phone', path: 'phone' }] },
    });

    const edited = await svc.request('PATCH', `/api/v1/experts/${e.id}`, {
      token: officer,
      body: { title: '研究员', phone: '0830-3101234', email: '' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: '研究员',
      phone: '0830-3101234',
      email: null,
      name: '王教授',
    });
    const updates = await auditRows(svc, e.id, 'expert.updated');
    expect(updates).toHaveLength(1);
    expect(updates[0].detail).toEqual({ changed: ['title', 'phone', 'email'] });
    expect(
      JSON.stringify((await auditRows(svc, e.id, 'expert.registered')).map((r) => r.detail)),
    ).not.toContain('13800138000');

    const retired = await svc.request('POST', `/api/v1/experts/${e.id}/retire`, {
      token: officer,
      body: { reason: '年龄原因退出' },
    });
    expect(retired.body).toMatchObject({ status: 'RETIRED', retireReason: '年龄原因退出' });
    const again = await svc.request('POST', `/api/v1/experts/${e.id}/retire`, {
      token: officer,
      body: { reason: '再次' },
    });
    expect(again).toMatchObject({ status: 409, body: { errors: [{ rule: 'expert.retired' }] } });
    expect(await auditRows(svc, e.id, 'expert.retired')).toHaveLength(1);
    expect((await pool(`field=${encodeURIComponent(field)}&status=ACTIVE`)).length).toBe(0);
    expect((await pool(`field=${encodeURIComponent(field)}&status=RETIRED`)).map((x) => x.id)).toEqual([
      e.id,
    ]);

    const asReviewer = await svc.request('GET', `/api/v1/experts/${e.id}`, {
      token: await reviewerToken(svc),
    });
    expect(asReviewer.status).toBe(403);
    const missing = await svc.request('PATCH', `/api/v1/experts/${makeUuid()}`, {
      token: officer,
      body: { title: 'x' },
    });
    expect(missing.status).toBe(404);
  });

  it('never draws a retired expert, neither onto a panel nor from the reserve; their scores stay', async () => {
    const field = freshField();
    const [a, b, c] = [
      await registerExpert(svc, { name: '甲', fields: [field] }),
      await registerExpert(svc, { name: '乙', fields: [field] }),
      await registerExpert(svc, { name: '丙', fields: [field] }),
    ];
    const first = await submit(svc, { field });
    await recommend(svc, first.applicationId);
    expect((await drawPanel(svc, first.applicationId, 2)).status).toBe(201);
    const view = await svc.request('GET', `/api/v1/city-reviews/${first.applicationId}`, { token: officer });
    const body = view.body as { panel: { expertId: string }[]; draw: { reserve: string[] } };
    const byId = new Map([a, b, c].map((e) => [e.id, e]));
    const [seatedA, seatedB] = body.panel.map((p) => byId.get(p.expertId)!);
    const [reserve] = body.draw.reserve;
    // The one who scores then retires keeps the score; the reserve retires, so a decline finds nobody.
    const scorer = seatedA;
    await svc.request('POST', `/api/v1/city-reviews/${first.applicationId}/scores`, {
      token: await expertToken(svc, scorer),
      body: { items: RUBRIC.map((r) => ({ criterion: r.key, score: r.maxScore })), comment: '好' },
    });
    for (const id of [scorer.id, reserve]) {
      const res = await svc.request('POST', `/api/v1/experts/${id}/retire`, {
        token: officer,
        body: { reason: '退出' },
      });
      expect(res.status).toBe(200);
    }
    const declined = await svc.request('POST', `/api/v1/city-reviews/${first.applicationId}/decline`, {
      token: await expertToken(svc, seatedB),
      body: { reason: '回避' },
    });
    expect(declined).toMatchObject({ status: 409, body: { errors: [{ rule: '3.4' }] } });
    const after = await svc.request('GET', `/api/v1/city-reviews/${first.applicationId}`, { token: officer });
    expect((after.body as { scores: { expertId: string }[] }).scores.map((s) => s.expertId)).toEqual([
      scorer.id,
    ]);

    const second = await submit(svc, { field });
    await recommend(svc, second.applicationId);
    const tooFew = await drawPanel(svc, second.applicationId, 2);
    expect(tooFew).toMatchObject({ status: 409, body: { errors: [{ rule: '3.4', path: 'size' }] } });
    expect((await drawPanel(svc, second.applicationId, 1)).status).toBe(201);
    const drawn = await svc.request('GET', `/api/v1/city-reviews/${second.applicationId}`, {
      token: officer,
    });
    expect(
      (drawn.body as { draw: { candidates: { expertId: string }[] } }).draw.candidates.map((x) => x.expertId),
    ).toEqual([seatedB.id]);
  });

  it('exports the pool as .xlsx and .csv: the list with its filters and order, in the import layout', async () => {
    const field = freshField();
    const uscc = org();
    for (const name of ['赵一', '钱二', '孙三'])
      await svc.request('POST', '/api/v1/experts', {
        token: officer,
        body: {
          name,
          orgUscc: uscc,
          orgName: '泸州职业技术学院',
          fields: [field, '食品工程'],
          phone: '13900000000',
        },
      });
    const items = await pool(`field=${encodeURIComponent(field)}&sort=-name`);
    expect(items).toHaveLength(3);
    const expected = items.map((e) => [
      e.id,
      e.name,
      '泸州职业技术学院',
      uscc,
      `${field}、食品工程`,
      null,
      '13900000000',
      null,
      '在库',
      shanghaiWallClock(e.createdAt),
    ]);
    const file = await fetchFile(
      svc,
      `/api/v1/experts?field=${encodeURIComponent(field)}&sort=-name&format=xlsx`,
      officer,
    );
    expect(file.status).toBe(200);
    expect(dispositionFileName(file.headers.get('content-disposition'))).toBe('评审专家库.xlsx');
    expect(await xlsxRows(file.bytes)).toEqual([HEADER, ...expected]);

    const csv = await fetchFile(
      svc,
      `/api/v1/experts?field=${encodeURIComponent(field)}&sort=-name&format=csv`,
      officer,
    );
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      HEADER,
      ...expected.map((r) => r.map((c) => (c === null ? '' : String(c)))),
    ]);

    const asExpert = await fetchFile(svc, '/api/v1/experts?format=xlsx', await expertToken(svc, items[0]));
    expect(asExpert.status).toBe(403);

    // The exported file imports back as it is: every row matched by its number, nothing changes.
    const back = await upload(file.bytes);
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('imports all or nothing: a bad row names its row and column and writes nothing; the fixed file imports once', async () => {
    const field = freshField();
    const uscc = org();
    const third = org();
    const rows = (phone: string) => [
      ['姓名', '工作单位', '单位统一社会信用代码', '专业领域', '职称', '联系电话', '电子邮箱'],
      [
        '周一',
        '泸州老窖股份有限公司',
        uscc,
        `${field}、白酒酿造`,
        '高级工程师',
        '13811112222',
        'zhou@example.com',
      ],
      ['吴二', '泸州老窖股份有限公司', uscc, field, '工程师', phone, ''],
      ['郑三', '四川化工职业技术学院', third, field, '', '', ''],
    ];
    const before = await prismaOf(svc).expert.count();
    const audited = await prismaOf(svc).auditLog.count({ where: { action: 'expert.registered' } });
    const bad = await upload(await xlsxBytes(rows('12345')));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      errors: [
        {
          rule: 'expert.phone',
          path: 'rows[3].phone',
          messageZh: expect.stringContaining('第 3 行「联系电话」'),
          message: expect.stringContaining('Row 3, column 联系电话'),
        },
      ],
    });
    expect(await prismaOf(svc).expert.count()).toBe(before);
    expect(await prismaOf(svc).auditLog.count({ where: { action: 'expert.registered' } })).toBe(audited);

    const good = await xlsxBytes(rows('0830-2345678'));
    const first = await upload(good);
    expect(first.status).toBe(200);
    const result = first.body as ExpertImportResult;
    expect(result).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(result.rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'CREATED'],
      [3, 'CREATED'],
      [4, 'CREATED'],
    ]);
    const imported = await pool(`field=${encodeURIComponent(field)}`);
    expect(imported.map((e) => e.name).sort()).toEqual(['吴二', '周一', '郑三'].sort());
    expect(imported.find((e) => e.name === '周一')).toMatchObject({
      fields: [field, '白酒酿造'],
      title: '高级工程师',
      orgName: '泸州老窖股份有限公司',
      email: 'zhou@example.com',
    });
    for (const r of result.rows)
      expect(await auditRows(svc, r.expertId, 'expert.registered')).toHaveLength(1);

    // The same file again: matched on organisation USCC + name, nobody doubled, nothing written.
    const again = await upload(good);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await prismaOf(svc).expert.count()).toBe(before + 3);

    // A changed title updates that one expert, audited by column name.
    const changed = rows('0830-2345678');
    changed[2][4] = '高级工程师';
    const edited = await upload(await xlsxBytes(changed));
    expect(edited.body).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const wu = (await pool(`field=${encodeURIComponent(field)}&q=${encodeURIComponent('吴二')}`))[0];
    expect(wu.title).toBe('高级工程师');
    expect((await auditRows(svc, wu.id, 'expert.updated'))[0].detail).toMatchObject({ changed: ['title'] });
  });

  it('refuses what is not a pool file: another format, unknown columns, rows twice, an unknown number', async () => {
    const notXlsx = await upload(Buffer.from('姓名,单位统一社会信用代码\n张三,x\n'));
    expect(notXlsx).toMatchObject({
      status: 400,
      body: { errors: [{ rule: 'expert-import.file', path: 'file' }] },
    });

    const missing = await upload(
      await xlsxBytes([
        ['姓名', '电话'],
        ['张三', '1'],
      ]),
    );
    expect((missing.body as { errors: { rule: string; path: string }[] }).errors).toEqual([
      expect.objectContaining({ rule: 'expert-import.column', path: 'columns[2]' }),
      expect.objectContaining({ rule: 'expert-import.column', path: 'columns.orgUscc' }),
      expect.objectContaining({ rule: 'expert-import.column', path: 'columns.fields' }),
    ]);

    const uscc = org();
    const twice = await upload(
      await xlsxBytes([
        ['姓名', '单位统一社会信用代码', '专业领域'],
        ['陈四', uscc, '材料'],
        ['陈四', uscc, '化工'],
        ['', 'not-a-uscc', ''],
      ]),
    );
    expect(twice.status).toBe(400);
    const errors = (twice.body as { errors: { rule: string; path: string; messageZh: string }[] }).errors;
    expect(errors.map((e) => [e.rule, e.path])).toEqual([
      ['expert-import.duplicate', 'rows[3].name'],
      ['input.too_small', 'rows[4].name'],
      ['INVALID_USCC', 'rows[4].orgUscc'],
      ['input.too_small', 'rows[4].fields'],
    ]);
    expect(errors[0].messageZh).toBe('第 3 行「姓名」:姓名和单位统一社会信用代码与第 2 行相同');

    const unknown = await upload(
      await xlsxBytes([
        ['专家编号', '姓名', '单位统一社会信用代码', '专业领域'],
        [makeUuid(), '林五', org(), '材料'],
      ]),
    );
    expect(unknown).toMatchObject({
      status: 400,
      body: { errors: [{ rule: 'expert-import.id', path: 'rows[2].id' }] },
    });
    const asReviewer = await upload(await xlsxBytes([['姓名']]), await reviewerToken(svc));
    expect(asReviewer.status).toBe(403);
  });

  it("exports a panel's scores (officer): one row per expert × criterion with the maximum and the aggregate", async () => {
    const field = freshField();
    const experts = [
      await registerExpert(svc, { name: '评审甲', fields: [field] }),
      await registerExpert(svc, { name: '评审乙', fields: [field] }),
    ];
    const { applicationId } = await submit(svc, { field, name: '泸州白酒创新联合体' });
    await recommend(svc, applicationId);
    expect((await drawPanel(svc, applicationId, 2)).status).toBe(201);
    await scoreAll(svc, applicationId, experts, 3);

    const list = await svc.request('GET', `/api/v1/city-reviews/${applicationId}/scores?pageSize=100`, {
      token: officer,
    });
    expect(list.status).toBe(200);
    const page = list.body as { items: Record<string, unknown>[]; total: number };
    expect(page.total).toBe(2 * RUBRIC.length);
    const view = (await svc.request('GET', `/api/v1/city-reviews/${applicationId}`, { token: officer }))
      .body as {
      aggregate: { mean: number };
      panel: { expertId: string; position: number }[];
    };
    expect(page.items.map((r) => [r.position, r.criterion])).toEqual(
      view.panel.flatMap((p) => RUBRIC.map((c) => [p.position, c.key])),
    );
    expect(page.items.every((r) => r.aggregateMean === view.aggregate.mean)).toBe(true);

    const file = await fetchFile(svc, `/api/v1/city-reviews/${applicationId}/scores?format=xlsx`, officer);
    expect(file.status).toBe(200);
    expect(dispositionFileName(file.headers.get('content-disposition'))).toBe('专家评分.xlsx');
    const rows = await xlsxRows(file.bytes);
    expect(rows[0]).toEqual([
      '申报编号',
      '创新联合体名称',
      '专家序位',
      '专家姓名',
      '工作单位',
      '评审指标',
      '满分',
      '得分',
      '专家总分',
      '评审意见',
      '评分时间',
      '专家组平均分',
      '已评分/应评分',
    ]);
    expect(rows.slice(1).map((r) => [r[3], r[5], r[6], r[7], r[11], r[12]])).toEqual(
      page.items.map((r) => [
        r.expertName,
        RUBRIC.find((c) => c.key === r.criterion)!.titleZh,
        r.maxScore,
        r.score,
        view.aggregate.mean,
        '2/2',
      ]),
    );

    const asExpert = await fetchFile(
      svc,
      `/api/v1/city-reviews/${applicationId}/scores?format=csv`,
      await expertToken(svc, experts[0]),
    );
    expect(asExpert.status).toBe(404);
    const asReviewer = await fetchFile(
      svc,
      `/api/v1/city-reviews/${applicationId}/scores?format=csv`,
      await reviewerToken(svc),
    );
    expect(asReviewer.status).toBe(403);
    const unknown = await fetchFile(svc, `/api/v1/city-reviews/${makeUuid()}/scores?format=csv`, officer);
    expect(unknown.status).toBe(404);
  });
});
