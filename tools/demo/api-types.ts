/**
 * The shapes of docs/API.md answers that the demo and the e2e tests read (only the fields they use).
 * Clients keep their own copy of a contract: these are checked against the real services by
 * e2e/filing-year.e2e-spec.ts on every run.
 */

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ rule: string; path: string; message: string; messageZh: string }>;
}

export interface CallView {
  id: string;
  year: number;
  title: string;
  opensAt: string;
  closesAt: string;
  policyVersion: string;
  open: boolean;
}

export interface AttachmentView {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
}

export interface ApplicationView {
  id: string;
  callId: string;
  status: string;
  revision: number;
  leadUscc: string;
  jurisdictionCode: string;
  document: Record<string, unknown>;
}

export interface Finding {
  rule: string;
  severity: 'error' | 'flag';
  path: string;
  message: string;
  messageZh: string;
}

export interface EligibilityView {
  eligible: boolean;
  findings: Finding[];
}

export interface TimelineEntry {
  status: string;
  source: string;
  eventId: string | null;
  eventType: string | null;
  at: string;
  recordedAt: string;
  note: string | null;
}

export interface QueueItem {
  applicationId: string;
  revision: number;
  name: string;
  status: string;
}

export interface ExpertView {
  id: string;
  name: string;
  orgUscc: string;
  fields: string[];
}

export interface RubricCriterion {
  key: string;
  title: string;
  titleZh: string;
  maxScore: number;
}

export interface CityReviewView {
  applicationId: string;
  status: string;
  rubric: RubricCriterion[];
  draw: {
    seed: string;
    candidates: Array<{ expertId: string; orgUscc: string; fields: string[] }>;
    excluded: string[];
    conflictedOrgs: string[];
    panel: string[];
  } | null;
  panel: Array<{ expertId: string; name: string; orgUscc: string; status: string; scored: boolean }>;
  aggregate: { scored: number; assigned: number; mean: number | null } | null;
  decision: { decision: string; opinion: string; aggregateScore: number | null } | null;
}

export interface NoticeItemView {
  applicationId: string;
  name: string;
  status: string;
  objections: { pending: number; upheld: number; dismissed: number };
}

export interface NoticeView {
  id: string;
  title: string;
  status: 'OPEN' | 'EXPIRED';
  acceptingObjections: boolean;
  publishedAt: string;
  endsAt: string;
  period: { text: string; textZh: string };
  items: NoticeItemView[];
}

export interface ObjectionView {
  id: string;
  /** 回执编号, e.g. YY2026-K7M3-9QXT. */
  receiptNo: string;
  noticeId: string;
  applicationId: string;
  status: string;
}

/** `GET /objections/receipts/:receiptNo`: what the objector learns. */
export interface ObjectionReceiptView {
  receiptNo: string;
  status: 'PENDING' | 'UPHELD' | 'DISMISSED';
  resolution: { reason: string; resolvedAt: string } | null;
}

export interface ConsortiumView {
  id: string;
  applicationId: string;
  name: string;
  filingNumber: string;
  status: 'ACTIVE' | 'DELISTED';
  lead: { uscc: string; name: string };
}

/** Every list answers a page (docs/API.md "Conventions"). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CalendarYearView {
  holidays?: string[];
  makeupWorkdays?: string[];
}

export interface DeadlineView {
  endsAt?: string;
}
