import type { ServiceDefinition } from '@lz/platform';

/**
 * The intake service (port 3001): owns the annual calls, consortium applications, attachments and the applicant's timeline (ARCHITECTURE.md "Services and what each owns").
 * `consumes` lists exactly the events it has handlers for; `deadlineKinds` the deadlines it fires.
 */
export const INTAKE: ServiceDefinition = {
  name: 'intake',
  port: 3001,
  consumes: [],
  deadlineKinds: [],
};
