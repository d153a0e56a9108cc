import { randomBytes } from 'node:crypto';

/** FNV-1a 32-bit hash of a string. */
export function hash32(input: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A deterministic stream of 32-bit numbers from a seed (xorshift32 seeded by FNV-1a). */
export function seededStream(seed: string): () => number {
  let state = hash32(seed) || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

export function randomSeed(): string {
  return randomBytes(8).toString('hex');
}

/** A deterministic RFC 9562 version-4-shaped UUID from a seed (random when no seed is given). */
export function makeUuid(seed?: string | number): string {
  const next = seededStream(seed === undefined ? randomSeed() : String(seed));
  const hex = Array.from({ length: 4 }, () => next().toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Merges `overrides` into a copy of `base`: objects recursively, arrays and scalars replaced whole,
 * a key explicitly set to `undefined` is removed.
 */
export function deepMerge<T>(base: T, overrides: unknown): T {
  if (!isPlainObject(overrides)) return (overrides === undefined ? structuredClone(base) : overrides) as T;
  const out: Record<string, unknown> = isPlainObject(base) ? structuredClone(base) : {};
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else if (isPlainObject(value) && isPlainObject(out[key])) out[key] = deepMerge(out[key], value);
    else out[key] = structuredClone(value);
  }
  return out as T;
}
