// Jest for the end-to-end tier (`tools/run-tests.mjs` runs it with --runInBand after unit and
// integration): every test file starts all five services as processes (e2e/harness) on its own
// databases, vhost and Redis prefix, and drives them over the wire. See e2e/README.md.
'use strict';
const base = require('./jest.config.js').projects[0];

module.exports = {
  ...base,
  displayName: 'e2e',
  // e2e/event-order.e2e-spec.ts is a known failure of intake (an event that arrives before the one
  // it follows is dropped) and stays out of this list until intake handles it; run it alone with
  //   npx jest -c jest.e2e.config.js --runInBand --testMatch '<rootDir>/e2e/event-order.e2e-spec.ts'
  testMatch: [
    '<rootDir>/e2e/stack.e2e-spec.ts',
    '<rootDir>/e2e/gateway.e2e-spec.ts',
    '<rootDir>/e2e/filing-year.e2e-spec.ts',
    '<rootDir>/e2e/demo-rerun.e2e-spec.ts',
    '<rootDir>/e2e/faults.e2e-spec.ts',
    '<rootDir>/e2e/portal/*.e2e-spec.ts',
    '<rootDir>/e2e/event-order.e2e-spec.ts',
  ],
  // A file boots five processes (≈10–20 s on 2 cores) and runs whole procedures; a fault test waits
  // out a 20 s broker outage. The timeout is a safety net, not an assertion on speed.
  testTimeout: 240_000,
  // The browser tests load the built portal from the gateway: build it first when it is stale.
  globalSetup: '<rootDir>/e2e/portal/global-setup.cjs',
  slowTestThreshold: 60,
};
