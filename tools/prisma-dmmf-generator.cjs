#!/usr/bin/env node
// A minimal Prisma generator (the CLI's JSON-RPC protocol: requests on stdin, answers on stderr)
// that writes the schema's DMMF datamodel to `<output>/datamodel.json`. The generated client's
// runtime data model omits nullability, ids and defaults; the schema-agreement int-specs
// (libs/persistence) compare this file with the live database's information_schema, since the
// schema engine (`prisma migrate diff`) cannot run on these machines.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');

function respond(id, result) {
  process.stderr.write(JSON.stringify({ jsonrpc: '2.0', id, result }) + '\n');
}

readline.createInterface({ input: process.stdin, crlfDelay: Infinity }).on('line', (line) => {
  let message;
  try {
    message = JSON.parse(line);
  } catch {
    return;
  }
  if (message.method === 'getManifest') {
    respond(message.id, { manifest: { prettyName: 'DMMF datamodel snapshot', requiresEngines: [] } });
  } else if (message.method === 'generate') {
    const { generator, dmmf } = message.params;
    const out = generator.output?.value;
    if (!out) throw new Error('prisma-dmmf-generator needs an `output`');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'datamodel.json'), JSON.stringify(dmmf.datamodel, null, 2) + '\n');
    respond(message.id, null);
  }
});
