#!/usr/bin/env node
// Database chores for the six services (libs/persistence does the work):
//   node tools/db.mjs migrate [svc…]      create missing databases, apply migrations, grant the service roles
//   node tools/db.mjs audit-verify [svc…] re-walk each SM3 audit chain — the six services' and the gateway's
//                                         (access grants) — exit 1 if one is broken or a row stays unchained
// AUDIT_MAX_UNCHAINED_MS: how long an audit row may wait for its chain row (default 60000).
// URLs: <SVC>_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/lz_<svc>.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
require('./register.cjs');
const persistence = require('../libs/persistence/src/index.ts');

const ALL = persistence.SERVICES.map((s) => s.name);
/** Whose audit chains audit-verify walks: the services and the gateway (who holds which role). The
 * gateway migrates its own database when it starts (apps/gateway/src/app.ts), so `migrate` leaves it. */
export const AUDITED = [...ALL, 'gateway'];

/** The URL of one service's (or the gateway's) database; DATABASE_URL alone is ambiguous, so ignored. */
export function databaseUrlOf(service, env = process.env) {
  return persistence.serviceDatabaseUrl(service, { ...env, DATABASE_URL: undefined });
}

export function pickServices(args, known = ALL) {
  const named = args.filter((a) => !a.startsWith('-'));
  const unknown = named.filter((s) => !known.includes(s));
  if (unknown.length > 0)
    throw new Error(`unknown service(s): ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return named.length > 0 ? named : known;
}

/** ensureDatabase + applyMigrations (+ the service's login role) for each service, in parallel. */
export async function migrate(services, { log = console.log, env = process.env, roles = true } = {}) {
  return Promise.all(
    services.map(async (service) => {
      const url = databaseUrlOf(service, env);
      const created = await persistence.ensureDatabase(url);
      const result = await persistence.applyMigrations({
        databaseUrl: url,
        migrationsDir: persistence.serviceMigrationsDir(service),
      });
      if (roles && env.LZ_SKIP_SERVICE_ROLES !== '1') {
        await persistence.ensureServiceRole({ databaseUrl: url, role: `lz_${service}` });
      }
      log(
        `${service.padEnd(10)} ${persistence.redactUrl(url)}${created ? ' (created)' : ''}: ` +
          (result.applied.length > 0 ? `applied ${result.applied.join(', ')}` : 'up to date') +
          (result.unknownApplied.length > 0
            ? `; in the database only: ${result.unknownApplied.join(', ')}`
            : ''),
      );
      return { service, url, created, ...result };
    }),
  );
}

export async function auditVerify(services, { log = console.log, env = process.env } = {}) {
  const { Client } = require('pg');
  const { verifyAuditChain } = require('../libs/audit/src/index.ts');
  let ok = true;
  for (const service of services) {
    const client = new Client({ connectionString: databaseUrlOf(service, env) });
    await client.connect();
    try {
      const maxUnchainedAgeMs = env.AUDIT_MAX_UNCHAINED_MS ? Number(env.AUDIT_MAX_UNCHAINED_MS) : undefined;
      const verdict = await verifyAuditChain(persistence.pgSqlClient(client), { maxUnchainedAgeMs });
      ok &&= verdict.ok;
      log(
        verdict.ok
          ? `${service.padEnd(10)} audit chain OK: ${verdict.rows} row(s), ${verdict.chained} chained, ` +
              `${verdict.unchained} not yet chained${verdict.unchained > 0 ? ` (oldest ${verdict.oldestUnchainedAgeMs} ms)` : ''}; ` +
              `last seq ${verdict.lastSeq ?? '-'}, last position ${verdict.lastPosition}, last hash ${verdict.lastHash}`
          : `${service.padEnd(10)} audit chain BROKEN at position ${verdict.brokenAt}` +
              `${verdict.seq ? ` (audit seq ${verdict.seq})` : ''}: ${verdict.reason}`,
      );
    } finally {
      await client.end();
    }
  }
  return ok;
}

async function main(argv) {
  const [command, ...rest] = argv;
  const services = pickServices(rest, command === 'audit-verify' ? AUDITED : ALL);
  if (command === 'migrate') {
    await migrate(services);
  } else if (command === 'audit-verify') {
    if (!(await auditVerify(services))) process.exitCode = 1;
  } else {
    console.error(
      `usage: node tools/db.mjs migrate [${ALL.join(' ')}] | audit-verify [${AUDITED.join(' ')}]`,
    );
    process.exitCode = 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`db: ${err.message}`);
    process.exit(1);
  });
}
