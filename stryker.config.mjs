// Mutation testing of the pure rule code (`npm run test:mutation`, not part of `npm test`): the rules of
// docs/SPEC.md that decide eligibility, identifiers, money, working days and deadlines, the panel draw,
// filing numbers, claim caps and the two-failures rule. Scores and the equivalent survivors:
// docs/mutation-testing.md. CPU-heavy: one test process; iterate on one file with
// `npm run test:mutation -- --mutate libs/policy/src/uscc/uscc.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  plugins: ['@stryker-mutator/jest-runner'],
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  mutate: [
    'libs/policy/src/eligibility/check-eligibility.ts',
    'libs/policy/src/uscc/uscc.ts',
    'libs/policy/src/money/money.ts',
    'libs/calendar/src/deadline.ts',
    'libs/calendar/src/working-day-calendar.ts',
    'libs/calendar/src/year-arrangement.ts',
    'libs/calendar/src/year-arrangement.schema.ts',
    'libs/calendar/src/shanghai-time.ts',
    'apps/review/src/city-review/panel-draw.ts',
    'apps/review/src/registry/filing-number.ts',
    'apps/subsidy/src/claims/claim-rules.ts',
    'apps/evaluation/src/cycles/two-failures.rule.ts',
  ],
  // Only what the unit tests of that code need is copied into the sandbox.
  ignorePatterns: [
    '/tmp',
    '/var',
    '/dist',
    '/coverage',
    '/.nx',
    '/bench',
    '/e2e',
    '/infra',
    '/docs',
    '/apps/*/prisma',
    '/libs/*/prisma',
    '**/generated',
  ],
  tempDirName: 'tmp/.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'tmp/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 10000,
  timeoutFactor: 1.5,
};
