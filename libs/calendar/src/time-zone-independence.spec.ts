// The deadline maths must not depend on the process time zone (docs/SPEC.md §7). Node reads TZ once at
// start-up, so each zone runs in its own child process; both must print the same results, and the
// same as this process.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const REGISTER = path.resolve(__dirname, '../../../tools/register.cjs');
const CALENDAR = path.resolve(__dirname, 'index.ts');

/** Prints the zone offset it sees (to prove the zones differ) and a batch of deadlines as JSON. */
const PROBE = `
const cal = require(${JSON.stringify(CALENDAR)});
const calendar = cal.createSeededCalendar();
let seed = 20260212;
const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const from = Date.parse('2024-01-01T00:00:00+08:00');
const to = Date.parse('2027-03-31T00:00:00+08:00');
const inputs = [
  ['2026-02-12T10:00:00+08:00', 5, '24:00'],
  ['2026-02-12T10:00:00+08:00', 5, '18:00'],
  ['2025-09-30T09:00:00+08:00', 5, '24:00'],
  ['2026-09-30T09:00:00+08:00', 5, '24:00'],
  ['2026-02-12T23:30:00+08:00', 5, '24:00'],
  ['2026-02-11T17:00:00Z', 5, '24:00'],
];
for (let i = 0; i < 200; i++) {
  inputs.push([new Date(from + Math.floor(random() * (to - from))).toISOString(), 1 + Math.floor(random() * 20), random() < 0.5 ? '24:00' : '18:00']);
}
const results = inputs.map(([publishedAt, workingDays, closingTime]) => {
  const r = cal.computeDeadline({ publishedAt, workingDays, counting: 'NEXT_DAY', closingTime }, calendar);
  return [publishedAt, workingDays, closingTime, r.endsAt.toISOString(), r.endsAtIso, r.lastWorkingDay, r.firstCountedDay, r.provisional, r.unknownYears];
});
process.stdout.write(JSON.stringify({ offset: new Date('2026-07-01T00:00:00Z').getTimezoneOffset(), results }));
`;

async function probe(tz: string): Promise<{ offset: number; results: unknown[][] }> {
  const { stdout } = await run(process.execPath, ['-r', REGISTER, '-e', PROBE], {
    env: { ...process.env, TZ: tz },
    cwd: path.resolve(__dirname, '../../..'),
  });
  return JSON.parse(stdout);
}

describe('computeDeadline in any process time zone', () => {
  it('gives identical results under TZ=America/New_York, Asia/Shanghai and Pacific/Kiritimati', async () => {
    const [newYork, shanghai, kiritimati] = await Promise.all([
      probe('America/New_York'),
      probe('Asia/Shanghai'),
      probe('Pacific/Kiritimati'),
    ]);
    // the zones really differ, so equal results are not an accident of the environment
    expect([newYork.offset, shanghai.offset, kiritimati.offset]).toEqual([240, -480, -840]);
    expect(newYork.results).toHaveLength(206);
    expect(newYork.results).toEqual(shanghai.results);
    expect(kiritimati.results).toEqual(shanghai.results);
    expect(shanghai.results.slice(0, 6).map((r) => [r[4], r[5]])).toEqual([
      ['2026-02-27T00:00:00+08:00', '2026-02-26'],
      ['2026-02-26T18:00:00+08:00', '2026-02-26'],
      ['2025-10-15T00:00:00+08:00', '2025-10-14'],
      ['2026-10-14T00:00:00+08:00', '2026-10-13'],
      ['2026-02-27T00:00:00+08:00', '2026-02-26'],
      ['2026-02-27T00:00:00+08:00', '2026-02-26'],
    ]);
    expect(shanghai.results.some((r) => r[7] === true)).toBe(true); // the batch reaches 2027
  }, 20_000);
});
