import {
  closingTimeSchema,
  deadlineQuerySchema,
  isoDateSchema,
  yearArrangementBodySchema,
  yearArrangementBodySchemaFor,
} from './year-arrangement.schema';

describe('deadlineQuerySchema', () => {
  it('coerces workingDays and accepts an instant with an offset', () => {
    expect(deadlineQuerySchema.parse({ from: '2026-02-12T10:00:00+08:00', workingDays: '5' })).toEqual({
      from: '2026-02-12T10:00:00+08:00',
      workingDays: 5,
    });
  });

  it('refuses an instant without offset, an impossible date, zero days and unknown fields', () => {
    const paths = (query: object) =>
      deadlineQuerySchema.safeParse(query).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ from: '2026-02-12T10:00:00', workingDays: '5' })).toEqual(['from']);
    expect(paths({ from: '2026-02-30T10:00:00Z', workingDays: '5' })).toEqual(['from']);
    expect(paths({ from: '2026-02-12T10:00:00Z', workingDays: '0' })).toEqual(['workingDays']);
    expect(paths({ from: '2026-02-12T10:00:00Z', workingDays: '5', tz: 'UTC' })).toEqual(['']);
  });

  it('takes 1 to 1000 whole working days (MAX_WORKING_DAYS), no more, no fraction', () => {
    const ok = (workingDays: string) =>
      deadlineQuerySchema.safeParse({ from: '2026-02-12T10:00:00Z', workingDays }).success;
    expect(['1', '1000', '1001', '2.5'].map(ok)).toEqual([true, true, false, false]);
  });
});

describe('closingTimeSchema', () => {
  it('accepts HH:MM and 24:00 but not 00:00', () => {
    expect(['24:00', '18:00', '00:01'].map((t) => closingTimeSchema.safeParse(t).success)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['00:00', '24:01', '6pm'].map((t) => closingTimeSchema.safeParse(t).success)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('the messages a caller reads', () => {
  it('says what a date and a closing time must look like', () => {
    expect(isoDateSchema.safeParse('2027-02-29').error?.issues[0].message).toBe(
      "must be a real date written 'YYYY-MM-DD'",
    );
    expect(closingTimeSchema.safeParse('00:00').error?.issues[0].message).toBe("must be 'HH:MM' or '24:00'");
  });

  it('takes at most 366 dates per list (a year has no more days)', () => {
    const dates = (n: number) => Array.from({ length: n }, () => '2027-01-01');
    const ok = (n: number) =>
      yearArrangementBodySchema.safeParse({ holidays: dates(n), makeupWorkdays: [] }).success;
    expect([ok(366), ok(367)]).toEqual([true, false]);
  });

  it('carries the arrangement check as a custom issue with rule 7 and the Chinese text', () => {
    const r = yearArrangementBodySchemaFor(2027).safeParse({ holidays: [], makeupWorkdays: ['2027-03-02'] });
    expect(r.error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        path: ['makeupWorkdays', 0],
        message: '2027-03-02 is a weekday; a make-up working day must be a Saturday or Sunday',
        params: { rule: '7', messageZh: '2027-03-02 是工作日，调休上班日必须是周六或周日' },
      }),
    ]);
  });
});
