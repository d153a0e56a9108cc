// The events of bench/relay: `count` contract-valid `intake.application.submitted.v1` envelopes (the
// policy's example data, ~2 KB of JSON each), the same for the relay and the raw publisher.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
require(path.join(root, 'tools', 'register.cjs'));
const { buildEnvelope } = require('@lz/messaging');
const { CURRENT_POLICY_VERSION, eventContracts, eventExamples } = require('@lz/policy');

export const BENCH_EVENT_TYPE = 'intake.application.submitted.v1';

export function benchEnvelopes(count, tag) {
  const data = eventExamples[BENCH_EVENT_TYPE];
  const out = new Array(count);
  for (let i = 0; i < count; i++) {
    out[i] = buildEnvelope(eventContracts, {
      type: BENCH_EVENT_TYPE,
      data: { ...data, applicationId: `${tag}-${i}` },
      source: 'intake',
      policyVersion: CURRENT_POLICY_VERSION,
    });
  }
  return out;
}
