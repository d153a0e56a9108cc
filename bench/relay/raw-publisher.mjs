// The raw side of bench/relay: plain amqplib on a confirm channel, publishing the bench's envelopes
// with the same properties the relay's Publisher sets (persistent, mandatory, JSON, messageId, type,
// correlationId, appId, timestamp, the correlation/causation/publish-id headers), pipelined with one
// waitForConfirms at the end. No database, no bookkeeping: what the broker and amqplib allow on this
// machine. Started as a child process by run.mjs: `node raw-publisher.mjs <amqp-url> <count> <tag>`;
// prints one JSON line `{ ms, returned, peakRssMiB, cpuMs }`.
import { randomUUID } from 'node:crypto';
import amqp from 'amqplib';
import { benchEnvelopes } from './envelopes.mjs';

const [url, countArg, tag] = process.argv.slice(2);
const count = Number(countArg);
const envelopes = benchEnvelopes(count, tag).map((e) => ({ e, body: Buffer.from(JSON.stringify(e)) }));

const conn = await amqp.connect(url, { noDelay: true });
const ch = await conn.createConfirmChannel();
await ch.assertExchange('lz.events', 'topic', { durable: true });
let returned = 0;
ch.on('return', () => returned++);

const t0 = performance.now();
for (const { e, body } of envelopes) {
  const more = ch.publish('lz.events', e.type, body, {
    contentType: 'application/json',
    messageId: e.id,
    type: e.type,
    correlationId: e.correlationId,
    appId: e.source,
    timestamp: Math.floor(Date.parse(e.occurredAt) / 1000),
    headers: {
      'x-lz-correlation-id': e.correlationId,
      'x-lz-causation-id': e.causationId ?? '',
      'x-lz-publish-id': randomUUID(),
    },
    mandatory: true,
    persistent: true,
  });
  if (!more) await new Promise((resolve) => ch.once('drain', resolve));
}
await ch.waitForConfirms();
const ms = performance.now() - t0;
await conn.close();
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({ ms, returned, peakRssMiB: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`,
);
