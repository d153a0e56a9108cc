import type { ServiceDefinition } from '@lz/platform';
import { EVIDENCE_MAX_BYTES } from '@lz/evidence';

/**
 * The intake service (port 3001): owns the annual calls, consortium applications, attachments and the applicant's timeline (docs/ARCHITECTURE.md "Services and what each owns").
 * `consumes` lists exactly the events it has handlers for (procedure-outcomes/procedure-outcomes.consumer.ts); `deadlineKinds` the deadlines it fires.
 */
export const INTAKE: ServiceDefinition = {
  name: 'intake',
  port: 3001,
  consumes: [
    'review.preliminary.decided.v1',
    'review.city.decided.v1',
    'publicity.notice.published.v1',
    'publicity.objection.filed.v1',
    'publicity.item.cleared.v1',
    'publicity.item.contested.v1',
    'review.consortium.registered.v1',
  ],
  deadlineKinds: [],
  multipart: { fileSizeLimit: EVIDENCE_MAX_BYTES, files: 1 },
};
