import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispositionFileName, fetchFile, parseCsv, pdfText, pdfToPngs, xlsxRows } from '@lz/testing';
import { NoticesController } from './notices.controller';
import type { NoticeView } from './notices.schema';
import {
  seedCandidates,
  startPublicity,
  waitUntil,
  type PublicityHarness,
} from '../test-support/publicity-harness';

const HEADERS = [
  '创新联合体名称',
  '领域',
  '牵头单位',
  '牵头单位统一社会信用代码',
  '状态',
  '待处理异议',
  '成立异议',
  '不成立异议',
];

const LABELS: Record<string, string> = {
  IN_PUBLICITY: '公示中',
  AWAITING_RESOLUTION: '异议待处理',
  CLEARED: '公示无异议',
  CONTESTED: '异议成立',
};

describe(`${NoticesController.name} exports and printout (format=xlsx|csv|pdf)`, () => {
  let h: PublicityHarness;
  let notice: NoticeView;
  const title = '关于2026年度泸州市创新联合体拟备案名单的公示';

  beforeAll(async () => {
    h = await startPublicity();
    const applicationIds = await seedCandidates(h, 3);
    const res = await h.svc.request('POST', '/api/v1/notices', {
      token: h.officer,
      body: { title, applicationIds, publishedAt: '2026-02-12T10:00:00+08:00' },
    });
    expect(res.status).toBe(201);
    notice = res.body as NoticeView;
  });
  afterAll(() => h.close());

  const expectedRow = (i: NoticeView['items'][number]) => [
    i.name,
    i.field,
    i.leadName,
    i.leadUscc,
    LABELS[i.status],
    i.objections.pending,
    i.objections.upheld,
    i.objections.dismissed,
  ];

  it("downloads the notice's items as .xlsx and CSV, rows as the JSON notice's items", async () => {
    // Published in the past: its expiry job clears the items right away; compare once it has.
    const read = async () => (await h.svc.request('GET', `/api/v1/notices/${notice.id}`)).body as NoticeView;
    await waitUntil(async () => (await read()).items.every((i) => i.status === 'CLEARED'), 'items cleared');
    const json = await read();
    expect(json.items).toHaveLength(3);

    const xlsx = await fetchFile(h.svc, `/api/v1/notices/${notice.id}?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(dispositionFileName(xlsx.headers.get('content-disposition'))).toBe('公示项目.xlsx');
    const rows = await xlsxRows(xlsx.bytes);
    expect(rows).toEqual([HEADERS, ...json.items.map(expectedRow)]);

    const csv = await fetchFile(h.svc, `/api/v1/notices/${notice.id}?format=csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(csv.bytes.subarray(3).toString('utf8'))).toEqual([
      HEADERS,
      ...json.items.map((i) => expectedRow(i).map(String)),
    ]);
  });

  it('prints the public notice (no login): title, counting rule, end instant, items, office and date', async () => {
    const file = await fetchFile(h.svc, `/api/v1/notices/${notice.id}?format=pdf`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(dispositionFileName(file.headers.get('content-disposition'))).toBe(`${title}.pdf`);
    const text = (await pdfText(file.bytes)).replace(/\s+/g, '');
    expect(text).toContain(title);
    expect(text).toContain('公示期自发布之日的次日起计算，共5个工作日');
    expect(text).toContain('公示期截止时间：2026-02-2700:00:00（北京时间）');
    for (const item of notice.items) expect(text).toContain(item.name.replace(/\s+/g, ''));
    expect(text).toContain('泸州市科学技术局2026年2月12日');

    const dir = process.env.LZ_PRINTOUT_DIR ?? (await mkdtemp(join(tmpdir(), 'lz-notice-pdf-')));
    expect((await pdfToPngs(file.bytes, dir, 'notice')).length).toBeGreaterThanOrEqual(1);
  });

  it('answers 404 for an unknown notice in every format, and 400 for an unknown format', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const format of ['xlsx', 'csv', 'pdf']) {
      const res = await h.svc.request('GET', `/api/v1/notices/${unknown}?format=${format}`);
      expect({ format, status: res.status }).toEqual({ format, status: 404 });
    }
    const bad = await h.svc.request('GET', `/api/v1/notices/${notice.id}?format=doc`);
    expect(bad).toMatchObject({
      status: 400,
      body: { errors: [expect.objectContaining({ path: 'query.format' })] },
    });
  });
});
