#!/usr/bin/env node
// Benchmark: the last hour of an annual call. N applicants (BENCH_N, default 500) submit complete
// applications concurrently against the running intake service; then, in the same run on the same
// machine, a raw baseline (bare node:http + one pg INSERT per request) takes the same N requests at the
// same concurrency. `node bench/intake-burst/run.mjs` (package.json: "bench:intake").
//
// The service runs as its own process (`node -r ./tools/register.cjs apps/intake/src/main.ts`) on a
// throwaway database, RabbitMQ vhost, Redis prefix and blob directory, unless BENCH_INTAKE_URL points at
// one already running (then BENCH_AUTH_SECRET etc. must match its dev issuer). Setup — a call and N
// drafts with their formation agreement and integrity commitment attached — is not timed. Timed: the
// N submits (each with its own Idempotency-Key), fired at once with BENCH_CONCURRENCY (default N) in
// flight. Prints submissions/s, p50/p99 latency for both and the ratio.
// BENCH_CPU_PROF=<dir>: a CPU profile and the SQL statement counts of the service during the timed
// part only (bench/lib/profile-window.cjs), written there as intake-<pid>.cpuprofile / .queries.json
// and summarised at the end.
// BENCH_INTAKE_ENV=K=V,K=V passes settings to the service (e.g. LOG_LEVEL=info).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProcessStats, processStats } from '../lib/process-stats.mjs';
import { freePort, runBench, runCleanups, waitReady } from '../lib/service-process.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
process.chdir(root);
require(path.join(root, 'tools', 'register.cjs'));

const { issueDevToken } = require('@lz/auth');
const { applyMigrations, serviceMigrationsDir } = require('@lz/persistence');
const {
  createTestDatabase,
  createTestVhost,
  makeApplicationDocument,
  makeUscc,
  testRedisPrefix,
} = require('@lz/testing');
const amqp = require('amqplib');
const pg = require('pg');

/**
 * CPU time (ms) of the Postgres backends serving `dbName`, per application_name: the database's
 * share of a run (the backends are local processes; pooled connections live through the run).
 */
async function backendCpu(url, dbName) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(
      'SELECT pid, application_name AS app FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [dbName],
    );
    const out = new Map();
    for (const r of rows) out.set(r.pid, { app: r.app || '?', cpuMs: processStats(r.pid)?.cpuMs ?? 0 });
    return out;
  } finally {
    await c.end();
  }
}

/** `app: ms` of the backends' CPU between two {@link backendCpu} readings (new backends count whole). */
function formatBackendCpu(before, after) {
  const per = new Map();
  for (const [pid, { app, cpuMs }] of after) {
    per.set(app, (per.get(app) ?? 0) + cpuMs - (before.get(pid)?.cpuMs ?? 0));
  }
  const total = [...per.values()].reduce((a, b) => a + b, 0);
  return `${total.toFixed(0)} ms (${[...per].map(([a, ms]) => `${a} ${ms.toFixed(0)}`).join(', ')})`;
}

const N = Number(process.env.BENCH_N ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? N);
const SETUP_CONCURRENCY = Number(process.env.BENCH_SETUP_CONCURRENCY ?? 32);
const EXTERNAL_URL = process.env.BENCH_INTAKE_URL;
const CPU_PROF = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : undefined;
const EXTRA_ENV = Object.fromEntries(
  (process.env.BENCH_INTAKE_ENV ?? '')
    .split(',')
    .filter(Boolean)
    .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
);

const log = (msg) => process.stdout.write(`${msg}\n`);

function startChild(args, env, name, ipc = false) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc'] : [])],
  });
  let errTail = '';
  child.stderr.on('data', (c) => (errTail = (errTail + c).slice(-4000)));
  if (process.env.BENCH_CHILD_STDERR) child.stderr.pipe(process.stderr);
  child.stdout.on('data', () => undefined);
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM')
      process.stderr.write(`${name} exited ${code ?? signal}\n${errTail}\n`);
  });
  return child;
}

/** Runs `fn(i)` for i < n with at most `limit` in flight. */
async function pool(n, limit, fn) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, n) }, async () => {
    while (next < n) {
      const i = next++;
      await fn(i);
    }
  });
  await Promise.all(workers);
}

async function json(res) {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function pdf(seed) {
  return Buffer.from(
    `%PDF-1.4\n% ${seed}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

const quantile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

/** Fires n requests (`send(i)` → Response) with `limit` in flight; returns throughput and latencies. */
async function burst(n, limit, send) {
  const latencies = new Array(n);
  const statuses = new Map();
  let firstFailure = null;
  const t0 = performance.now();
  await pool(n, limit, async (i) => {
    const start = performance.now();
    const res = await send(i);
    const body = await res.text();
    latencies[i] = performance.now() - start;
    if (!statuses.has(res.status) && res.status !== 200)
      firstFailure ??= `${res.status} ${body.slice(0, 500)}`;
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  });
  const wallMs = performance.now() - t0;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    perSecond: (n / wallMs) * 1000,
    wallMs,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    statuses,
    firstFailure,
  };
}

const fmt = (r) =>
  `${r.perSecond.toFixed(1)} submissions/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (wall ${(r.wallMs / 1000).toFixed(2)} s, statuses ${JSON.stringify(Object.fromEntries(r.statuses))})`;

async function main() {
  const cleanups = [];
  try {
    // ---- the service -------------------------------------------------------------------------
    const db = await createTestDatabase('intake_bench');
    cleanups.push(() => db.drop());
    let base = EXTERNAL_URL;
    let eventsSeen = null;
    let intakePid = null;
    let intakeChild = null;
    if (!base) {
      await applyMigrations({
        databaseUrl: db.url,
        migrationsDir: serviceMigrationsDir('intake'),
        log: () => undefined,
      });
      const vhost = await createTestVhost('intake_bench');
      cleanups.push(() => vhost.drop());
      // A queue that takes the submitted events, as review's would (and lets us count them).
      const conn = await amqp.connect(vhost.url);
      cleanups.push(() => conn.close().catch(() => undefined));
      const ch = await conn.createChannel();
      await ch.assertExchange('lz.events', 'topic', { durable: true });
      await ch.assertQueue('bench.submitted', { durable: false, autoDelete: false });
      await ch.bindQueue('bench.submitted', 'lz.events', 'intake.application.submitted.v1');
      eventsSeen = { n: 0 };
      await ch.consume('bench.submitted', () => eventsSeen.n++, { noAck: true });
      const blobDir = await mkdtemp(path.join(os.tmpdir(), 'lz-intake-bench-'));
      cleanups.push(() => rm(blobDir, { recursive: true, force: true }));
      const port = await freePort();
      const args = ['-r', './tools/register.cjs'];
      if (CPU_PROF) args.push('-r', './bench/lib/profile-window.cjs');
      args.push('apps/intake/src/main.ts');
      const child = startChild(
        args,
        {
          NODE_ENV: 'development',
          LOG_LEVEL: 'warn',
          INTAKE_DATABASE_URL: db.url,
          AMQP_URL: vhost.url,
          REDIS_PREFIX: testRedisPrefix('intake_bench'),
          INTAKE_PORT: String(port),
          HOST: '127.0.0.1',
          INTAKE_BLOB_DIR: blobDir,
          OUTBOX_POLL_MS: '100',
          ...(CPU_PROF ? { LZ_PROF_DIR: CPU_PROF, LZ_PROF_NAME: 'intake' } : {}),
          ...EXTRA_ENV,
        },
        'intake',
        Boolean(CPU_PROF),
      );
      cleanups.push(
        () =>
          new Promise((r) =>
            child.exitCode !== null ? r() : (child.once('exit', r), child.kill('SIGTERM')),
          ),
      );
      base = `http://127.0.0.1:${port}`;
      await waitReady(`${base}/health/ready`);
      intakePid = child.pid;
      intakeChild = child;
    }
    const api = `${base}/api/v1`;

    // ---- setup (not timed): a call and N complete drafts --------------------------------------
    const officer = await issueDevToken({ role: 'officer', sub: 'bench-officer' });
    const now = Date.now();
    const call = await json(
      await fetch(`${api}/calls`, {
        method: 'POST',
        headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          year: 2026,
          title: '2026年度泸州市创新联合体申报(压测)',
          opensAt: new Date(now - 3_600_000).toISOString(),
          closesAt: new Date(now + 3_600_000).toISOString(),
          policyVersion: 'lz-2024-draft',
          justification: 'benchmark call',
        }),
      }),
    );
    if (!call.id) throw new Error(`call: ${JSON.stringify(call)}`);
    const drafts = new Array(N);
    const tSetup = performance.now();
    await pool(N, SETUP_CONCURRENCY, async (i) => {
      const uscc = makeUscc({ seed: `bench-lead-${i}-${now}`, orgType: '91', division: '510502' });
      const token = await issueDevToken({ role: 'applicant', uscc, sub: `bench-applicant-${i}` });
      const auth = { authorization: `Bearer ${token}` };
      const doc = makeApplicationDocument({ callId: call.id }, { seed: `bench-${i}`, leadUscc: uscc });
      const created = await json(
        await fetch(`${api}/applications`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify(doc),
        }),
      );
      if (!created.id) throw new Error(`create ${i}: ${JSON.stringify(created)}`);
      const ids = {};
      for (const category of ['AGREEMENT', 'COMMITMENT']) {
        const form = new FormData();
        form.append('category', category);
        form.append('file', new Blob([pdf(`${created.id}:${category}`)]), `${category}.pdf`);
        const att = await json(
          await fetch(`${api}/applications/${created.id}/attachments`, {
            method: 'POST',
            headers: auth,
            body: form,
          }),
        );
        if (!att.id) throw new Error(`attach ${i}: ${JSON.stringify(att)}`);
        ids[category] = att.id;
      }
      doc.commitment.attachmentId = ids.COMMITMENT;
      const put = await fetch(`${api}/applications/${created.id}`, {
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(doc),
      });
      if (put.status !== 200) throw new Error(`replace ${i}: ${put.status} ${await put.text()}`);
      await put.arrayBuffer().catch(() => undefined);
      drafts[i] = { id: created.id, token, doc };
    });
    log(
      `setup: call + ${N} drafts with 2 attachments each in ${((performance.now() - tSetup) / 1000).toFixed(1)} s (not timed)`,
    );

    // ---- timed: N concurrent submits -----------------------------------------------------------
    const profiling = CPU_PROF && intakePid;
    if (profiling) {
      await mkdir(CPU_PROF, { recursive: true });
      intakeChild.send('profile-window');
      await new Promise((r) => setTimeout(r, 200)); // the profiler starts
    }
    const intakeBefore = intakePid ? processStats(intakePid) : null;
    const dbBefore = await backendCpu(db.url, db.name);
    const intake = await burst(N, CONCURRENCY, (i) =>
      fetch(`${api}/applications/${drafts[i].id}/submit`, {
        method: 'POST',
        headers: { authorization: `Bearer ${drafts[i].token}`, 'idempotency-key': `bench-${drafts[i].id}` },
      }),
    );
    if (eventsSeen) {
      const until = Date.now() + 30_000;
      while (eventsSeen.n < N && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    }
    const intakeAfter = intakePid ? processStats(intakePid) : null;
    const dbAfter = await backendCpu(db.url, db.name);
    const profileBase = profiling ? path.join(CPU_PROF, `intake-${intakePid}`) : null;
    if (profiling) {
      await rm(`${profileBase}.queries.json`, { force: true });
      intakeChild.send('profile-window');
      const until = Date.now() + 30_000;
      while (!existsSync(`${profileBase}.queries.json`) && Date.now() < until)
        await new Promise((r) => setTimeout(r, 100));
    }

    // ---- baseline: bare node:http + one pg INSERT per request ----------------------------------
    const bport = await freePort();
    const baselineChild = startChild(
      ['bench/intake-burst/baseline-server.mjs'],
      { BASELINE_DATABASE_URL: db.url, BASELINE_PORT: String(bport) },
      'baseline',
    );
    cleanups.splice(
      1,
      0,
      () =>
        new Promise((r) =>
          baselineChild.exitCode !== null
            ? r()
            : (baselineChild.once('exit', r), baselineChild.kill('SIGTERM')),
        ),
    );
    const bbase = `http://127.0.0.1:${bport}`;
    await waitReady(bbase, 20_000).catch(async () => waitReady(bbase, 20_000));
    const bodies = drafts.map((d) => JSON.stringify(d.doc));
    const baselineDbBefore = await backendCpu(db.url, db.name);
    const baseline = await burst(N, CONCURRENCY, (i) =>
      fetch(`${bbase}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bodies[i],
      }),
    );

    const baselineAfter = processStats(baselineChild.pid);
    const baselineDbAfter = await backendCpu(db.url, db.name);
    log('');
    log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
    );
    log(`N = ${N} applicants, ${CONCURRENCY} in flight`);
    log(
      `intake submit : ${fmt(intake)}${eventsSeen ? `, ${eventsSeen.n}/${N} submitted events on the broker` : ''}`,
    );
    if (intake.firstFailure) log(`  first failed submit: ${intake.firstFailure}`);
    log(`raw baseline  : ${fmt(baseline)}`);
    log(
      `ratio intake/baseline: throughput ${(intake.perSecond / baseline.perSecond).toFixed(3)} ` +
        `(baseline ${(baseline.perSecond / intake.perSecond).toFixed(1)}× faster), p50 latency ${(intake.p50 / baseline.p50).toFixed(1)}×, p99 latency ${(intake.p99 / baseline.p99).toFixed(1)}×`,
    );
    if (intakePid) log(formatProcessStats('intake service', intakeAfter, intakeBefore));
    log(formatProcessStats('baseline server', baselineAfter));
    log(`Postgres backends' CPU, intake timed part: ${formatBackendCpu(dbBefore, dbAfter)}`);
    log(`Postgres backends' CPU, baseline: ${formatBackendCpu(baselineDbBefore, baselineDbAfter)}`);
    log(
      `load average: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    if (profileBase) {
      log(`\nCPU profile of the timed part: ${profileBase}.cpuprofile`);
      execFileSync(process.execPath, ['bench/lib/cpu-profile-summary.mjs', `${profileBase}.cpuprofile`], {
        stdio: 'inherit',
      });
      const queries = JSON.parse(readFileSync(`${profileBase}.queries.json`, 'utf8'));
      const total = queries.reduce((s, q) => s + q.n, 0);
      log(`\nSQL statements in the timed part: ${total} (${(total / N).toFixed(1)} per submit)`);
      for (const q of queries.slice(0, 40)) log(`  ${String(q.n).padStart(6)}  ${q.statement}`);
    }
    if ((intake.statuses.get(200) ?? 0) !== N) process.exitCode = 1;
  } finally {
    await runCleanups(cleanups);
  }
}

runBench(main);
