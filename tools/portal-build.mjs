#!/usr/bin/env node
// The portal's build, when it is needed: `apps/portal/dist` is missing or older than any of its
// sources (apps/portal/src, index.html, vite.config.mts, tsconfig.json, libs/policy/src, the lockfile).
// Used by `npm start`, the e2e tier's global setup and `npm run bench:portal`; `--force` always
// builds. Run alone: `node tools/portal-build.mjs [--force]`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PORTAL_DIST = path.join(root, 'apps', 'portal', 'dist');
const SOURCES = [
  'apps/portal/src',
  'apps/portal/index.html',
  'apps/portal/vite.config.mts',
  'apps/portal/tsconfig.json',
  'libs/policy/src',
  'package-lock.json',
];

/** The newest modification time under `p` (a file or a folder, recursively). */
function newest(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(p)) max = Math.max(max, newest(path.join(p, name)));
  return max;
}

/** Why the portal must be built, or null when dist is up to date. */
export function staleReason() {
  const index = path.join(PORTAL_DIST, 'index.html');
  if (!existsSync(index)) return 'apps/portal/dist is missing';
  const built = statSync(index).mtimeMs;
  for (const rel of SOURCES) {
    const abs = path.join(root, rel);
    if (existsSync(abs) && newest(abs) > built) return `${rel} changed since the last build`;
  }
  return null;
}

/** Builds with Vite (a few seconds) when stale or forced; returns whether it built. Throws on failure. */
export function ensurePortalBuilt({ force = false, log = console.log } = {}) {
  const reason = force ? 'forced' : staleReason();
  if (!reason) return false;
  log(`building the portal (${reason})`);
  const res = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'apps/portal/vite.config.mts',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (res.status !== 0) throw new Error(`the portal build failed (vite exit ${res.status ?? res.signal})`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const built = ensurePortalBuilt({ force: process.argv.includes('--force') });
    if (!built) console.log('the portal is up to date (apps/portal/dist)');
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
