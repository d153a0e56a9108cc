import {
  dispositionFileName,
  fetchFile,
  makeUuid,
  parseCsv,
  shanghaiWallClock,
  startServiceHarness,
  xlsxRows,
  type ServiceHarness,
  type TestService,
} from '@lz/testing';
import { AppModule } from '../app.module';
import { recommend, reviewerToken, submit } from '../test-support/review-harness';
import { REVIEW } from '../review.definition';
import { PreliminaryController } from './preliminary.controller';
import type { QueueItem } from './preliminary.schema';

jest.setTimeout(120_000);

const LABEL: Record<string, string> = { SUBMITTED: '已提交', PRELIM_RECOMMENDED: '初审推荐' };
const NAMES: Record<string, string> = { '510502': '江阳区', '510504': '龙马潭区' };

function expectedRow(c: QueueItem): Array<string | number> {
  return [
    c.applicationId,
    c.name,
    c.field,
    NAMES[c.jurisdictionCode],
    c.leadName,
    c.leadUscc,
    c.members.map((m) => m.name).join('、'),
    c.revision,
    shanghaiWallClock(c.submittedAt),
    LABEL[c.status],
  ];
}

describe(`${PreliminaryController.name} exports (format=xlsx|csv), scoped to the reviewer's jurisdiction`, () => {
  let harness: ServiceHarness;
  let svc: TestService;
  const tag = `P${makeUuid().slice(0, 6)}`;
  const own: string[] = [];
  const other: string[] = [];

  beforeAll(async () => {
    harness = await startServiceHarness(REVIEW, (config, runtime) => AppModule.forRoot(config, runtime));
    svc = harness.svc;
    for (let i = 0; i < 4; i++) {
      own.push(
        (await submit(svc, { jurisdictionCode: '510502', name: `${tag} 江阳联合体${i}` })).applicationId,
      );
      other.push(
        (await submit(svc, { jurisdictionCode: '510504', name: `${tag} 龙马潭联合体${i}` })).applicationId,
      );
    }
    await recommend(svc, own[0], '510502'); // one decided: the decisions list
  });
  afterAll(() => harness.close());

  async function json(token: string, query: string): Promise<QueueItem[]> {
    const res = await svc.request('GET', `/api/v1/preliminary-reviews?${query}&pageSize=100`, { token });
    expect(res.status).toBe(200);
    return (res.body as { items: QueueItem[] }).items;
  }

  it('gives a 510502 reviewer its own queue as .xlsx — never a 510504 row, even when searching for one', async () => {
    const token = await reviewerToken(svc, '510502');
    const items = await json(token, `q=${tag}&sort=-name`);
    expect(items.map((c) => c.applicationId).sort()).toEqual(own.slice(1).sort());

    const file = await fetchFile(svc, `/api/v1/preliminary-reviews?q=${tag}&sort=-name&format=xlsx`, token);
    expect(file.status).toBe(200);
    expect(dispositionFileName(file.headers.get('content-disposition'))).toBe('初审申报.xlsx');
    const rows = await xlsxRows(file.bytes);
    expect(rows[0]).toEqual([
      '申报编号',
      '创新联合体名称',
      '领域',
      '所属区县（园区）',
      '牵头单位',
      '牵头单位统一社会信用代码',
      '成员单位',
      '提交版本',
      '提交时间',
      '状态',
    ]);
    expect(rows.slice(1)).toEqual(items.map(expectedRow));
    const ids = rows.slice(1).map((r) => r[0]);
    expect(other.some((id) => ids.includes(id))).toBe(false);

    const search = await fetchFile(
      svc,
      `/api/v1/preliminary-reviews?q=${encodeURIComponent(`${tag} 龙马潭`)}&format=csv`,
      token,
    );
    expect(parseCsv(search.bytes.subarray(3).toString('utf8'))).toHaveLength(1); // the header only
  });

  it('exports the decisions (a decided status) as CSV, and the other reviewer sees only 510504', async () => {
    const token = await reviewerToken(svc, '510502');
    const decided = await json(token, `q=${tag}&status=PRELIM_RECOMMENDED`);
    expect(decided.map((c) => c.applicationId)).toEqual([own[0]]);
    const file = await fetchFile(
      svc,
      `/api/v1/preliminary-reviews?q=${tag}&status=PRELIM_RECOMMENDED&format=csv`,
      token,
    );
    const rows = parseCsv(file.bytes.subarray(3).toString('utf8'));
    expect(rows.slice(1)).toEqual(decided.map((c) => expectedRow(c).map(String)));

    const theirs = await fetchFile(
      svc,
      `/api/v1/preliminary-reviews?q=${tag}&format=csv`,
      await reviewerToken(svc, '510504'),
    );
    const theirIds = parseCsv(theirs.bytes.subarray(3).toString('utf8'))
      .slice(1)
      .map((r) => r[0]);
    expect(theirIds.sort()).toEqual([...other].sort());
  });

  it('refuses an export without a reviewer login like the list itself', async () => {
    expect((await fetchFile(svc, '/api/v1/preliminary-reviews?format=xlsx')).status).toBe(401);
    const officer = await svc.token({ role: 'officer' });
    expect((await fetchFile(svc, '/api/v1/preliminary-reviews?format=csv', officer)).status).toBe(403);
  });
});
