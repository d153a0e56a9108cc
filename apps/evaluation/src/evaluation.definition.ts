import type { ServiceDefinition } from '@lz/platform';

/**
 * The evaluation service (port 3005): owns biennial evaluation cycles, reports, assignments, results and the two-failures rule (ARCHITECTURE.md "Services and what each owns").
 * `consumes` lists exactly the events it has handlers for; `deadlineKinds` the deadlines it fires.
 */
export const EVALUATION: ServiceDefinition = {
  name: 'evaluation',
  port: 3005,
  consumes: [],
  deadlineKinds: [],
};
