#!/usr/bin/env node
// Generates the Prisma clients of the services (all six, or those named on the command line):
// `node tools/prisma-generate.mjs [intake review …]`. Run from the root `postinstall`, so `npm ci`
// leaves every `apps/<svc>/src/infra/prisma/generated/` in place.
//
// `prisma generate` never runs the schema engine, but the CLI first tries to download it from a
// server these machines cannot reach; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file
// (here: this node binary) skips that (docs/TOOLCHAIN.md).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALL = ['intake', 'review', 'publicity', 'subsidy', 'evaluation', 'notifications'];
const requested = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const verbose = process.argv.includes('--verbose');
const unknown = requested.filter((s) => !ALL.includes(s));
if (unknown.length > 0) {
  console.error(`prisma-generate: unknown service(s): ${unknown.join(', ')} (known: ${ALL.join(', ')})`);
  process.exit(2);
}
const services = requested.length > 0 ? requested : ALL;
const prismaCli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');

function generate(service) {
  const cwd = path.join(root, 'apps', service);
  if (!existsSync(path.join(cwd, 'prisma.config.ts'))) {
    return Promise.resolve({ service, code: 1, output: `no apps/${service}/prisma.config.ts` });
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [prismaCli, 'generate'], {
      cwd,
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
        // prisma.config.ts reads DATABASE_URL; generate never connects, so a placeholder will do.
        DATABASE_URL: process.env.DATABASE_URL || `postgresql://postgres@127.0.0.1:5432/lz_${service}`,
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        CHECKPOINT_DISABLE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ service, code: code ?? 1, output }));
  });
}

const started = Date.now();
const results = await Promise.all(services.map(generate));
let failed = 0;
for (const r of results) {
  if (r.code !== 0) {
    failed += 1;
    console.error(`prisma-generate: ${r.service} FAILED\n${r.output}`);
  } else if (verbose) {
    console.log(`--- ${r.service}\n${r.output}`);
  }
}
if (failed > 0) process.exit(1);
console.log(`prisma-generate: ${services.length} client(s) generated in ${Date.now() - started} ms`);
