import { JURISDICTION_CODES } from '@lz/policy';
import { OVERVIEW_STATUSES, overviewMatrix } from './overview-matrix';

describe(overviewMatrix.name, () => {
  it('lays the cells out per jurisdiction (every one of the city, zeros too) with row and column totals', () => {
    const m = overviewMatrix([
      { jurisdictionCode: '510502', status: 'SUBMITTED', count: 2 },
      { jurisdictionCode: '510502', status: 'PRELIM_RECOMMENDED', count: 1 },
      { jurisdictionCode: '510503', status: 'SUBMITTED', count: 4 },
    ]);
    expect(m.rows.map((r) => r.jurisdictionCode)).toEqual([...JURISDICTION_CODES]);
    expect(m.rows.find((r) => r.jurisdictionCode === '510502')).toEqual({
      jurisdictionCode: '510502',
      counts: { SUBMITTED: 2, PRELIM_RECOMMENDED: 1 },
      total: 3,
    });
    expect(m.rows.find((r) => r.jurisdictionCode === '510504')).toMatchObject({ counts: {}, total: 0 });
    expect(m.rows.find((r) => r.jurisdictionCode === '510503')?.total).toBe(4);
    expect(m.columnTotals).toEqual({ SUBMITTED: 6, PRELIM_RECOMMENDED: 1 });
    expect(m.total).toBe(7);
  });

  it('keeps a code the city list does not know as its own row, and never shows drafts', () => {
    const m = overviewMatrix([{ jurisdictionCode: '999999', status: 'FILED', count: 1 }]);
    expect(m.rows.at(-1)).toEqual({ jurisdictionCode: '999999', counts: { FILED: 1 }, total: 1 });
    expect(OVERVIEW_STATUSES).not.toContain('DRAFT');
  });
});
