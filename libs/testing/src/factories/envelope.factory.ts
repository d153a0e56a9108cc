import {
  applicationSubmittedData,
  type ApplicationDocumentInput,
  CURRENT_POLICY_VERSION,
  type EventDataInput,
  type EventEnvelope,
  type EventType,
  eventExamples,
} from '@lz/policy';
import { type FactoryAttachment, makeAttachments } from './application.factory';
import { deepMerge, type DeepPartial, makeUuid } from './seed';

/**
 * Valid `data` for an event type (the example of @lz/policy `eventExamples`), with `overrides`
 * deep-merged in (arrays replaced whole). Not validated, so a test can break it on purpose.
 */
export function makeEventData<T extends EventType>(
  type: T,
  overrides: DeepPartial<EventDataInput<T>> = {} as DeepPartial<EventDataInput<T>>,
): EventDataInput<T> {
  return deepMerge(eventExamples[type] as EventDataInput<T>, overrides);
}

export type EnvelopeMeta = Partial<Omit<EventEnvelope, 'type' | 'data'>>;

/**
 * An envelope as it travels on `lz.events`: fresh uuid `id` each call, `source` from the type's
 * prefix, `correlationId` random, `causationId` null, current policy version. `data` is merged over
 * the type's example, so `makeEnvelope('review.city.decided.v1', { decision: 'REJECT' })` is enough.
 */
export function makeEnvelope<T extends EventType>(
  type: T,
  data: DeepPartial<EventDataInput<T>> = {} as DeepPartial<EventDataInput<T>>,
  meta: EnvelopeMeta = {},
): EventEnvelope<T> {
  return {
    id: makeUuid(),
    type,
    occurredAt: new Date().toISOString(),
    source: type.split('.')[0],
    correlationId: `test-${makeUuid()}`,
    causationId: null,
    policyVersion: CURRENT_POLICY_VERSION,
    ...meta,
    data: makeEventData(type, data) as EventEnvelope<T>['data'],
  };
}

/**
 * `intake.application.submitted.v1` data derived from a document (defaults: revision 1, the
 * factory attachments, no findings), e.g. `submittedEventData(makeApplicationDocument(), { applicationId })`.
 */
export function submittedEventData(
  doc: ApplicationDocumentInput,
  overrides: DeepPartial<EventDataInput<'intake.application.submitted.v1'>> & {
    attachments?: FactoryAttachment[];
  } = {},
): EventDataInput<'intake.application.submitted.v1'> {
  const base: EventDataInput<'intake.application.submitted.v1'> = applicationSubmittedData(
    structuredClone(doc),
    {
      applicationId: makeUuid(),
      revision: 1,
      submittedAt: new Date().toISOString(),
      submittedBy: 'test-applicant',
      attachments: makeAttachments(),
      findings: [],
    },
  );
  return deepMerge(base, overrides);
}
