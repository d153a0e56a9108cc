/**
 * The repository's rule book (`docs/`) and the citations of it in code and docs. Pure: callers pass
 * the texts. `tools/rule-book.spec.ts` runs it over every tracked file.
 *
 * Citation convention: `docs/SPEC.md 2.3b` (a rule), `docs/SPEC.md §7` (a section; `§3.5` is also
 * rule 3.5), `docs/ARCHITECTURE.md "Events"` (a document and a heading or a bold item of it). A bare
 * `§7` or `rule 2.3b` also means docs/SPEC.md and is checked the same way.
 */

export const RULE_BOOK_DOCS = ['SPEC', 'ARCHITECTURE', 'API', 'STYLE', 'TOOLCHAIN'] as const;
export type RuleBookDoc = (typeof RULE_BOOK_DOCS)[number];

export interface RuleBook {
  /** Rule IDs of docs/SPEC.md (first cell of its rule tables) with the kind stated there, if any. */
  rules: Map<string, 'hard' | 'soft' | undefined>;
  /** Section numbers of docs/SPEC.md (`## 7. Time` → `7`). */
  sections: Set<string>;
  /** Per document: its headings and bold items, lower-cased, that a quoted citation may name. */
  names: Map<RuleBookDoc, string[]>;
}

const RULE_ID = String.raw`(?:C\.\d+|\d+(?:\.\d+)?[a-z]?)`;

export function indexRuleBook(docs: Record<RuleBookDoc, string>): RuleBook {
  const rules = new Map<string, 'hard' | 'soft' | undefined>();
  for (const m of docs.SPEC.matchAll(new RegExp(String.raw`^\|\s*(${RULE_ID})\s*\|(.*)\|\s*$`, 'gm'))) {
    const last = m[2].split('|').at(-1)?.trim();
    rules.set(m[1], last === 'hard' || last === 'soft' ? last : undefined);
  }
  const sections = new Set([...docs.SPEC.matchAll(/^#{2,}\s+(\d+)\.\s/gm)].map((m) => m[1]));
  const names = new Map<RuleBookDoc, string[]>();
  for (const doc of RULE_BOOK_DOCS) {
    const headings = [...docs[doc].matchAll(/^#+\s+(.+)$/gm)].map((m) => m[1]);
    const bold = [...docs[doc].matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
    names.set(
      doc,
      [...headings, ...bold].map((n) => n.toLowerCase()),
    );
  }
  return { rules, sections, names };
}

/** `5.2a–c` → [`5.2a`, `5.2c`]; `§3.3–3.6` → [`3.3`, `3.6`]; `2.3b` → [`2.3b`]. */
function expandRange(ref: string): string[] {
  const [from, to] = ref.split(/[–-]/);
  if (to === undefined) return [from];
  if (/^[a-z]$/.test(to)) return [from, from.replace(/[a-z]$/, '') + to];
  return [from, to];
}

function resolves(book: RuleBook, ref: string, section: boolean): boolean {
  if (book.rules.has(ref)) return true;
  // A whole section may be cited as a rule: calendar data errors carry `{"rule": "7"}`.
  if (book.sections.has(ref)) return true;
  if (!section) return false;
  // `§5.2` names the group 5.2a–5.2c.
  return [...book.rules.keys()].some((id) => new RegExp(`^${ref.replace('.', '\\.')}[a-z]$`).test(id));
}

const REF = String.raw`§?${RULE_ID}(?:[–-](?:${RULE_ID}|[a-z])\b)?`;
const REF_LIST = new RegExp(
  String.raw`^(?:'s)?\s*(?:rules?\s+)?(${REF}(?:(?:\s*,\s*|\s+and\s+|\s*/\s*)${REF})*)`,
);

/** Every broken citation in one file's text, as `line N: what`. */
export function brokenCitations(text: string, book: RuleBook, existingDocs: ReadonlySet<string>): string[] {
  const broken: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const at = (what: string) => broken.push(`line ${i + 1}: ${what}`);
    if (/shared\/(docs|seed)\b/.test(line))
      at('cites a document outside the repository (the team folder ../shared)');
    for (const m of line.matchAll(/\bdocs\/([\w./-]+\.md)\b/g))
      if (!existingDocs.has(m[1])) at(`docs/${m[1]} does not exist`);

    const checkRefs = (list: string) => {
      for (const raw of list.split(/\s*,\s*|\s+and\s+|\s*\/\s*/)) {
        const section = raw.startsWith('§');
        for (const ref of expandRange(raw.replace(/^§/, '')))
          if (!resolves(book, ref, section))
            at(`docs/SPEC.md has no ${section ? 'section or rule' : 'rule'} ${section ? '§' : ''}${ref}`);
      }
    };
    // SPEC citations, with or without `docs/` and `.md`: the refs that follow them.
    const consumed: Array<[number, number]> = [];
    for (const m of line.matchAll(/(?:docs\/)?\bSPEC(?:\.md)?\b/g)) {
      const after = line.slice(m.index + m[0].length);
      const list = REF_LIST.exec(after);
      if (!list) continue;
      checkRefs(list[1]);
      consumed.push([m.index, m.index + m[0].length + list[0].length]);
    }
    const outside = (index: number) => !consumed.some(([a, b]) => index >= a && index < b);
    // Bare `§7`, `§3.3–3.6, §5.2c` and `rule 3.4` / `rules 2.1a, 2.1b and 2.3a` also mean docs/SPEC.md.
    for (const m of line.matchAll(new RegExp(String.raw`(?<![\w.])(?:§|rules?\s+(?=\d|C\.1))`, 'g'))) {
      if (!outside(m.index)) continue;
      const list = REF_LIST.exec(line.slice(m.index));
      if (list) checkRefs(list[1]);
    }
    // Other documents: `ARCHITECTURE.md "Events", "Deadlines"` — each quoted name must be a heading
    // or a bold item of that document.
    for (const m of line.matchAll(/(?:docs\/)?\b(ARCHITECTURE|API|STYLE|TOOLCHAIN)\.md\b/g)) {
      const doc = m[1] as RuleBookDoc;
      const after = line.slice(m.index + m[0].length);
      const quoted = /^(?:'s)?\s*((?:"[^"]+"(?:\s*,\s*|\s+and\s+)?)+)/.exec(after);
      if (!quoted) continue;
      for (const q of quoted[1].matchAll(/"([^"]+)"/g)) {
        const name = q[1].toLowerCase();
        if (!(book.names.get(doc) ?? []).some((n) => n.includes(name)))
          at(`docs/${doc}.md has no heading or item "${q[1]}"`);
      }
    }
  });
  return broken;
}
