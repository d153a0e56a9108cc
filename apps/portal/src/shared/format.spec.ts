import { formatDate, formatDeadline, formatInstant, shanghaiYear } from './format';

describe(formatInstant.name, () => {
  it('shows an instant in Beijing time whatever its offset', () => {
    expect(formatInstant('2026-02-26T16:00:00Z', 'zh-CN')).toBe('2026/02/27 00:00');
    expect(formatInstant('2026-02-12T09:30:00+08:00', 'en')).toBe('02/12/2026, 09:30');
    expect(formatInstant(null, 'zh-CN')).toBe('—');
  });
});

describe(formatDeadline.name, () => {
  it('prints an end at midnight as 24:00 of the last day, other ends as they are', () => {
    expect(formatDeadline('2026-02-27T00:00:00+08:00', 'zh-CN')).toBe('2026/02/26 24:00');
    expect(formatDeadline('2026-02-26T10:00:00Z', 'zh-CN')).toBe('2026/02/26 18:00');
  });
});

describe(formatDate.name, () => {
  it('keeps a legal date on its day, with the weekday', () => {
    expect(formatDate('2026-02-26', 'zh-CN')).toBe('2026/02/26（周四）');
    expect(formatDate('2026-02-26', 'en')).toBe('02/26/2026 (Thu)');
  });
});

describe(shanghaiYear.name, () => {
  it('turns the year at midnight in Shanghai, not UTC', () => {
    expect(shanghaiYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(shanghaiYear(new Date('2026-12-31T15:30:00Z'))).toBe(2026);
  });
});
