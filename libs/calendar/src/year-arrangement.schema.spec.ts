import { closingTimeSchema, deadlineQuerySchema } from './year-arrangement.schema';

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
