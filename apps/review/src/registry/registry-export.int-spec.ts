import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dispositionFileName,
  pdfText,
  pdfToPngs,
  fetchFile,
  makeUscc,
  makeUuid,
  parseCsv,
  shanghaiWallClock,
  startServiceHarness,
  xlsxRows,
  type ServiceHarness,
  type TestService,
} from '@lz/testing';
import { AppModule } from '../app.module';
import { prismaOf } from '../test-support/review-harness';
import { REVIEW } from '../review.definition';
import { formatFilingNumber } from './filing-number';
import { RegistryController } from './registry.controller';
import type { ConsortiumView } from './registry.schema';

jest.setTimeout(90_000);

const HEADERS = [
  '备案编号',
  '创新联合体名称',
  '领域',
  '所属区县（园区）',
  '牵头单位',
  '牵头单位统一社会信用代码',
  '成员单位',
  '备案日期',
  '备案时间',
  '状态',
  '移出时间',
];
const JURISDICTION_NAMES: Record<string, string> = { '510502': '江阳区', '510521': '泸县' };

/** What a reader must see in each column, computed from the JSON item independently of the kit. */
function expectedRow(c: ConsortiumView): string[] {
  return [
    c.filingNumber,
    c.name,
    c.field,
    JURISDICTION_NAMES[c.jurisdictionCode],
    c.lead.name,
    c.lead.uscc,
    c.members.map((m) => m.name).join('、'),
    c.filedOn,
    shanghaiWallClock(c.filedAt),
    c.status === 'ACTIVE' ? '在库' : '已移出',
    c.delistedAt ? shanghaiWallClock(c.delistedAt) : '',
  ];
}

describe(`${RegistryController.name} exports (format=xlsx|csv)`, () => {
  let harness: ServiceHarness;
  let svc: TestService;
  const tag = `X${makeUuid().slice(0, 6)}`;
  const COUNT = 230; // more than two pages of the largest pageSize: the export pages through the query

  beforeAll(async () => {
    harness = await startServiceHarness(REVIEW, (config, runtime) => AppModule.forRoot(config, runtime));
    svc = harness.svc;
    // Filed consortia seeded in review's own table (filing over HTTP is covered by registry.int-spec);
    // filed at 23:30 UTC, i.e. 07:30 the next day in Luzhou, so a UTC date would show the wrong day.
    await prismaOf(svc).consortium.createMany({
      data: Array.from({ length: COUNT }, (_, i) => ({
        id: makeUuid(),
        applicationId: makeUuid(),
        filingNumber: formatFilingNumber(2031, i + 1),
        filingYear: 2031,
        filingSequence: i + 1,
        filedOn: '2031-03-0' + (1 + (i % 9)),
        filedAt: new Date(Date.UTC(2031, 1, 28 + (i % 9), 23, 30, i % 60)),
        // a comma, a quote and a leading '=' in some names: CSV quoting and formula defusing
        name: i % 7 === 0 ? `${tag} 酒业"高端",装备=联合体${i}` : `${tag} 白酒创新联合体${i}`,
        field: i % 2 ? '白酒酿造' : '智能装备',
        jurisdictionCode: i % 3 ? '510502' : '510521',
        leadUscc: makeUscc(),
        leadName: `牵头企业${i}`,
        members: [
          { uscc: makeUscc(), name: `成员甲${i}` },
          { uscc: makeUscc(), name: `成员乙${i}` },
        ],
        status: i % 10 === 0 ? 'DELISTED' : 'ACTIVE',
        delistedAt: i % 10 === 0 ? new Date(Date.UTC(2032, 5, 30, 16, 0, 0)) : null,
        delistReason: i % 10 === 0 ? '两次评估不合格' : null,
      })),
    });
  });
  afterAll(() => harness.close());

  /** Every item of the JSON list for `query`, page by page. */
  async function jsonItems(query: string): Promise<ConsortiumView[]> {
    const items: ConsortiumView[] = [];
    for (let page = 1; ; page++) {
      const res = await svc.request('GET', `/api/v1/registry?${query}&pageSize=100&page=${page}`);
      expect(res.status).toBe(200);
      const body = res.body as { items: ConsortiumView[] };
      items.push(...body.items);
      if (body.items.length < 100) return items;
    }
  }

  it('downloads the whole list as .xlsx: Chinese headers and name, rows as the JSON list in its order', async () => {
    const query = `q=${tag}&sort=-filingNumber`;
    const json = await jsonItems(query);
    expect(json).toHaveLength(COUNT);

    const file = await fetchFile(svc, `/api/v1/registry?${query}&format=xlsx`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(file.headers.get('content-disposition')).toMatch(
      /^attachment; filename="[^"]*"; filename\*=UTF-8''/,
    );
    expect(dispositionFileName(file.headers.get('content-disposition'))).toBe('创新联合体组建名单.xlsx');

    const rows = await xlsxRows(file.bytes);
    expect(rows[0]).toEqual(HEADERS);
    expect(rows.slice(1).map((r) => r.map((v) => v ?? ''))).toEqual(json.map(expectedRow));
    expect(rows[1][0]).toBe(formatFilingNumber(2031, COUNT)); // -filingNumber: the last first
    expect(rows[rows.length - 1][8]).toBe('2031-03-01 07:30:00'); // Shanghai wall clock, not UTC
  });

  it('downloads UTF-8 CSV with a BOM, with the same filters: one jurisdiction, delisted only', async () => {
    const query = `q=${tag}&jurisdictionCode=510521&status=DELISTED`;
    const json = await jsonItems(query);
    expect(json.length).toBeGreaterThan(5);
    expect(json.every((c) => c.jurisdictionCode === '510521' && c.status === 'DELISTED')).toBe(true);

    const file = await fetchFile(svc, `/api/v1/registry?${query}&format=csv`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(dispositionFileName(file.headers.get('content-disposition'))).toBe('创新联合体组建名单.csv');
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(file.bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual(HEADERS);
    expect(rows.slice(1)).toEqual(json.map(expectedRow));
    expect(rows.slice(1).some((r) => r[1].includes('"高端",装备='))).toBe(true); // quoting survived
    expect(rows.slice(1).every((r) => r[10] === '2032-07-01 00:00:00')).toBe(true);
  });

  it('exports the whole list, not the requested page, and an empty list as its header row', async () => {
    const file = await fetchFile(svc, `/api/v1/registry?q=${tag}&page=2&pageSize=5&format=csv`);
    expect(parseCsv(file.bytes.subarray(3).toString('utf8'))).toHaveLength(COUNT + 1);
    const empty = await fetchFile(svc, `/api/v1/registry?q=nothing-${tag}&format=xlsx`);
    expect(await xlsxRows(empty.bytes)).toEqual([HEADERS]);
  });

  it('refuses an unknown format naming query.format, and keeps the JSON page for format=json', async () => {
    const bad = await svc.request('GET', '/api/v1/registry?format=docx');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ errors: [expect.objectContaining({ path: 'query.format' })] });
    const json = await svc.request('GET', `/api/v1/registry?q=${tag}&format=json&pageSize=3`);
    expect(json.body).toMatchObject({ total: COUNT, page: 1, pageSize: 3 });
  });

  it('documents format and the file media types in the OpenAPI operation', async () => {
    const doc = (await svc.request('GET', '/docs-json')).body as {
      paths: Record<
        string,
        {
          get: {
            parameters: Array<{ name: string; schema: { enum?: string[] } }>;
            responses: Record<string, { content: Record<string, unknown> }>;
          };
        }
      >;
    };
    const op = doc.paths['/api/v1/registry'].get;
    expect(op.parameters.find((p) => p.name === 'format')?.schema.enum).toEqual([
      'json',
      'xlsx',
      'csv',
      'pdf',
    ]);
    expect(Object.keys(op.responses['200'].content)).toEqual([
      'application/json',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
      'application/pdf',
    ]);
  });

  it('prints the 组建名单 as a PDF with an embedded CJK font: title, rows, issuing office (format=pdf)', async () => {
    const query = `q=${tag}&jurisdictionCode=510521&status=DELISTED`;
    const json = await jsonItems(query);
    const file = await fetchFile(svc, `/api/v1/registry?${query}&format=pdf`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(dispositionFileName(file.headers.get('content-disposition'))).toBe('创新联合体组建名单.pdf');
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const text = (await pdfText(file.bytes)).replace(/[ \t]+/g, ' ');
    expect(text).toContain('泸州市创新联合体组建名单');
    expect(text).toContain(`名单共${json.length}家`);
    for (const c of json) expect(text).toContain(c.lead.name);
    expect(text).toContain('泸创联备〔2031〕'); // the number wraps inside its cell
    expect(text).toContain('已移出');
    expect(text).toContain('泸州市科学技术局');
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);

    const dir = process.env.LZ_PRINTOUT_DIR ?? (await mkdtemp(join(tmpdir(), 'lz-registry-pdf-')));
    const pngs = await pdfToPngs(file.bytes, dir, 'registry');
    expect(pngs.length).toBeGreaterThanOrEqual(1);
  });
});
