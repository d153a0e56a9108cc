// @lz/policy — the shared contracts: policy versions, rule catalogue, identifiers, money,
// jurisdictions, zod schemas of documents and events, and the eligibility check (docs/SPEC.md §2).
// Depends on zod only.

export * from './shared/deep-freeze';
export * from './shared/primitives.schema';
export * from './shared/zod-issues';

export * from './policy/policy.types';
export * from './policy/lz-2024-draft.policy';
export * from './policy/policy-registry';

export * from './rules/rule-catalogue';
export * from './uscc/uscc';
export * from './money/money';
export * from './jurisdictions/jurisdictions';
export * from './jurisdictions/jurisdiction.schema';

export * from './application/application.schema';
export * from './application/application-status';
export * from './application/call.schema';
export * from './subsidy/claim-category';
export * from './uploads/upload-limits';
export * from './objections/objection.schema';
export * from './preliminary/preliminary-decision.schema';
export * from './city-review/city-decision.schema';
export * from './city-review/scoring';
export * from './experts/expert.schema';

export * from './credit/credit-finding.schema';
export * from './eligibility/check-eligibility';

export * from './events/shared/event-fields.schema';
export * from './events/application-submitted/application-submitted.event';
export * from './events/preliminary-decided/preliminary-decided.event';
export * from './events/city-decided/city-decided.event';
export * from './events/notice-published/notice-published.event';
export * from './events/objection-filed/objection-filed.event';
export * from './events/item-cleared/item-cleared.event';
export * from './events/item-contested/item-contested.event';
export * from './events/consortium-registered/consortium-registered.event';
export * from './events/evaluation-window-opened/evaluation-window-opened.event';
export * from './events/evaluation-report-reminded/evaluation-report-reminded.event';
export * from './events/evaluation-report-overdue/evaluation-report-overdue.event';
export * from './events/evaluation-result-recorded/evaluation-result-recorded.event';
export * from './events/evaluator-assigned/evaluator-assigned.event';
export * from './events/delisting-decided/delisting-decided.event';
export * from './events/consortium-delisted/consortium-delisted.event';
export * from './events/claim-decided/claim-decided.event';
export * from './events/credit-finding-recorded/credit-finding-recorded.event';
export * from './events/credit-finding-ended/credit-finding-ended.event';
export * from './events/event-catalogue';
export * from './events/event-examples';
export * from './events/envelope.schema';
