#!/usr/bin/env node
// Dead letters of the services' queues (`<service>.events.dlq`), for operators:
//   npm run dlq -- list [--service S] [--json]     what waits in each DLQ, with the error that dead-lettered it
//   npm run dlq -- show ID [--service S]           one dead letter in full (headers' reason, envelope)
//   npm run dlq -- redrive [--service S] [--id ID] put them back on <service>.events, attempt count reset
// A redriven event that had been handled after all changes nothing: the consumer's inbox skips it.
// AMQP_URL selects the broker and vhost (default amqp://guest:guest@127.0.0.1:5672).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('./register.cjs');
const { DeadLetterQueues } = require('../libs/messaging/src/index.ts');
const { SERVICES } = require('../libs/persistence/src/index.ts');

const ALL = SERVICES.map((s) => s.name);
const USAGE = 'usage: npm run dlq -- list|show ID|redrive [--service S] [--id ID] [--json]';

function parse(argv) {
  const [command, ...rest] = argv;
  const opts = { command, services: [], ids: [], json: false, positional: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--service') opts.services.push(rest[++i]);
    else if (arg === '--id') opts.ids.push(rest[++i]);
    else if (arg === '--json') opts.json = true;
    else opts.positional.push(arg);
  }
  const unknown = opts.services.filter((s) => !ALL.includes(s));
  if (unknown.length > 0)
    throw new Error(`unknown service(s): ${unknown.join(', ')} (known: ${ALL.join(', ')})`);
  if (opts.services.length === 0) opts.services = ALL;
  return opts;
}

function oneLine(text, max = 140) {
  const flat = String(text).replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

async function main() {
  let opts;
  try {
    opts = parse(process.argv.slice(2));
  } catch (err) {
    console.error(err.message);
    return 2;
  }
  if (!['list', 'show', 'redrive'].includes(opts.command)) {
    console.error(USAGE);
    return 2;
  }
  const dlq = new DeadLetterQueues(process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672', 'lz-dlq-cli');
  try {
    if (opts.command === 'list') {
      const all = [];
      for (const service of opts.services) {
        const letters = await dlq.list(service);
        all.push(...letters);
        if (!opts.json) console.log(`${service}.events.dlq: ${letters.length} dead letter(s)`);
        if (!opts.json)
          for (const l of letters)
            console.log(
              `  ${l.id}  ${l.type ?? '?'}  attempts=${l.attempts}${l.redriven ? ` redriven=${l.redriven}` : ''}` +
                `${l.deadLetteredAt ? ` at=${l.deadLetteredAt}` : ''}\n      ${oneLine(l.error)}`,
            );
      }
      if (opts.json) console.log(JSON.stringify(all, null, 2));
      return 0;
    }
    if (opts.command === 'show') {
      const id = opts.positional[0] ?? opts.ids[0];
      if (!id) {
        console.error(USAGE);
        return 2;
      }
      for (const service of opts.services) {
        const found = (await dlq.list(service)).find((l) => l.id === id);
        if (found) {
          console.log(JSON.stringify(found, null, 2));
          return 0;
        }
      }
      console.error(`no dead letter ${id} in ${opts.services.map((s) => `${s}.events.dlq`).join(', ')}`);
      return 1;
    }
    const ids = opts.ids.length > 0 ? new Set(opts.ids) : undefined;
    let total = 0;
    for (const service of opts.services) {
      const report = await dlq.redrive(service, ids);
      total += report.redriven;
      if (report.redriven > 0 || opts.services.length === 1)
        console.log(
          `${service}: redrove ${report.redriven} to ${service}.events${report.redriven ? `: ${report.ids.join(' ')}` : ''}`,
        );
    }
    if (ids && total < ids.size) {
      console.error(`redrove ${total} of the ${ids.size} id(s) asked for; the others are not in these DLQs`);
      return 1;
    }
    console.log(`redriven: ${total}`);
    return 0;
  } catch (err) {
    console.error(`dlq ${opts.command} failed: ${err.message}`);
    return 1;
  } finally {
    await dlq.close();
  }
}

process.exitCode = await main();
