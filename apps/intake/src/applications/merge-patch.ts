/**
 * JSON Merge Patch (RFC 7396 §2): applies `patch` to `target` and returns the result, leaving both
 * untouched. An object patch merges member by member (`null` removes the member); any other patch
 * value — an array, a string, a number, `true`/`false` — replaces the target wholesale.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
