#!/usr/bin/env node
// `npm start`: creates the five databases, applies their migrations, starts the five services
// (node -r ./tools/register.cjs apps/<svc>/src/main.ts) with prefixed, coloured logs, waits for each
// /health/live, prints the URLs, and stops everything on Ctrl-C (SIGTERM, then SIGKILL after a
// grace period). If a service dies, all are stopped and the exit code is non-zero.
// Env: <SVC>_DATABASE_URL, <SVC>_PORT, LZ_START_TIMEOUT_MS (health wait, default 60000),
// LZ_STOP_GRACE_MS (default 10000), NO_COLOR.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { databaseUrlOf, migrate, pickServices } from './db.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORTS = { intake: 3001, review: 3002, publicity: 3003, subsidy: 3004, evaluation: 3005 };
const COLORS = [36, 33, 35, 32, 34];
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
const startTimeout = Number(process.env.LZ_START_TIMEOUT_MS ?? 60_000);
const grace = Number(process.env.LZ_STOP_GRACE_MS ?? 10_000);

const services = pickServices(process.argv.slice(2));
const children = new Map();
/** The one stop in progress, if any. */
let stopping = null;

function say(line) {
  console.log(`${paint(1, 'start')}  ${line}`);
}

function prefixLines(stream, prefix, out) {
  readline
    .createInterface({ input: stream, crlfDelay: Infinity })
    .on('line', (line) => out.write(`${prefix} ${line}\n`));
}

function launch(service, index) {
  const port = Number(process.env[`${service.toUpperCase()}_PORT`] ?? PORTS[service]);
  const child = spawn(process.execPath, ['-r', './tools/register.cjs', `apps/${service}/src/main.ts`], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrlOf(service), SERVICE_NAME: service },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = paint(COLORS[index % COLORS.length], service.padEnd(10) + '|');
  prefixLines(child.stdout, prefix, process.stdout);
  prefixLines(child.stderr, prefix, process.stderr);
  children.set(service, { child, port, exited: false });
  child.on('exit', (code, signal) => {
    children.get(service).exited = true;
    if (!stopping) {
      say(paint(31, `${service} died (${signal ?? `exit code ${code}`}); stopping all services`));
      void stopAll(1);
    }
  });
  return { service, port };
}

async function waitLive({ service, port }) {
  const deadline = Date.now() + startTimeout;
  while (Date.now() < deadline) {
    if (stopping || children.get(service)?.exited) throw new Error(`${service} exited before it was live`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/live`, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${service} did not answer /health/live on port ${port} within ${startTimeout} ms`);
}

/** Stops every child once; later callers wait for the same stop (and its exit code wins). */
function stopAll(exitCode) {
  stopping ??= stopChildren(exitCode);
  return stopping;
}

async function stopChildren(exitCode) {
  const running = [...children.values()].filter((c) => !c.exited);
  for (const c of running) c.child.kill('SIGTERM');
  const killer = setTimeout(() => {
    for (const c of running) if (!c.exited) c.child.kill('SIGKILL');
  }, grace);
  await Promise.all(running.map((c) => (c.exited ? null : new Promise((r) => c.child.once('exit', r)))));
  clearTimeout(killer);
  say(`all services stopped`);
  process.exit(exitCode);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  say(`preparing databases for ${services.join(', ')}`);
  await migrate(services, { log: (line) => say(line) });
  const started = services.map(launch);
  await Promise.all(started.map(waitLive));
  const rows = started.map(({ service, port }) => [
    service,
    `http://127.0.0.1:${port}/api/v1`,
    `http://127.0.0.1:${port}/docs`,
    `http://127.0.0.1:${port}/health/ready`,
  ]);
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...[['service', 'API', 'docs', 'ready'], ...rows].map((r) => r[i].length)),
  );
  const fmt = (r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  say(paint(32, `all ${services.length} services are live (Ctrl-C stops them)`));
  console.log(
    [
      '',
      fmt(['service', 'API', 'docs', 'ready']),
      fmt(widths.map((w) => '-'.repeat(w))),
      ...rows.map(fmt),
      '',
    ].join('\n'),
  );
} catch (err) {
  say(paint(31, `failed: ${err.message}`));
  if (children.size > 0) await stopAll(1);
  process.exit(1);
}
