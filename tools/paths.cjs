// One source of truth for the `@lz/*` import aliases: tsconfig.base.json.
// Used by Jest (moduleNameMapper) and by the runtime loader (tools/register.cjs).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function readAliases() {
  const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
  const aliases = {};
  for (const [name, targets] of Object.entries(tsconfig.compilerOptions.paths ?? {})) {
    aliases[name] = path.join(root, targets[0]);
  }
  return aliases;
}

module.exports = { root, readAliases };
