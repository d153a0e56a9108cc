import type { ServiceDefinition } from '@lz/platform';
import { CITY_DECIDED_V1 } from '@lz/policy';
import { PUBLICITY_DEADLINES } from './notices/notice-expiry.constants';

/**
 * The publicity service (port 3003): owns the working-day calendar, public notices, objections and notice deadlines (docs/ARCHITECTURE.md "Services and what each owns").
 * `consumes` lists exactly the events it has handlers for; `deadlineKinds` the deadlines it fires.
 */
export const PUBLICITY: ServiceDefinition = {
  name: 'publicity',
  port: 3003,
  consumes: [CITY_DECIDED_V1],
  deadlineKinds: PUBLICITY_DEADLINES,
};
