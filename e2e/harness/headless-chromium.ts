import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Debian's Chromium, never a downloaded browser (docs/TOOLCHAIN.md "The browser side"). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags this closed network needs (docs/TOOLCHAIN.md "The browser side"), for every way the tests
 * start Chromium: the command line here and Playwright in e2e/portal/chromium.ts.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const FLAGS = ['--headless', ...CHROMIUM_ARGS];

function run(args: string[], timeoutMs: number): Promise<string> {
  const profile = mkdtempSync(path.join(tmpdir(), 'lz-chromium-'));
  return new Promise<string>((resolve, reject) => {
    execFile(
      CHROMIUM,
      [...FLAGS, `--user-data-dir=${profile}`, ...args],
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout) => {
        rmSync(profile, { recursive: true, force: true });
        if (err) reject(new Error(`${CHROMIUM} failed: ${err.message}`));
        else resolve(stdout);
      },
    );
  });
}

/**
 * The DOM of a page after its scripts ran (Debian's Chromium, `--dump-dom` with a virtual time budget),
 * and a screenshot beside it when `screenshot` names a file. A script the page's CSP refuses does not
 * run, so what a script would have rendered is missing from the DOM.
 */
export async function renderedDom(
  url: string,
  options: { screenshot?: string; budgetMs?: number; timeoutMs?: number } = {},
): Promise<string> {
  const budget = `--virtual-time-budget=${options.budgetMs ?? 10_000}`;
  const timeoutMs = options.timeoutMs ?? 90_000;
  if (options.screenshot) {
    await run([budget, '--window-size=1280,1800', `--screenshot=${options.screenshot}`, url], timeoutMs);
  }
  return run([budget, '--dump-dom', url], timeoutMs);
}
