/**
 * Filing numbers (docs/SPEC.md §8, §3.6): human-readable, unique and gap-free per year, e.g. `泸创联备〔2026〕003号`.
 * The sequence itself is allocated in the database (one counter row per year, incremented under a row
 * lock in the approving transaction); this module only formats and parses.
 */
const PATTERN = /^泸创联备〔(\d{4})〕(\d{3,})号$/;

export function formatFilingNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`bad filing year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`bad filing sequence ${sequence}`);
  return `泸创联备〔${year}〕${String(sequence).padStart(3, '0')}号`;
}

export function parseFilingNumber(value: string): { year: number; sequence: number } | null {
  const m = PATTERN.exec(value);
  return m ? { year: Number(m[1]), sequence: Number(m[2]) } : null;
}
