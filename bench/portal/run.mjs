#!/usr/bin/env node
// Benchmark: what each public page of the portal costs a visitor. For each public route, in Debian's
// Chromium with a cold cache (a new browser context per load): the JavaScript the route actually
// loads (every .js response of the load, raw and gzipped with zlib level 9), the time from navigation
// until its <h1> and its data are shown, and until the network is idle; next to a plain static HTML page
// served by the same gateway in the same run (the floor of a page load here).
// `npm run bench:portal` (bench/portal/README.md). Env: BENCH_RUNS (loads per route, default 5);
// BENCH_PROFILE=1 also prints, per route, where one cold load spends the page's main thread (a
// V8 CPU profile through the DevTools protocol: self time by script and the busiest functions).
//
// The stack is the e2e harness's (the six services, the development issuer, the gateway) on throwaway
// databases, vhost and Redis prefix, with one open call and one open notice made through the APIs,
// and the gateway serving a copy of apps/portal/dist that also holds static.html (the baseline).
// Prints a table; asserts nothing (benchmarks print, tests never assert timings).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ensurePortalBuilt, PORTAL_DIST } from '../../tools/portal-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
process.chdir(root);
require(path.join(root, 'tools', 'register.cjs'));

const { E2eStack, openCall, prepareDraft, publishNotice, submitUntilAccepted, toBeFiled } = require(
  path.join(root, 'e2e', 'harness', 'index.ts'),
);
const { launchChromium } = require(path.join(root, 'e2e', 'portal', 'chromium.ts'));

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PROFILE = process.env.BENCH_PROFILE === '1';
const log = (msg) => process.stdout.write(`${msg}\n`);

const STATIC_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>基线页面</title></head>
<body><main><h1>基线:同一网关提供的静态页面</h1><p>No script.</p></main></body></html>`;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * One cold load under the V8 sampling profiler: the main thread's self time by script (chunk file,
 * or "(program)"/"(garbage collector)"/"(idle)") and its ten busiest functions, until shown.
 */
async function profile(browser, url) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelector('main h1') && !document.querySelector('main .lz-loading'),
  );
  const { profile: p } = await cdp.send('Profiler.stop');
  const timeline = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const rows = [
      ['document', 0, nav.responseEnd, nav.transferSize],
      ...performance
        .getEntriesByType('resource')
        .map((r) => [r.name.replace(location.origin, ''), r.startTime, r.responseEnd, r.transferSize]),
    ];
    return { rows, domInteractive: nav.domInteractive, shown: window.__lzShown ?? performance.now() };
  });
  await context.close();
  const dt = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  const byScript = new Map();
  const byFunction = new Map();
  for (const node of p.nodes) {
    const ms = dt.get(node.id) ?? 0;
    if (!ms) continue;
    const { url: u, functionName, lineNumber } = node.callFrame;
    const script = u ? u.replace(/^.*\//, '') : functionName || '(anonymous)';
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} ${script}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (m, n) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${v.toFixed(0).padStart(5)} ms  ${k}`)
      .join('\n');
  const requests = timeline.rows
    .map(
      ([name, start, end]) =>
        `    ${start.toFixed(0).padStart(5)} → ${end.toFixed(0).padStart(5)} ms  ${name}`,
    )
    .join('\n');
  return (
    `  by script:\n${top(byScript, 12)}\n  busiest functions:\n${top(byFunction, 10)}\n` +
    `  requests (start → end, ms since navigation; domInteractive ${timeline.domInteractive.toFixed(0)} ms):\n${requests}`
  );
}

/** One cold load: JS responses (raw and gzip -9 sizes of each distinct file), the time to shown and to settled. */
async function load(browser, url) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const js = new Map();
  page.on('response', async (res) => {
    if (!res.url().endsWith('.js') || js.has(res.url())) return;
    js.set(res.url(), null);
    const body = await res.body().catch(() => Buffer.alloc(0));
    js.set(res.url(), { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  });
  // Shown: the page's <h1> and its data are on screen (no loading state left in <main>), on the
  // page's own clock (ms since the navigation started), noted by an observer that the browser runs
  // before the page's own scripts (an init script, outside the page's CSP) at the first DOM change
  // that completes it — not when the benchmark happens to look.
  await context.addInitScript(() => {
    const done = () => document.querySelector('main h1') && !document.querySelector('main .lz-loading');
    const observer = new MutationObserver(() => {
      if (window.__lzShown === undefined && done()) {
        window.__lzShown = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
  const t0 = performance.now();
  await page.goto(url);
  const shown = await (await page.waitForFunction(() => window.__lzShown)).jsonValue();
  await page.waitForLoadState('networkidle');
  const ms = performance.now() - t0;
  const files = [...js.values()].filter(Boolean);
  await context.close();
  return {
    shown,
    ms,
    files: files.length,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

async function main() {
  ensurePortalBuilt({ log });
  const dist = mkdtempSync(path.join(os.tmpdir(), 'lz-portal-bench-'));
  cpSync(PORTAL_DIST, dist, { recursive: true });
  writeFileSync(path.join(dist, 'static.html'), STATIC_PAGE);
  log('starting the stack (the services, identity, gateway)…');
  const stack = await E2eStack.start({
    label: 'bench_portal',
    gateway: true,
    gatewayEnv: { PORTAL_DIST: dist },
  });
  let browser;
  try {
    const officerToken = await stack.token({ role: 'officer' });
    const callId = await openCall(stack, officerToken);
    const draft = await prepareDraft(stack, callId, 'bench-portal');
    await submitUntilAccepted(stack, draft);
    await toBeFiled(stack, officerToken, [draft]);
    const notice = await publishNotice(stack, officerToken, '性能测试公示', [draft.id]);
    browser = await launchChromium();
    const routes = [
      ['baseline: static.html', '/static.html'],
      ['/ (home)', '/'],
      ['/notices', '/notices'],
      ['/notices/:id', `/notices/${notice.id}`],
      ['/notices/:id/objection', `/notices/${notice.id}/objection`],
      ['/registry', '/registry'],
      ['/calendar', '/calendar'],
    ];
    // One warm-up load (the services' first queries, Chromium's first start) before measuring.
    await load(browser, `${stack.gatewayUrl}/`);
    const rows = [];
    for (const [name, p] of routes) {
      const loads = [];
      for (let i = 0; i < RUNS; i++) loads.push(await load(browser, `${stack.gatewayUrl}${p}`));
      rows.push({
        name,
        ...loads[0],
        shown: median(loads.map((l) => l.shown)),
        shownMax: Math.max(...loads.map((l) => l.shown)),
        ms: median(loads.map((l) => l.ms)),
      });
    }
    if (PROFILE) {
      for (const [name, p] of routes.slice(1)) {
        log(`\nprofile of one cold load of ${name} (main thread self time until shown)`);
        log(await profile(browser, `${stack.gatewayUrl}${p}`));
      }
    }
    const base = rows[0].shown;
    const cores = os.cpus().length;
    log(
      `\nportal public routes, ${RUNS} cold loads each (median; max), Chromium ${browser.version()}, ${cores} cores`,
    );
    log(
      `${'route'.padEnd(26)}${'JS files'.padStart(9)}${'JS raw'.padStart(11)}${'JS gzip'.padStart(11)}` +
        `${'shown ms'.padStart(10)}${'max'.padStart(7)}${'× static'.padStart(10)}${'settled ms'.padStart(12)}`,
    );
    for (const r of rows) {
      log(
        `${r.name.padEnd(26)}${String(r.files).padStart(9)}${kb(r.raw).padStart(11)}${kb(r.gzip).padStart(11)}` +
          `${r.shown.toFixed(0).padStart(10)}${r.shownMax.toFixed(0).padStart(7)}${(r.shown / base).toFixed(1).padStart(10)}` +
          `${r.ms.toFixed(0).padStart(12)}`,
      );
    }
    log(
      "shown: the <h1> and the data on screen, from the start of the navigation (the page's clock); " +
        'settled: from page.goto until the network has been idle for 500 ms (Playwright networkidle)',
    );
    const slowest = Math.max(...rows.slice(1).map((r) => r.shown));
    log(`slowest public route shown in ${slowest.toFixed(0)} ms (goal < 1000 ms)`);
    const worst = Math.max(...rows.slice(1).map((r) => r.gzip));
    log(`\nlargest public route: ${kb(worst)} gzipped JS (goal ≤ 200 KB)`);
    const manifest = readFileSync(path.join(dist, 'index.html'), 'utf8').match(/assets\/[^"]+\.js/g) ?? [];
    log(`entry scripts in index.html: ${manifest.join(', ')}`);
  } finally {
    await browser?.close();
    await stack.stop();
    rmSync(dist, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
