// Helpers of the benchmarks that start services as their own processes.
import net from 'node:net';

/** A TCP port free on the loopback right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers 2xx; throws after `timeoutMs`. */
export async function waitReady(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready: ${url}`);
}

/** Runs the cleanups last-registered first; a failing one is reported and the rest still run. */
export async function runCleanups(cleanups) {
  for (const c of [...cleanups].reverse())
    await Promise.resolve(c()).catch((e) => process.stderr.write(`cleanup: ${e.message}\n`));
}

/** Runs a benchmark's main; a failure prints its stack and exits 1. */
export function runBench(main) {
  main().catch((err) => {
    process.stderr.write(`bench failed: ${err.stack ?? err}\n`);
    process.exit(1);
  });
}
