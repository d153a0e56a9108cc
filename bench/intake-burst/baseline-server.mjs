// The raw baseline of bench/intake-burst: a bare node:http server doing one pg INSERT per request
// (the submitted body as jsonb), nothing else. Started as a child process by run.mjs.
// Env: BASELINE_DATABASE_URL, BASELINE_PORT, BASELINE_POOL (pg pool size, default 10 like the service).
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.BASELINE_DATABASE_URL,
  max: Number(process.env.BASELINE_POOL ?? 10),
});
await pool.query(
  'CREATE TABLE IF NOT EXISTS bench_baseline (id uuid PRIMARY KEY, body jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())',
);

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8') || '{}';
    const id = randomUUID();
    pool
      .query('INSERT INTO bench_baseline (id, body) VALUES ($1, $2::jsonb)', [id, body])
      .then(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id, status: 'SUBMITTED' }));
      })
      .catch((err) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: err.message }));
      });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.BASELINE_PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
