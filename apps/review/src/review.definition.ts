import type { ServiceDefinition } from '@lz/platform';
import { EXPERT_IMPORT_MAX_BYTES } from './experts/expert-import.constants';

/**
 * The review service (port 3002): owns preliminary reviews, the expert pool and panels, city decisions and the registry (docs/ARCHITECTURE.md "Services and what each owns").
 * `consumes` lists exactly the events it has handlers for; `deadlineKinds` the deadlines it fires.
 */
export const REVIEW: ServiceDefinition = {
  name: 'review',
  port: 3002,
  consumes: [
    'intake.application.submitted.v1',
    'publicity.item.cleared.v1',
    'publicity.item.contested.v1',
    'evaluation.delisting.decided.v1',
  ],
  deadlineKinds: [],
  /** The expert pool's Excel import (`POST /experts/import`): one file per request. */
  multipart: { fileSizeLimit: EXPERT_IMPORT_MAX_BYTES, files: 1 },
};
