import type { z } from 'zod';
import {
  APPLICATION_SUBMITTED_V1,
  applicationSubmittedV1Schema,
} from './application-submitted/application-submitted.event';
import { CITY_DECIDED_V1, cityDecidedV1Schema } from './city-decided/city-decided.event';
import { CLAIM_DECIDED_V1, claimDecidedV1Schema } from './claim-decided/claim-decided.event';
import {
  CONSORTIUM_DELISTED_V1,
  consortiumDelistedV1Schema,
} from './consortium-delisted/consortium-delisted.event';
import {
  CONSORTIUM_REGISTERED_V1,
  consortiumRegisteredV1Schema,
} from './consortium-registered/consortium-registered.event';
import {
  CREDIT_FINDING_ENDED_V1,
  creditFindingEndedV1Schema,
} from './credit-finding-ended/credit-finding-ended.event';
import {
  CREDIT_FINDING_RECORDED_V1,
  creditFindingRecordedV1Schema,
} from './credit-finding-recorded/credit-finding-recorded.event';
import { DELISTING_DECIDED_V1, delistingDecidedV1Schema } from './delisting-decided/delisting-decided.event';
import {
  EVALUATION_RESULT_RECORDED_V1,
  evaluationResultRecordedV1Schema,
} from './evaluation-result-recorded/evaluation-result-recorded.event';
import {
  EVALUATION_REPORT_OVERDUE_V1,
  evaluationReportOverdueV1Schema,
} from './evaluation-report-overdue/evaluation-report-overdue.event';
import {
  EVALUATION_REPORT_REMINDED_V1,
  evaluationReportRemindedV1Schema,
} from './evaluation-report-reminded/evaluation-report-reminded.event';
import {
  EVALUATION_WINDOW_OPENED_V1,
  evaluationWindowOpenedV1Schema,
} from './evaluation-window-opened/evaluation-window-opened.event';
import {
  EVALUATOR_ASSIGNED_V1,
  evaluatorAssignedV1Schema,
} from './evaluator-assigned/evaluator-assigned.event';
import { ITEM_CLEARED_V1, itemClearedV1Schema } from './item-cleared/item-cleared.event';
import { ITEM_CONTESTED_V1, itemContestedV1Schema } from './item-contested/item-contested.event';
import { NOTICE_PUBLISHED_V1, noticePublishedV1Schema } from './notice-published/notice-published.event';
import { OBJECTION_FILED_V1, objectionFiledV1Schema } from './objection-filed/objection-filed.event';
import {
  PRELIMINARY_DECIDED_V1,
  preliminaryDecidedV1Schema,
} from './preliminary-decided/preliminary-decided.event';

/** Event type (= routing key on the `lz.events` topic exchange) → zod schema of its `data`. */
export const eventCatalogue = Object.freeze({
  [APPLICATION_SUBMITTED_V1]: applicationSubmittedV1Schema,
  [PRELIMINARY_DECIDED_V1]: preliminaryDecidedV1Schema,
  [CITY_DECIDED_V1]: cityDecidedV1Schema,
  [NOTICE_PUBLISHED_V1]: noticePublishedV1Schema,
  [OBJECTION_FILED_V1]: objectionFiledV1Schema,
  [ITEM_CLEARED_V1]: itemClearedV1Schema,
  [ITEM_CONTESTED_V1]: itemContestedV1Schema,
  [CONSORTIUM_REGISTERED_V1]: consortiumRegisteredV1Schema,
  [EVALUATION_WINDOW_OPENED_V1]: evaluationWindowOpenedV1Schema,
  [EVALUATOR_ASSIGNED_V1]: evaluatorAssignedV1Schema,
  [EVALUATION_REPORT_REMINDED_V1]: evaluationReportRemindedV1Schema,
  [EVALUATION_REPORT_OVERDUE_V1]: evaluationReportOverdueV1Schema,
  [EVALUATION_RESULT_RECORDED_V1]: evaluationResultRecordedV1Schema,
  [DELISTING_DECIDED_V1]: delistingDecidedV1Schema,
  [CONSORTIUM_DELISTED_V1]: consortiumDelistedV1Schema,
  [CLAIM_DECIDED_V1]: claimDecidedV1Schema,
  [CREDIT_FINDING_RECORDED_V1]: creditFindingRecordedV1Schema,
  [CREDIT_FINDING_ENDED_V1]: creditFindingEndedV1Schema,
});

export type EventCatalogue = typeof eventCatalogue;
export type EventType = keyof EventCatalogue;
/** The parsed `data` of an event type. */
export type EventData<T extends EventType> = z.infer<EventCatalogue[T]>;
/** What a producer passes as `data` (before parsing brands fen amounts). */
export type EventDataInput<T extends EventType> = z.input<EventCatalogue[T]>;

export const EVENT_TYPES = Object.freeze(Object.keys(eventCatalogue) as EventType[]);

export function isEventType(type: unknown): type is EventType {
  return typeof type === 'string' && Object.hasOwn(eventCatalogue, type);
}

/**
 * `{ schemaFor(type) }`, the shape the messaging lib asks for: the zod schema of an event type's
 * `data`, and optionally the policy version stamped on envelopes.
 */
export interface EventContracts {
  schemaFor(type: string): z.ZodType | undefined;
  policyVersion?: string;
}

export const eventContracts: EventContracts = Object.freeze({
  schemaFor(type: string): z.ZodType | undefined {
    return isEventType(type) ? eventCatalogue[type] : undefined;
  },
});
