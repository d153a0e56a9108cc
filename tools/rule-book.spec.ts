import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, RULE_IDS } from '@lz/policy';
import { RULE_BOOK_DOCS, brokenCitations, indexRuleBook, type RuleBookDoc } from './rule-book';

const root = join(__dirname, '..');
const docs = Object.fromEntries(
  RULE_BOOK_DOCS.map((d) => [d, readFileSync(join(root, 'docs', `${d}.md`), 'utf8')]),
) as Record<RuleBookDoc, string>;
const book = indexRuleBook(docs);
const existingDocs = new Set(
  execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'docs'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice('docs/'.length)),
);

/** Every tracked (or new) text file that may cite the rule book; this spec's own examples excepted. */
function citingFiles(): string[] {
  const out = execFileSync(
    'git',
    [
      'ls-files',
      '-co',
      '--exclude-standard',
      'apps',
      'libs',
      'tools',
      'e2e',
      'bench',
      'docs',
      '*.md',
      '*.js',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return out
    .split('\n')
    .filter((f) => /\.(ts|tsx|mjs|cjs|js|md|prisma|sql|json|ya?ml)$/.test(f))
    .filter((f) => f !== 'tools/rule-book.spec.ts' && existsSync(join(root, f)));
}

describe('the rule book in docs/', () => {
  it('has the five documents and the original text', () => {
    expect(readdirSync(join(root, 'docs', 'source')).some((f) => f.endsWith('.zh.txt'))).toBe(true);
    for (const d of RULE_BOOK_DOCS) expect(docs[d].length).toBeGreaterThan(1000);
  });

  it('holds every rule ID of the libs/policy catalogue, with the same kind where it states one', () => {
    const missing = RULE_IDS.filter((id) => !book.rules.has(id));
    expect(missing).toEqual([]);
    const kindDiffers = RULE_IDS.filter((id) => {
      const stated = book.rules.get(id);
      return stated !== undefined && stated !== RULES[id].kind;
    });
    expect(kindDiffers).toEqual([]);
  });

  it('has no rule ID that the catalogue lacks', () => {
    expect([...book.rules.keys()].filter((id) => !(RULE_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('resolves every citation in the repository', () => {
    const broken = citingFiles().flatMap((f) =>
      brokenCitations(readFileSync(join(root, f), 'utf8'), book, existingDocs).map((b) => `${f} ${b}`),
    );
    expect(broken).toEqual([]);
  });
});

describe(brokenCitations.name, () => {
  const check = (text: string) => brokenCitations(text, book, existingDocs);

  it('accepts rules, sections, ranges and headings that exist', () => {
    expect(
      check(
        [
          '// docs/SPEC.md 2.3b and docs/SPEC.md §7; (docs/SPEC.md §3.3–3.6, §5.2c); docs/SPEC.md 5.2a–c',
          '// SPEC §2, 5.3, C.1 · rule 3.4 · soft rules 2.1a, 2.1b and 2.3a · §5.2',
          '// docs/ARCHITECTURE.md "Events", "Deadlines"; docs/STYLE.md "library defaults"; docs/spec-notes.md',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('names each citation the documents do not have', () => {
    expect(
      check(
        [
          '// docs/SPEC.md 2.3c',
          '// (SPEC §10)',
          '// as rule 5.2d says',
          '// docs/SPEC.md 5.2a–e',
          '// docs/ARCHITECTURE.md "Queues"',
          '// see shared/docs/SPEC.md',
          '// docs/RULES.md',
        ].join('\n'),
      ),
    ).toEqual([
      'line 1: docs/SPEC.md has no rule 2.3c',
      'line 2: docs/SPEC.md has no section or rule §10',
      'line 3: docs/SPEC.md has no rule 5.2d',
      'line 4: docs/SPEC.md has no rule 5.2e',
      'line 5: docs/ARCHITECTURE.md has no heading or item "Queues"',
      'line 6: cites a document outside the repository (the team folder ../shared)',
      'line 7: docs/RULES.md does not exist',
    ]);
  });
});
