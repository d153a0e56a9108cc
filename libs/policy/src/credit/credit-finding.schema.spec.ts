import { isCreditFindingActive, recordCreditFindingSchema } from './credit-finding.schema';

describe(isCreditFindingActive.name, () => {
  const f = { from: '2026-07-01', until: '2026-12-31', endedOn: null };

  it('is active from its first day to its last day, both inclusive', () => {
    expect(isCreditFindingActive(f, '2026-06-30')).toBe(false);
    expect(isCreditFindingActive(f, '2026-07-01')).toBe(true);
    expect(isCreditFindingActive(f, '2026-12-31')).toBe(true);
    expect(isCreditFindingActive(f, '2027-01-01')).toBe(false);
  });

  it('has no end when until is null', () => {
    expect(isCreditFindingActive({ ...f, until: null }, '2099-01-01')).toBe(true);
  });

  it('stops on the day it is ended early', () => {
    const ended = { ...f, endedOn: '2026-09-01' };
    expect(isCreditFindingActive(ended, '2026-08-31')).toBe(true);
    expect(isCreditFindingActive(ended, '2026-09-01')).toBe(false);
  });
});

describe('recordCreditFindingSchema', () => {
  it('refuses a period that ends before it starts, at period.until', () => {
    const r = recordCreditFindingSchema.safeParse({
      uscc: '91110000600037341L',
      unitName: '示范单位',
      object: { type: 'CLAIM', id: 'claim-1' },
      facts: '佐证材料伪造',
      decisionRef: '泸科信〔2026〕1号',
      period: { from: '2026-07-01', until: '2026-06-30' },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['period', 'until']);
  });
});
