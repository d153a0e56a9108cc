#!/usr/bin/env node
// Dev token CLI: prints ONLY a signed HS256 JWT on stdout (errors go to stderr, exit 1).
//   npm run -s token -- --role officer [--sub ID] [--uscc X] [--jurisdiction 510502] [--org X] [--ttl 8h]
// Uses the dev secret (or AUTH_JWT_SECRET / AUTH_ISSUER / AUTH_AUDIENCE when set). Refused when
// NODE_ENV=production: production tokens come from the real identity provider.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);

function fail(msg) {
  process.stderr.write(`token: ${msg}\n`);
  process.exit(1);
}

if (process.env.NODE_ENV === 'production') fail('the dev token issuer is refused when NODE_ENV=production');

let values;
try {
  ({ values } = parseArgs({
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      uscc: { type: 'string' },
      jurisdiction: { type: 'string' },
      org: { type: 'string' },
      ttl: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (err) {
  fail(err.message);
}
const usage =
  'usage: npm run -s token -- --role applicant|reviewer|officer|expert|evaluator [--sub ID] [--uscc USCC] [--jurisdiction 510502] [--org USCC] [--ttl 8h]';
if (values.help) {
  process.stderr.write(usage + '\n');
  process.exit(0);
}
if (!values.role) fail(`--role is required\n${usage}`);

require('./register.cjs');
const auth = require('../libs/auth/src/index.ts');
if (!auth.ROLES.includes(values.role)) fail(`--role must be one of ${auth.ROLES.join(', ')}`);

try {
  const token = await auth.issueDevToken({
    role: values.role,
    sub: values.sub,
    uscc: values.uscc,
    jurisdiction: values.jurisdiction,
    org: values.org,
    ttl: values.ttl && /^\d+$/.test(values.ttl) ? Number(values.ttl) : values.ttl,
    secret: process.env.AUTH_JWT_SECRET || undefined,
    issuer: process.env.AUTH_ISSUER || undefined,
    audience: process.env.AUTH_AUDIENCE || undefined,
  });
  process.stdout.write(token + '\n');
} catch (err) {
  fail(err.message);
}
