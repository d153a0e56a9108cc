import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS, AUDIT_ACTION_STYLE, type AuditingService } from './audit-action';

const root = join(__dirname, '..', '..', '..');
const services = Object.keys(AUDIT_ACTIONS) as AuditingService[];
const everyName = new Set<string>(Object.values(AUDIT_ACTIONS).flat());

/** The service's own source (tests included), without Prisma's generated client. */
function sourceOf(service: AuditingService): Array<{ file: string; text: string }> {
  return execFileSync('git', ['ls-files', '-co', '--exclude-standard', `apps/${service}/src`], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => /\.tsx?$/.test(f) && !f.includes('/generated/'))
    .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
}

/**
 * Every audit action name the text writes or reads as one: the quoted names in what follows `action:`
 * on its line (an entry, a choice between two, a filter, a parameter typed as a union of names). Other quoted strings that happen to look
 * alike — the notifications service's message kinds, event names — are not audit actions.
 */
function actionNamesIn(text: string): string[] {
  return [...text.matchAll(/\baction:([^,;\n]*)/g)]
    .flatMap((m) => [...m[1].matchAll(/'([a-z-]+\.[a-z-]+)'/g)].map((n) => n[1]))
    .filter((s) => everyName.has(s));
}

// The types already refuse a name outside the union (AuditEntry.action: AuditAction); this checks what the
// types cannot: that each service writes only its own names, and that the list holds no dead ones.
// Checked that it fails: `'consortium.delisted'` → `'registry.delisted'` in AUDIT_ACTIONS.review fails both
// review cases (review writes a name not on its list; its list has a name review never writes).
describe('audit action names', () => {
  it.each(services)('%s writes (and its tests read) only its own audit action names', (service) => {
    const own = new Set<string>(AUDIT_ACTIONS[service]);
    const foreign = sourceOf(service).flatMap(({ file, text }) =>
      actionNamesIn(text)
        .filter((name) => !own.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(foreign).toEqual([]);
  });

  it.each(services)('%s lists no name it never writes', (service) => {
    const used = new Set(sourceOf(service).flatMap(({ text }) => actionNamesIn(text)));
    expect(AUDIT_ACTIONS[service].filter((name) => !used.has(name))).toEqual([]);
  });

  it('names every action `<object>.<past participle>` in kebab-case', () => {
    const offStyle = [...everyName].filter(
      (name) => !AUDIT_ACTION_STYLE.test(name) || !/(ed|drawn|set)$/.test(name.split('.')[1].split('-')[0]),
    );
    expect(offStyle).toEqual([]);
    expect(AUDIT_ACTION_STYLE.test('application.status_changed')).toBe(false);
    expect(AUDIT_ACTION_STYLE.test('evaluation.grade.recorded')).toBe(false);
  });
});
