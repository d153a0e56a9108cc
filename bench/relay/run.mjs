#!/usr/bin/env node
// Benchmark: a backlog of outbox events relayed with publisher confirms. `node bench/relay/run.mjs`
// (package.json: "bench:relay"). Needs the local Postgres, Redis and RabbitMQ.
//
// The relay is the real one (libs/messaging OutboxRelay, wired by the platform with its own pool),
// inside the intake service started as its own process on a throwaway database, vhost and Redis
// prefix. BENCH_EVENTS (default 20,000) contract-valid envelopes are inserted into its outbox in one
// transaction; timed from that commit until every event was received by a queue bound to its type and
// every row is marked sent. The raw side, in the same run on the same broker in a vhost of its own:
// plain amqplib publishing the same envelopes on a confirm channel, pipelined with one confirm wait
// (raw-publisher.mjs, own process), before and after the relay; the ratio is taken against the faster
// of the two. Prints events/s of each, the ratio, and the peak RSS and CPU time of every process.
//
// Env: BENCH_EVENTS (20000), BENCH_CPU_PROF (a directory: the service runs with --cpu-prof there),
// BENCH_RELAY_ENV (extra service env, `K=V,K=V`, e.g. OUTBOX_BATCH_SIZE=100 to compare settings).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProcessStats, processStats } from '../lib/process-stats.mjs';
import { freePort, runBench, runCleanups, waitReady } from '../lib/service-process.mjs';
import { BENCH_EVENT_TYPE, benchEnvelopes } from './envelopes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
process.chdir(root);
require(path.join(root, 'tools', 'register.cjs'));

const { applyMigrations, serviceMigrationsDir } = require('@lz/persistence');
const { createTestDatabase, createTestVhost, testRedisPrefix } = require('@lz/testing');
const amqp = require('amqplib');
const { Pool } = require('pg');

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const CPU_PROF = process.env.BENCH_CPU_PROF;
const EXTRA_ENV = Object.fromEntries(
  (process.env.BENCH_RELAY_ENV ?? '')
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('=')),
);
const QUEUE = 'bench.relayed';

const log = (msg) => process.stdout.write(`${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A quorum queue bound to the bench's event type (the services' queues are quorum queues), drained
 * by a consumer that counts every delivery and every distinct message id.
 */
async function countingQueue(url) {
  const conn = await amqp.connect(url, { noDelay: true });
  const ch = await conn.createChannel();
  await ch.assertExchange('lz.events', 'topic', { durable: true });
  await ch.assertQueue(QUEUE, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  await ch.bindQueue(QUEUE, 'lz.events', BENCH_EVENT_TYPE);
  const counter = {
    deliveries: 0,
    ids: new Set(),
    reset() {
      this.deliveries = 0;
      this.ids = new Set();
    },
  };
  await ch.prefetch(1000);
  await ch.consume(
    QUEUE,
    (msg) => {
      counter.deliveries++;
      counter.ids.add(msg.properties.messageId);
      ch.ack(msg);
    },
    { noAck: false },
  );
  return { counter, close: () => conn.close().catch(() => undefined) };
}

async function waitFor(predicate, timeoutMs, what) {
  const until = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

function runRaw(url, tag, counter) {
  counter.reset();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bench/relay/raw-publisher.mjs', url, String(EVENTS), tag], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('exit', async (code) => {
      if (code !== 0) return reject(new Error(`raw publisher exited ${code}`));
      const result = JSON.parse(out.trim().split('\n').pop());
      try {
        await waitFor(() => counter.ids.size >= EVENTS, 30_000, 'the raw events');
        await sleep(200); // a late duplicate would show here
        resolve({
          ...result,
          perSecond: (EVENTS / result.ms) * 1000,
          deliveries: counter.deliveries,
          distinct: counter.ids.size,
        });
      } catch (err) {
        reject(err);
      }
    });
  });
}

let serviceLog = () => '';

async function main() {
  const cleanups = [];
  try {
    const db = await createTestDatabase('relay_bench');
    cleanups.push(() => db.drop());
    await applyMigrations({
      databaseUrl: db.url,
      migrationsDir: serviceMigrationsDir('intake'),
      log: () => undefined,
    });
    const relayVhost = await createTestVhost('relay_bench');
    cleanups.push(() => relayVhost.drop());
    const rawVhost = await createTestVhost('relay_bench_raw');
    cleanups.push(() => rawVhost.drop());
    const relayQueue = await countingQueue(relayVhost.url);
    cleanups.push(relayQueue.close);
    const rawQueue = await countingQueue(rawVhost.url);
    cleanups.push(rawQueue.close);

    // ---- the service whose relay is measured ------------------------------------------------
    const blobDir = await mkdtemp(path.join(os.tmpdir(), 'lz-relay-bench-'));
    cleanups.push(() => rm(blobDir, { recursive: true, force: true }));
    const port = await freePort();
    const args = ['-r', './tools/register.cjs'];
    if (CPU_PROF) args.push('--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`);
    args.push('apps/intake/src/main.ts');
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        INTAKE_DATABASE_URL: db.url,
        AMQP_URL: relayVhost.url,
        REDIS_PREFIX: testRedisPrefix('relay_bench'),
        INTAKE_PORT: String(port),
        HOST: '127.0.0.1',
        INTAKE_BLOB_DIR: blobDir,
        ...EXTRA_ENV,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errTail = '';
    child.stderr.on('data', (c) => (errTail = (errTail + c).slice(-4000)));
    child.stdout.on('data', (c) => (errTail = (errTail + c).slice(-4000)));
    serviceLog = () => errTail;
    cleanups.push(
      () =>
        new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill('SIGTERM')))),
    );
    child.on('exit', (code) => code && process.stderr.write(`intake exited ${code}\n${errTail}\n`));
    await waitReady(`http://127.0.0.1:${port}/health/ready`, 90_000);

    // ---- raw, before --------------------------------------------------------------------------
    const rawBefore = await runRaw(rawVhost.url, 'raw-before', rawQueue.counter);

    // ---- the relay: the backlog appears in one commit ------------------------------------------
    const envelopes = benchEnvelopes(EVENTS, 'relay');
    const pool = new Pool({ connectionString: db.url, max: 2 });
    cleanups.push(() => pool.end());
    const client = await pool.connect();
    await client.query('BEGIN');
    for (let i = 0; i < envelopes.length; i += 2_000) {
      const chunk = envelopes.slice(i, i + 2_000);
      await client.query(
        'INSERT INTO outbox_event (id, type, envelope) SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[])',
        [chunk.map((e) => e.id), chunk.map((e) => e.type), chunk.map((e) => JSON.stringify(e))],
      );
    }
    const serviceBefore = processStats(child.pid);
    relayQueue.counter.reset();
    await client.query('COMMIT');
    client.release();
    const t0 = performance.now();
    await waitFor(() => relayQueue.counter.ids.size >= EVENTS, 300_000, 'the relayed events');
    const receivedMs = performance.now() - t0;
    await waitFor(
      async () =>
        (await pool.query('SELECT count(*)::int AS n FROM outbox_event WHERE sent_at IS NULL')).rows[0].n ===
        0,
      60_000,
      'every row marked sent',
    );
    const relayMs = performance.now() - t0;
    const serviceAfter = processStats(child.pid);
    await sleep(200);
    const relay = {
      ms: relayMs,
      perSecond: (EVENTS / relayMs) * 1000,
      deliveries: relayQueue.counter.deliveries,
      distinct: relayQueue.counter.ids.size,
    };

    // ---- raw, after ---------------------------------------------------------------------------
    const rawAfter = await runRaw(rawVhost.url, 'raw-after', rawQueue.counter);
    const raw = rawBefore.perSecond >= rawAfter.perSecond ? rawBefore : rawAfter;

    const fmtRaw = (r) =>
      `${r.perSecond.toFixed(0)} events/s (${(r.ms / 1000).toFixed(2)} s; ${r.distinct}/${EVENTS} on the broker, ${r.deliveries} deliveries, ${r.returned} returned)`;
    log('');
    log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}, load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    log(
      `backlog: ${EVENTS} outbox events (${BENCH_EVENT_TYPE}, ${Buffer.byteLength(JSON.stringify(envelopes[0]))} bytes each), quorum queue`,
    );
    log(`raw amqplib, before : ${fmtRaw(rawBefore)}`);
    log(`raw amqplib, after  : ${fmtRaw(rawAfter)}`);
    log(
      `outbox relay        : ${relay.perSecond.toFixed(0)} events/s (${(relayMs / 1000).toFixed(2)} s until all sent, ${(receivedMs / 1000).toFixed(2)} s until all received; ${relay.distinct}/${EVENTS} on the broker, ${relay.deliveries} deliveries)`,
    );
    log(
      `ratio relay/raw: ${(relay.perSecond / raw.perSecond).toFixed(3)} (goal ≥ 0.50; against the faster raw run)`,
    );
    log(formatProcessStats('intake service (relay)', serviceAfter, serviceBefore));
    log(
      `raw publisher before: peak RSS ${rawBefore.peakRssMiB.toFixed(0)} MiB, CPU ${(rawBefore.cpuMs / 1000).toFixed(2)} s`,
    );
    log(
      `raw publisher after : peak RSS ${rawAfter.peakRssMiB.toFixed(0)} MiB, CPU ${(rawAfter.cpuMs / 1000).toFixed(2)} s`,
    );
    if (relay.distinct !== EVENTS || relay.deliveries !== EVENTS) process.exitCode = 1;
  } catch (err) {
    process.stderr.write(`service log tail:\n${serviceLog()}\n`);
    throw err;
  } finally {
    await runCleanups(cleanups);
  }
}

runBench(main);
