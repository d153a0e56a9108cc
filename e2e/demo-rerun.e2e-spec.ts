import { spawn } from 'node:child_process';
import path from 'node:path';
import { allPages, ok } from '@lz/api-client';
import { makeUscc } from '@lz/testing';
import { EXPERTS } from '../tools/demo/cast';
import { E2eStack, SERVICE_NAMES } from './harness';

const ROOT = path.resolve(__dirname, '..');

interface DemoRun {
  code: number | null;
  output: string;
}

/** Fails with the end of what the demo printed, which says where the story stopped. */
function expectSucceeded(which: string, run: DemoRun): void {
  if (run.code !== 0)
    throw new Error(`${which} of npm run demo exited ${run.code}:\n${run.output.slice(-4000)}`);
}

/**
 * `npm run demo` on a system that already holds data (issue 16): the real script, twice, against one
 * running stack whose expert pool also holds experts the demo did not register. Checked: with the
 * story scoring as its own cast only (the demo before this test), the first run stopped with
 * `POST /api/v1/city-reviews/…/scores → 404` at the first panel that drew an outside expert.
 */
describe('npm run demo on a used system', () => {
  let stack: E2eStack;
  const outsiders: Array<{ id: string; org: string }> = [];

  function runDemo(): Promise<DemoRun> {
    const ports = Object.fromEntries(
      SERVICE_NAMES.map((n) => [`${n.toUpperCase()}_PORT`, new URL(stack.baseUrl(n)).port]),
    );
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['tools/demo.mjs'], {
        cwd: ROOT,
        env: { ...process.env, ...ports, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('exit', (code) => resolve({ code, output }));
    });
  }

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_demo' });
    // Outside experts in every field of the demo, more of them than of the demo's own: a panel of 3
    // drawn from the pool all but surely takes some of them.
    const officer = stack.api('review', await stack.token({ role: 'officer', sub: 'officer-outside-pool' }));
    const fields = [...new Set(EXPERTS.flatMap((e) => e.fields))];
    for (const [i, field] of fields.flatMap((f) => [0, 1, 2, 3, 4, 5].map((n) => [n, f] as const))) {
      const org = makeUscc({ seed: `outside-expert-${field}-${i}`, orgType: '12', division: '510000' });
      const e = await ok(
        officer.POST('/api/v1/experts', {
          body: { name: `外聘专家${field}${i}`, orgUscc: org, fields: [field] },
        }),
      );
      outsiders.push({ id: e.id, org });
    }
  }, 420_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('tells the year twice on one system, scoring as whichever expert each panel drew', async () => {
    const first = await runDemo();
    expectSucceeded('the first run', first);
    const second = await runDemo();
    expectSucceeded('the second run', second);
    expect(second.output).toContain('沿用已开放的'); // the second run reuses the first run's open call
    // The first run's applicants are the development directory's enterprise logins; the second run
    // finds them in the call already and takes codes of its own (docs/SPEC.md C.1).
    expect(first.output).toContain('申报单位为开发目录中的企业账号');
    expect(second.output).toContain('开发目录中的企业已在本批次申报');

    // The panels drew outside experts, and each scored as itself: its own assignments, scored.
    const scoredOutsiders = new Set<string>();
    for (const o of outsiders) {
      const expert = stack.api('review', await stack.token({ role: 'expert', sub: o.id, org: o.org }));
      const mine = await allPages((query) => expert.GET('/api/v1/city-reviews', { params: { query } }));
      for (const { applicationId } of mine) {
        const view = await ok(
          expert.GET('/api/v1/city-reviews/{applicationId}', { params: { path: { applicationId } } }),
        );
        if (view.panel.some((p) => p.expertId === o.id && p.scored)) scoredOutsiders.add(o.id);
      }
    }
    expect(first.output + second.output).toContain('外聘专家');
    expect(scoredOutsiders.size).toBeGreaterThan(0);
  }, 900_000);
});
