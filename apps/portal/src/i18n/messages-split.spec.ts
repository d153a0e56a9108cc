import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { en } from './messages.en';
import { workspaceZhCN } from './messages.workspace.zh-CN';
import { zhCN } from './messages.zh-CN';
import { translator } from './translate';

/**
 * The public pages carry only `messages.zh-CN.ts`; the signed-in pages' strings load with them
 * (app/routes.ts `signedIn`). A key a public page or the shell uses but that lives in the workspace
 * file would show as the bare key to a visitor — this test reads the sources the way the bundler
 * does (static imports from the entry and from each page app/routes.ts loads without `signedIn`)
 * and names every such key.
 */
const SRC = join(__dirname, '..');

function resolve(from: string, spec: string): string | undefined {
  const base = normalize(join(dirname(from), spec));
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ext) => base + ext)
    .find((p) => existsSync(p) && /\.tsx?$/.test(p));
}

/** Files reachable by static, non-type imports (dynamic `import()`s are other chunks). */
function staticClosure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8').replace(/import\s+type\s[^;]*?from\s+'[^']+'\s*;/gs, '');
    for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\s(?:[^;]*?\sfrom\s)?'(\.[^']+)'/g)) {
      const target = resolve(file, m[1]);
      if (target && !/[\\/]i18n[\\/]messages\./.test(target)) stack.push(target);
    }
  }
  return seen;
}

function publicPages(): string[] {
  const routes = join(SRC, 'app', 'routes.ts');
  const source = readFileSync(routes, 'utf8');
  const pages = [...source.matchAll(/^\s+\w+: \(\) => import\('(\.[^']+)'\),$/gm)].map((m) =>
    resolve(routes, m[1]),
  );
  return pages.filter((p): p is string => p !== undefined);
}

function keysUsedBy(files: Iterable<string>, keys: string[]): Set<string> {
  const known = new Set(keys);
  const used = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/'([a-zA-Z][\w.]*)'/g)) if (known.has(m[1])) used.add(m[1]);
    // t(`status.${s}`): every key of the prefix
    for (const m of source.matchAll(/`([a-zA-Z][\w.]*\.)\$\{/g))
      keys.filter((k) => k.startsWith(m[1])).forEach((k) => used.add(k));
  }
  return used;
}

describe('the public pages’ strings (messages.zh-CN.ts) and the workspace’s', () => {
  const allKeys = [...Object.keys(zhCN), ...Object.keys(workspaceZhCN)];

  it('finds the public pages in app/routes.ts', () => {
    const names = publicPages().map((p) => p.slice(SRC.length + 1));
    expect(names).toEqual(
      expect.arrayContaining([
        'home/HomePage.tsx',
        'notices/NoticePage.tsx',
        'objections/ObjectionPage.tsx',
        'registry/RegistryPage.tsx',
      ]),
    );
    expect(names).not.toContain('workspace/WorkspacePage.tsx');
  });

  it('has every key a public page or the shell uses in the public file', () => {
    const closure = staticClosure([join(SRC, 'main.tsx'), join(SRC, 'app', 'boot.tsx'), ...publicPages()]);
    expect(closure.size).toBeGreaterThan(20);
    const missing = [...keysUsedBy(closure, allKeys)].filter((k) => !(k in zhCN));
    expect(missing).toEqual([]);
  });

  it('keeps each key in one file, and English has them all', () => {
    expect(Object.keys(zhCN).filter((k) => k in workspaceZhCN)).toEqual([]);
    expect(Object.keys(en).sort()).toEqual([...allKeys].sort());
  });

  it('translates a workspace key once its strings are registered, with translators made before', async () => {
    const t = translator('zh-CN');
    expect(t('wizard.title')).toBe('wizard.title');
    await import('./workspace');
    expect(t('wizard.title')).toBe(workspaceZhCN['wizard.title']);
    expect(t('site.name')).toBe(zhCN['site.name']);
  });
});
