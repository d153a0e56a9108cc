#!/usr/bin/env node
// `node tools/audit-verify.mjs [--service intake]…` — prints each service's audit-chain verdict;
// exit code 1 when a chain is broken. Same as `node tools/db.mjs audit-verify [svc…]`.
import { AUDITED, auditVerify, pickServices } from './db.mjs';

const args = process.argv.slice(2);
const named = args.flatMap((a, i) =>
  a === '--service' ? [args[i + 1]] : a.startsWith('--service=') ? [a.slice(10)] : [],
);
try {
  const ok = await auditVerify(pickServices(named.filter(Boolean), AUDITED));
  process.exitCode = ok ? 0 : 1;
} catch (err) {
  console.error(`audit-verify: ${err.message}`);
  process.exitCode = 1;
}
