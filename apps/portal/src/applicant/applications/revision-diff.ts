/** One leaf of the document that differs between two versions: its path and both values as text. */
export interface Change {
  /** The document path, as the eligibility findings name fields (`members.0.region`). */
  path: string;
  before: string | null;
  after: string | null;
}

function leaves(value: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(value)) {
    if (value.length === 0 && path) out.set(path, '[]');
    value.forEach((v, i) => leaves(v, path ? `${path}.${i}` : String(i), out));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && path) out.set(path, '{}');
    for (const [k, v] of entries) leaves(v, path ? `${path}.${k}` : k, out);
  } else if (value !== undefined && path) {
    out.set(path, value === null ? 'null' : String(value));
  }
}

/**
 * What changed from one version of an application's document to the next (a submitted revision and
 * the following one, or the last revision and the draft being revised): every leaf added, removed or
 * altered, in the order of the later document (then removals), so the applicant sees what a reviewer
 * will see as revised.
 */
export function documentChanges(before: unknown, after: unknown): Change[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  leaves(before, '', a);
  leaves(after, '', b);
  const changes: Change[] = [];
  for (const [path, value] of b) {
    const old = a.get(path);
    if (old !== value) changes.push({ path, before: old ?? null, after: value });
  }
  for (const [path, value] of a) if (!b.has(path)) changes.push({ path, before: value, after: null });
  return changes;
}
