// Jest for `npm run test:mutation` (stryker.config.mjs): the unit project, limited to the specs of the
// rule code that Stryker mutates.
'use strict';
const { projects } = require('./jest.config.js');

const unit = projects.find((p) => p.displayName === 'unit');

module.exports = {
  ...unit,
  displayName: 'mutation',
  testMatch: [
    '<rootDir>/libs/policy/src/{eligibility,uscc,money}/**/*.spec.ts',
    '<rootDir>/libs/calendar/src/**/*.spec.ts',
    '<rootDir>/apps/review/src/city-review/panel-draw.spec.ts',
    '<rootDir>/apps/review/src/registry/filing-number.spec.ts',
    '<rootDir>/apps/subsidy/src/claims/claim-rules.spec.ts',
    '<rootDir>/apps/evaluation/src/cycles/two-failures.rule.spec.ts',
  ],
};
