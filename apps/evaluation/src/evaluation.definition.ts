import { EVIDENCE_MAX_BYTES } from '@lz/evidence';
import type { ServiceDefinition } from '@lz/platform';
import { CONSORTIUM_DELISTED_V1, CONSORTIUM_REGISTERED_V1 } from '@lz/policy';
import { EVALUATION_DEADLINES } from './cycles/evaluation-window.constants';

/**
 * The evaluation service (port 3005): owns biennial evaluation cycles, reports and their evidence, assignments, results and the two-failures rule (docs/ARCHITECTURE.md "Services and what each owns").
 * `consumes` lists exactly the events it has handlers for; `deadlineKinds` the deadlines it fires.
 */
export const EVALUATION: ServiceDefinition = {
  name: 'evaluation',
  port: 3005,
  consumes: [CONSORTIUM_REGISTERED_V1, CONSORTIUM_DELISTED_V1],
  deadlineKinds: EVALUATION_DEADLINES,
  multipart: { fileSizeLimit: EVIDENCE_MAX_BYTES, files: 1 },
};
