import { EVIDENCE_MAX_BYTES } from '@lz/evidence';
import type { ServiceDefinition } from '@lz/platform';
import {
  CONSORTIUM_DELISTED_V1,
  CONSORTIUM_REGISTERED_V1,
  CREDIT_FINDING_ENDED_V1,
  CREDIT_FINDING_RECORDED_V1,
  EVALUATION_RESULT_RECORDED_V1,
} from '@lz/policy';

/**
 * The subsidy service (port 3004): owns budgets per year, post-subsidy claims and their evidence, grants and caps (docs/ARCHITECTURE.md "Services and what each owns").
 * `consumes` lists exactly the events it has handlers for; `deadlineKinds` the deadlines it fires.
 */
export const SUBSIDY: ServiceDefinition = {
  name: 'subsidy',
  port: 3004,
  consumes: [
    CONSORTIUM_REGISTERED_V1,
    CONSORTIUM_DELISTED_V1,
    EVALUATION_RESULT_RECORDED_V1,
    CREDIT_FINDING_RECORDED_V1,
    CREDIT_FINDING_ENDED_V1,
  ],
  deadlineKinds: [],
  multipart: { fileSizeLimit: EVIDENCE_MAX_BYTES, files: 1 },
};
