import { fetchFile, parseCsv, shanghaiWallClock, xlsxRows } from '@lz/testing';
import { ClaimsController } from './claims.controller';
import type { ClaimView } from './claims.schema';
import {
  budgetWithRemaining,
  claimId,
  decide,
  register,
  startSubsidy,
  type SubsidyHarness,
} from '../test-support/subsidy-harness';

jest.setTimeout(120_000);

const STATUS: Record<string, string> = { PENDING: '待审核', GRANTED: '已兑现', REJECTED: '不予支持' };

/** Integer fen as yuan, computed here by division and fixed-point formatting. */
const yuan = (fen: number) => (fen / 100).toFixed(2);

describe(`${ClaimsController.name} exports (format=xlsx|csv)`, () => {
  let h: SubsidyHarness;

  beforeAll(async () => {
    h = await startSubsidy();
  });
  afterAll(() => h.close());

  it('exports the claims with amounts in yuan (two decimals), Chinese labels, scoped to the lead unit', async () => {
    await budgetWithRemaining(h, 50_000_000);
    const mine = await register(h);
    const theirs = await register(h);
    const a = await claimId(h, mine, { amountFen: 123_456 });
    const b = await claimId(h, mine, { amountFen: 1_000_005, category: 'TRANSFORMATION_PROJECT' });
    await claimId(h, theirs, { amountFen: 999 });
    expect((await decide(h, a, 'GRANT', 100_001)).status).toBe(200);
    expect((await decide(h, b, 'REJECT')).status).toBe(200);

    const json = (
      (
        await h.svc.request('GET', `/api/v1/claims?consortiumId=${mine.consortiumId}&sort=amountFen`, {
          token: h.officer,
        })
      ).body as { items: ClaimView[] }
    ).items;
    expect(json.map((c) => c.id)).toEqual([a, b]);

    const xlsx = await fetchFile(
      h.svc,
      `/api/v1/claims?consortiumId=${mine.consortiumId}&sort=amountFen&format=xlsx`,
      h.officer,
    );
    expect(xlsx.status).toBe(200);
    const rows = await xlsxRows(xlsx.bytes);
    expect(rows[0].slice(6, 8)).toEqual(['申请金额（元）', '核定金额（元）']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[6], r[7], r[9]])).toEqual([
      [a, '中试熟化平台', 1234.56, 1000.01, '已兑现'],
      [b, '成果转化项目', 10000.05, 0, '不予支持'],
    ]);

    const csv = await fetchFile(
      h.svc,
      `/api/v1/claims?consortiumId=${mine.consortiumId}&sort=amountFen&format=csv`,
      h.officer,
    );
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = parseCsv(csv.bytes.subarray(3).toString('utf8')).slice(1);
    expect(lines.map((r) => [r[0], r[6], r[7], r[9], r[12]])).toEqual(
      json.map((c) => [
        c.id,
        yuan(c.amountFen),
        yuan(c.grantedFen),
        STATUS[c.status],
        shanghaiWallClock(c.decidedAt!),
      ]),
    );

    // the lead unit's own export: its two claims, never the other consortium's
    const own = await fetchFile(h.svc, '/api/v1/claims?format=csv', mine.lead);
    const ownIds = parseCsv(own.bytes.subarray(3).toString('utf8'))
      .slice(1)
      .map((r) => r[0]);
    expect(ownIds.sort()).toEqual([a, b].sort());
  });
});
