#!/usr/bin/env node
// `npm start`: creates the six databases, applies their migrations, starts the six services
// (node -r ./tools/register.cjs apps/<svc>/src/main.ts), then the development identity provider
// (apps/identity, :3100) and the gateway with the portal (apps/gateway, :3000; the portal is built
// first when apps/portal/dist is missing or older than its sources), with prefixed,
// coloured logs, waits for each /health/live, prints the URLs, and stops everything on Ctrl-C
// (SIGTERM, then SIGKILL after a grace period). If a process dies, all are stopped and the exit code
// is non-zero. `--no-gateway` starts the services only. `--replicas N` (or LZ_REPLICAS=N) starts N
// processes of each service (ARCHITECTURE.md "Events": every service is correct with two or more):
// replica 1 on the service's port, replica i on port + 100·(i-1); the gateway talks to replica 1.
// The services accept both the gateway's platform tokens (JWKS) and `npm run token` dev tokens
// (AUTH_MODE=dev+jwks). Unless SMTP_URL or SMTP_HOST is given, a development mail sink
// (tools/mail-sink.mjs, smtp://127.0.0.1:2525) takes the notifications service's e-mail and writes
// it to tmp/mail/*.eml: nothing is sent anywhere.
// Env: <SVC>_DATABASE_URL, <SVC>_PORT (also GATEWAY_PORT, IDENTITY_PORT), LZ_START_TIMEOUT_MS
// (health wait, default 60000), LZ_STOP_GRACE_MS (default 10000), MAIL_SINK_PORT (default 2525),
// MAIL_FROM, PORTAL_URL, NO_COLOR.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { databaseUrlOf, migrate, pickServices } from './db.mjs';
import { MAIL_SINK_PORT, startMailSink } from './mail-sink.mjs';
import { ensurePortalBuilt } from './portal-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORTS = {
  intake: 3001,
  review: 3002,
  publicity: 3003,
  subsidy: 3004,
  evaluation: 3005,
  notifications: 3006,
  identity: 3100,
  gateway: 3000,
};
const COLORS = [36, 33, 35, 32, 34, 90, 37];
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
const startTimeout = Number(process.env.LZ_START_TIMEOUT_MS ?? 60_000);
const grace = Number(process.env.LZ_STOP_GRACE_MS ?? 10_000);

const args = process.argv.slice(2);
const services = pickServices(args.filter((a, i) => args[i - 1] !== '--replicas'));
const withGateway = !process.argv.includes('--no-gateway');
const replicasArg = process.argv.indexOf('--replicas');
const replicas = Number(replicasArg >= 0 ? process.argv[replicasArg + 1] : (process.env.LZ_REPLICAS ?? 1));
if (!Number.isInteger(replicas) || replicas < 1 || replicas > 9) {
  console.error('--replicas (LZ_REPLICAS) must be a whole number from 1 to 9');
  process.exit(2);
}
const portOf = (name) => Number(process.env[`${name.toUpperCase()}_PORT`] ?? PORTS[name]);
const gatewayUrl = `http://127.0.0.1:${portOf('gateway')}`;
const identityUrl = `http://127.0.0.1:${portOf('identity')}`;

/** The mail sink's SMTP URL once it listens (null: SMTP given by the environment, or no sink). */
let mailSinkUrl = null;

/** The notifications service's e-mail: the environment's SMTP, else the development sink. */
function mailEnvOf() {
  return {
    PORTAL_URL: process.env.PORTAL_URL ?? gatewayUrl,
    ...(mailSinkUrl
      ? {
          SMTP_URL: mailSinkUrl,
          MAIL_FROM: process.env.MAIL_FROM ?? '泸州市创新联合体管理平台 <noreply@lz.invalid>',
        }
      : {}),
  };
}

/** Per-process environment: the services verify the gateway's tokens; the edge finds the services. */
function envOf(name) {
  if (name === 'identity') return { IDENTITY_GATEWAY_URLS: gatewayUrl };
  if (name === 'gateway') {
    return {
      DATABASE_URL: databaseUrlOf('gateway'),
      PUBLIC_URL: gatewayUrl,
      OIDC_ISSUER: process.env.OIDC_ISSUER ?? identityUrl,
      ...Object.fromEntries(
        Object.keys(PORTS)
          .filter((s) => s !== 'identity' && s !== 'gateway')
          .map((s) => [`${s.toUpperCase()}_URL`, `http://127.0.0.1:${portOf(s)}`]),
      ),
    };
  }
  return {
    DATABASE_URL: databaseUrlOf(name),
    ...(name === 'notifications' ? mailEnvOf() : {}),
    ...(withGateway && !process.env.AUTH_MODE
      ? {
          AUTH_MODE: 'dev+jwks',
          AUTH_JWKS_URL: `${gatewayUrl}/.well-known/jwks.json`,
          AUTH_JWKS_ISSUER: 'lz-gateway',
        }
      : {}),
  };
}
const children = new Map();
/** The development mail sink this run started, if any. */
let mailSink = null;
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

function launch(service, index, replica = 1) {
  const port = portOf(service) + 100 * (replica - 1);
  const name = replica === 1 ? service : `${service}#${replica}`;
  const child = spawn(process.execPath, ['-r', './tools/register.cjs', `apps/${service}/src/main.ts`], {
    cwd: root,
    env: { ...process.env, PORT: String(port), ...envOf(service), SERVICE_NAME: service },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = paint(COLORS[index % COLORS.length], name.padEnd(12) + '|');
  prefixLines(child.stdout, prefix, process.stdout);
  prefixLines(child.stderr, prefix, process.stderr);
  children.set(name, { child, port, exited: false });
  child.on('exit', (code, signal) => {
    children.get(name).exited = true;
    if (!stopping) {
      say(paint(31, `${name} died (${signal ?? `exit code ${code}`}); stopping all services`));
      void stopAll(1);
    }
  });
  return { service: name, port };
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
  await mailSink?.close();
  say(`all services stopped`);
  process.exit(exitCode);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  say(`preparing databases for ${services.join(', ')}`);
  await migrate(services, { log: (line) => say(line) });
  // The gateway serves apps/portal/dist: built here when missing or older than its sources.
  if (withGateway) ensurePortalBuilt({ log: (line) => say(line) });
  if (services.includes('notifications') && !process.env.SMTP_URL && !process.env.SMTP_HOST) {
    const port = Number(process.env.MAIL_SINK_PORT ?? MAIL_SINK_PORT);
    try {
      mailSink = await startMailSink({
        port,
        log: (line) => console.log(`${paint(90, 'mail-sink   |')} ${line}`),
      });
      mailSinkUrl = `smtp://127.0.0.1:${port}`;
    } catch (err) {
      say(paint(33, `mail sink not started (${err.code ?? err.message} on port ${port}): e-mail is off`));
    }
  }
  const started = services.flatMap((service, index) =>
    Array.from({ length: replicas }, (_, i) => launch(service, index, i + 1)),
  );
  if (withGateway) started.push(launch('identity', 5), launch('gateway', 6));
  await Promise.all(started.map(waitLive));
  const rows = started
    .filter(({ service }) => service !== 'identity' && service !== 'gateway')
    .map(({ service, port }) => [
      service,
      `http://127.0.0.1:${port}/api/v1`,
      `http://127.0.0.1:${port}/docs`,
      `http://127.0.0.1:${port}/health/ready`,
    ]);
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...[['service', 'API', 'docs', 'ready'], ...rows].map((r) => r[i].length)),
  );
  const fmt = (r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  say(
    paint(
      32,
      `all ${services.length} services${replicas > 1 ? ` × ${replicas} replicas` : ''}${withGateway ? ', identity and the gateway' : ''} are live (Ctrl-C stops them)`,
    ),
  );
  console.log(
    [
      '',
      fmt(['service', 'API', 'docs', 'ready']),
      fmt(widths.map((w) => '-'.repeat(w))),
      ...rows.map(fmt),
      '',
      ...(withGateway
        ? [
            `portal    ${gatewayUrl}   (sign in with a seeded account of the README, password luzhou-dev)`,
            `identity  ${identityUrl}   (development OpenID Connect issuer)`,
            '',
          ]
        : []),
      ...(mailSinkUrl
        ? [`mail      ${mailSinkUrl}   (development mail sink: e-mail is written to tmp/mail/*.eml)`, '']
        : []),
    ].join('\n'),
  );
} catch (err) {
  say(paint(31, `failed: ${err.message}`));
  if (children.size > 0) await stopAll(1);
  process.exit(1);
}
