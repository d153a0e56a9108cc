// Runtime loader for the TypeScript sources: compiles `.ts` with SWC (same `.swcrc` as Jest)
// and resolves the `@lz/*` aliases of tsconfig.base.json. `node -r ./tools/register.cjs app.ts`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');
const { root, readAliases } = require('./paths.cjs');

const aliases = readAliases();
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveAlias(request, parent, isMain, options) {
  const target = aliases[request];
  return originalResolve.call(this, target ?? request, parent, isMain, options);
};

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { ...swcrc, filename, swcrc: false, configFile: false });
  module._compile(code, filename);
};
