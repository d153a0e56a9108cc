// Jest for the end-to-end tier (`tools/run-tests.mjs` runs it with --runInBand after unit and
// integration): every test file starts all five services as processes (e2e/harness) on its own
// databases, vhost and Redis prefix, and drives them over the wire. See e2e/README.md.
'use strict';
const base = require('./jest.config.js').projects[0];

module.exports = {
  ...base,
  displayName: 'e2e',
  // Every spec under e2e/ (a glob, not a list: a new spec cannot be left out by accident).
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  // A file boots five processes (≈10–20 s on 2 cores) and runs whole procedures; a fault test waits
  // out a 20 s broker outage. The timeout is a safety net, not an assertion on speed.
  testTimeout: 240_000,
  // The browser tests load the built portal from the gateway: build it first when it is stale.
  globalSetup: '<rootDir>/e2e/portal/global-setup.cjs',
  slowTestThreshold: 60,
};
