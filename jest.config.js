// Jest for the whole workspace. SWC compiles our TypeScript and also the ES-module builds of
// @nestjs/* (Jest cannot `require` ESM on Node < 24.9, see docs/TOOLCHAIN notes in README).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { readAliases } = require('./tools/paths.cjs');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;
swcrc.sourceMaps = true;

const moduleNameMapper = Object.fromEntries(
  Object.entries(readAliases()).map(([alias, file]) => [`^${alias.replace('/', '\\/')}$`, file]),
);

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)'],
  moduleNameMapper,
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tmp/'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/tools/jest/integration.setup.ts'],
    },
  ],
};
