#!/usr/bin/env node
// `npm test`: every tier of tests, in order (unit → integration → end-to-end), against the real local
// servers. Prints one closing line `N passed, N failed` that CI reads. A tier that finds no tests
// fails (no --passWithNoTests): a broken testMatch must not go green with zero tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tiers = [
  { name: 'unit', args: ['--selectProjects', 'unit'] },
  { name: 'integration', args: ['--selectProjects', 'integration', '--maxWorkers=2'] },
];
if (existsSync('jest.e2e.config.js'))
  tiers.push({ name: 'e2e', args: ['-c', 'jest.e2e.config.js', '--runInBand'] });

const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'lz-tests-'));
let passed = 0;
let failed = 0;
let ok = true;

for (const tier of tiers) {
  const out = join(dir, `${tier.name}.json`);
  console.log(`\n==> ${tier.name} tests`);
  const res = spawnSync(
    process.execPath,
    ['node_modules/jest/bin/jest.js', ...tier.args, '--json', `--outputFile=${out}`, ...extra],
    { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } },
  );
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
    if (r.numTotalTests === 0) {
      console.error(`${tier.name}: no tests found — check its testMatch`);
      failed += 1;
    }
  } else {
    failed += 1;
  }
  if (res.status !== 0) ok = false;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
