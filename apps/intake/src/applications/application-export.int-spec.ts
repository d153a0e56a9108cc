import { dispositionFileName, fetchFile, parseCsv, shanghaiWallClock, xlsxRows } from '@lz/testing';
import { ApplicationsController } from './applications.controller';
import type { ApplicationView } from './applications.schema';
import {
  applicant,
  bootIntake,
  completeDraft,
  openCall,
  submit,
  type IntakeHarness,
} from '../test-support/intake-harness';

jest.setTimeout(120_000);

const LABEL: Record<string, string> = { DRAFT: '草稿', SUBMITTED: '已提交' };
const NAMES: Record<string, string> = { '510502': '江阳区', '510504': '龙马潭区' };

function expectedRow(a: ApplicationView): Array<string | number> {
  const doc = a.document as {
    name: string;
    field: string;
    lead: { name: string };
    members: { name: string }[];
  };
  return [
    a.id,
    a.callId,
    doc.name,
    doc.field,
    a.jurisdictionCode ? NAMES[a.jurisdictionCode] : '',
    doc.lead.name,
    a.leadUscc,
    doc.members.map((m) => m.name).join('、'),
    LABEL[a.status],
    a.revision,
    a.submittedAt ? shanghaiWallClock(a.submittedAt) : '',
    shanghaiWallClock(a.createdAt),
    shanghaiWallClock(a.updatedAt),
  ];
}

describe(`${ApplicationsController.name} exports (format=xlsx|csv)`, () => {
  let h: IntakeHarness;
  let callId: string;
  let otherCall: string;
  const ids: string[] = [];

  beforeAll(async () => {
    h = await bootIntake();
    callId = await openCall(h);
    otherCall = await openCall(h);
    for (const [i, jurisdictionCode] of (['510502', '510504', '510502'] as const).entries()) {
      const who = await applicant(h, `export-${i}`);
      const draft = await completeDraft(h, callId, who, { jurisdictionCode, name: `导出测试联合体${i}` });
      ids.push(draft.id);
      if (i < 2) expect((await submit(h, who.token, draft.id, `export-submit-${i}`)).status).toBe(200);
    }
    const elsewhere = await applicant(h, 'export-other-call');
    const d = await completeDraft(h, otherCall, elsewhere, { jurisdictionCode: '510502' });
    await submit(h, elsewhere.token, d.id, 'export-other-call');
  });
  afterAll(() => h.close());

  it("gives the officer a call's applications as .xlsx and CSV, rows as the JSON list in its order", async () => {
    const res = await h.svc.request(
      'GET',
      `/api/v1/applications?callId=${callId}&sort=submittedAt&pageSize=100`,
      {
        token: h.officer,
      },
    );
    const items = (res.body as { items: ApplicationView[] }).items;
    expect(items.every((a) => a.callId === callId)).toBe(true);
    expect(items.length).toBeGreaterThanOrEqual(2);

    const xlsx = await fetchFile(
      h.svc,
      `/api/v1/applications?callId=${callId}&sort=submittedAt&format=xlsx`,
      h.officer,
    );
    expect(xlsx.status).toBe(200);
    expect(dispositionFileName(xlsx.headers.get('content-disposition'))).toBe('申报书.xlsx');
    const rows = await xlsxRows(xlsx.bytes);
    expect(rows[0][2]).toBe('创新联合体名称');
    expect(rows.slice(1).map((r) => r.map((v) => v ?? ''))).toEqual(items.map(expectedRow));

    const csv = await fetchFile(
      h.svc,
      `/api/v1/applications?callId=${callId}&sort=submittedAt&format=csv`,
      h.officer,
    );
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(csv.bytes.subarray(3).toString('utf8')).slice(1)).toEqual(
      items.map((a) => expectedRow(a).map(String)),
    );
  });

  it("scopes a reviewer's export to its jurisdiction and an applicant's to its own applications", async () => {
    const reviewer = await h.svc.token({
      role: 'reviewer',
      jurisdiction: '510504',
      sub: 'reviewer-510504',
    });
    const file = await fetchFile(h.svc, `/api/v1/applications?callId=${callId}&format=csv`, reviewer);
    expect(file.status).toBe(200);
    const rows = parseCsv(file.bytes.subarray(3).toString('utf8')).slice(1);
    expect(rows.map((r) => [r[0], r[4], r[8]])).toEqual([[ids[1], '龙马潭区', '已提交']]);
    expect(rows.every((r) => r[4] === '龙马潭区')).toBe(true);

    const own = await applicant(h, 'export-2');
    const mine = await fetchFile(h.svc, '/api/v1/applications?format=xlsx', own.token);
    expect((await xlsxRows(mine.bytes)).slice(1).map((r) => r[0])).toEqual([ids[2]]);
  });
});
