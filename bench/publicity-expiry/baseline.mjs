// Same-run baseline for the expiry benchmark: bare BullMQ delayed jobs due at one instant, a worker of
// the same concurrency, each job one `pg` transaction writing its notice's items (10 INSERTs) — no
// Nest, no Prisma, no outbox relay, no audit chain. What the platform adds on top is the difference.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Queue, Worker } = require('bullmq');
const { Redis } = require('ioredis');
const { Pool } = require('pg');

export async function baselineExpiry({
  databaseUrl,
  redisUrl,
  notices,
  perNotice,
  leadMs,
  concurrency = 10,
}) {
  const prefix = `lz-bench-baseline-${randomBytes(4).toString('hex')}`;
  const pool = new Pool({ connectionString: databaseUrl, max: concurrency + 2 });
  await pool.query(
    'CREATE TABLE IF NOT EXISTS bench_baseline_item (notice int, item int, decided_at timestamptz)',
  );
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('baseline', { connection, prefix });
  const dueAt = Date.now() + leadMs;
  const late = [];
  let done;
  const finished = new Promise((r) => (done = r));
  const worker = new Worker(
    'baseline',
    async (job) => {
      const startedLate = Date.now() - dueAt;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (let i = 0; i < perNotice; i += 1)
          await client.query('INSERT INTO bench_baseline_item VALUES ($1, $2, now())', [job.data.n, i]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      late.push(startedLate);
      if (late.length === notices) done(Date.now() - dueAt);
    },
    { connection: new Redis(redisUrl, { maxRetriesPerRequest: null }), prefix, concurrency },
  );
  await queue.addBulk(
    Array.from({ length: notices }, (_, n) => ({
      name: 'expire',
      data: { n },
      opts: { jobId: `n${n}`, delay: Math.max(0, dueAt - Date.now()), removeOnComplete: true },
    })),
  );
  const allDoneMs = await finished;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  await connection.quit();
  await pool.query('DROP TABLE bench_baseline_item');
  await pool.end();
  late.sort((a, b) => a - b);
  const pct = (p) => late[Math.min(late.length - 1, Math.ceil((p / 100) * late.length) - 1)];
  return { p50: pct(50), p99: pct(99), max: late.at(-1), allDoneMs };
}
