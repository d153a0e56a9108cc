import type { ServiceDefinition } from '@lz/platform';
import { EVENT_TYPES } from '@lz/policy';

/**
 * The notifications service (port 3006): owns the in-app inbox, the e-mail/SMS deliveries and their
 * state, and preferences per user (docs/ARCHITECTURE.md "Services and what each owns"). It consumes
 * every event of the catalogue: each one tells someone something (events/messages.ts says who and
 * what), and the first two of an application's or consortium's life also say whom to address later.
 * A type added to the catalogue stops this service from booting until it has a handler here
 * (libs/messaging bindingMismatch): whoever adds an event decides whom it tells.
 */
export const NOTIFICATIONS: ServiceDefinition = {
  name: 'notifications',
  port: 3006,
  consumes: EVENT_TYPES,
  deadlineKinds: [],
};
