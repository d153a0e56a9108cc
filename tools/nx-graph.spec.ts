import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCycles, type ProjectGraphJson } from './nx-graph';

const root = join(__dirname, '..');

/** `nx graph --file` as `npm run graph` writes it (source analysis on: nx.json pluginsConfig @nx/js). */
function projectGraph(): ProjectGraphJson {
  const dir = mkdtempSync(join(tmpdir(), 'lz-nx-graph-'));
  try {
    const file = join(dir, 'graph.json');
    execFileSync(process.execPath, [require.resolve('nx/bin/nx'), 'graph', `--file=${file}`], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
      stdio: 'pipe',
    });
    return JSON.parse(readFileSync(file, 'utf8')) as ProjectGraphJson;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the Nx project graph', () => {
  let graph: ProjectGraphJson;
  const targets = (p: string) => new Set(graph.graph.dependencies[p]?.map((d) => d.target) ?? []);

  beforeAll(() => {
    graph = projectGraph();
  }, 120_000);

  it('sees the imports between projects (source analysis is on)', () => {
    for (const app of ['intake', 'review', 'publicity', 'subsidy', 'evaluation']) {
      expect([...targets(app)]).toEqual(expect.arrayContaining(['platform', 'policy']));
    }
    expect([...targets('platform')]).toEqual(expect.arrayContaining(['messaging', 'persistence', 'http']));
  });

  it('keeps libs/policy free of our other projects and apps free of each other', () => {
    const projects = Object.keys(graph.graph.nodes);
    expect([...targets('policy')].filter((t) => projects.includes(t))).toEqual([]);
    const apps = projects.filter((p) => graph.graph.nodes[p].type === 'app');
    for (const app of apps) expect([...targets(app)].filter((t) => apps.includes(t))).toEqual([]);
  });

  it('has no cycle between projects', () => {
    expect(findCycles(graph)).toEqual([]);
  });
});

describe(findCycles.name, () => {
  it('finds a cycle of two and of three, and none in a tree', () => {
    const g = (deps: Record<string, string[]>): ProjectGraphJson => ({
      graph: {
        nodes: Object.fromEntries(Object.keys(deps).map((p) => [p, { type: 'lib' }])),
        dependencies: Object.fromEntries(
          Object.entries(deps).map(([p, ts]) => [p, ts.map((target) => ({ source: p, target }))]),
        ),
      },
    });
    expect(findCycles(g({ a: ['b'], b: ['a'] }))).toEqual([['a', 'b', 'a']]);
    expect(findCycles(g({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c', 'a']]);
    expect(findCycles(g({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });
});
