import type { ServiceDefinition } from '@lz/platform';

/**
 * The subsidy service (port 3004): owns budgets per year, post-subsidy claims, grants and caps (ARCHITECTURE.md "Services and what each owns").
 * `consumes` lists exactly the events it has handlers for; `deadlineKinds` the deadlines it fires.
 */
export const SUBSIDY: ServiceDefinition = {
  name: 'subsidy',
  port: 3004,
  consumes: [],
  deadlineKinds: [],
};
