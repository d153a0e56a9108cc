#!/usr/bin/env node
// A TCP proxy you can cut by hand, to watch the platform survive a server going away without
// stopping the shared server itself (the e2e fault tests use the same class, libs/test-infra/src/tcp-proxy.ts).
//   node tools/tcp-proxy.mjs <listen-port> <upstream-host:port>
//   e.g. node tools/tcp-proxy.mjs 5673 127.0.0.1:5672, then start the services with
//        AMQP_URL=amqp://guest:guest@127.0.0.1:5673 npm start
// Keys: c = cut (drop every connection, refuse new ones), r = restore, q = quit.
import { createRequire } from 'node:module';
import readline from 'node:readline';

const require = createRequire(import.meta.url);
const [listenArg, upstreamArg] = process.argv.slice(2);
const match = /^(.+):(\d+)$/.exec(upstreamArg ?? '');
if (!/^\d+$/.test(listenArg ?? '') || !match) {
  console.error('usage: node tools/tcp-proxy.mjs <listen-port> <upstream-host:port>');
  process.exit(2);
}
require('./register.cjs');
const { TcpProxy } = require('../libs/test-infra/src/tcp-proxy.ts');

const proxy = new TcpProxy('manual', match[1], Number(match[2]));
proxy.port = Number(listenArg);
await proxy.restore();
console.log(`proxy 127.0.0.1:${proxy.port} → ${upstreamArg}  (c = cut, r = restore, q = quit)`);

readline.emitKeypressEvents(process.stdin);
if (process.stdin.isTTY) process.stdin.setRawMode(true);
process.stdin.on('keypress', async (_s, key) => {
  if (!key) return;
  if (key.name === 'c' && !key.ctrl) {
    await proxy.cut();
    console.log(`cut: connections dropped, new ones refused`);
  } else if (key.name === 'r') {
    await proxy.restore();
    console.log(`restored: accepting on ${proxy.port}`);
  } else if (key.name === 'q' || (key.ctrl && key.name === 'c')) {
    await proxy.close();
    process.exit(0);
  }
});
