import type { Fen } from '../money/money';

export type EvaluationGrade = 'EXCELLENT' | 'GOOD' | 'QUALIFIED' | 'UNQUALIFIED';
export const EVALUATION_GRADES = ['EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED'] as const;

/**
 * An evaluation cycle's life (docs/SPEC.md 5.2a): SCHEDULED → OPEN → SUBMITTED | OVERDUE → GRADED;
 * CANCELLED when the consortium is delisted. The evaluation service's views and the portal share it.
 */
export const EVALUATION_STATUSES = [
  'SCHEDULED',
  'OPEN',
  'SUBMITTED',
  'OVERDUE',
  'GRADED',
  'CANCELLED',
] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/**
 * What a report not submitted by its due instant means for the grade (docs/spec-notes.md: the draft is
 * silent). 'OFFICER_DECIDES': the cycle becomes OVERDUE and the officer has it assessed; the evaluator
 * records whatever grade is judged — an overdue report never counts as a failure by itself.
 */
export const OVERDUE_REPORT_EFFECTS = ['OFFICER_DECIDES'] as const;
export type OverdueReportEffect = (typeof OVERDUE_REPORT_EFFECTS)[number];

/** How a period of working days is counted: `NEXT_DAY` = the day of publication does not count (民法典 第201条). */
export type CountingRule = 'NEXT_DAY';

export interface ScoringCriterion {
  /** Stable key, used as `criterion` in expert scores. */
  key: string;
  titleZh: string;
  title: string;
  /** Highest score an expert may give for this criterion (weights sum to 100). */
  maxScore: number;
  descriptionZh: string;
}

/**
 * All numbers of docs/SPEC.md as parameters of one versioned policy. A later (final) text is a new
 * object with a later `effectiveFrom` added to the registry — no code changes.
 */
export interface PolicyParameters {
  version: string;
  titleZh: string;
  /** First legal date (Asia/Shanghai) on which this version applies. */
  effectiveFrom: string;
  /** Last legal date it applies, when the text names one (第六条 leaves it blank). */
  effectiveUntil: string | null;
  timeZone: 'Asia/Shanghai';
  source: string;
  status: 'DRAFT' | 'FINAL';
  application: {
    /** 2.3a, soft: linked units besides the lead. */
    minLinkedUnits: number;
    /** 2.3b, hard: members outside Luzhou with industry influence. */
    minOutsideMembers: number;
    /** Kinds that count as an influential outside member (2.3b). */
    outsideMemberKinds: readonly ('ENTERPRISE' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE')[];
    /** District codes a lead may be registered in (2.1a). */
    leadDistrictCodes: readonly string[];
    /** Soft rules whose flag a written justification clears. */
    softRules: readonly string[];
  };
  calls: {
    /** 第三条(一): in principle once a year. */
    callsPerYear: number;
  };
  publicity: {
    workingDays: number;
    countingRule: CountingRule;
    /** Closing time of the last day, `HH:MM` in Asia/Shanghai; `24:00` = end of day. */
    closingTime: string;
  };
  cityReview: {
    /** Default panel size (experts drawn by field, 回避 applied). Not in the text: platform choice. */
    defaultPanelSize: number;
    /** Aggregate score (mean of experts, 0–100) at or above which the panel supports filing. Advisory. */
    recommendedPassScore: number;
    rubric: readonly ScoringCriterion[];
  };
  subsidy: {
    /** 4.3: per platform, over all tranches. */
    platformCapFen: Fen;
    /** 4.4: per project, over all tranches. */
    transformationProjectCapFen: Fen;
    /** Only consortia in the registry (not delisted) may claim. */
    requiresActiveConsortium: boolean;
  };
  /**
   * 5.3a: what an active credit finding against a unit does. The text (第五条(三)) records false
   * materials against the unit and names no effect: these are the platform's choice (docs/spec-notes.md).
   */
  credit: {
    /** The unit cannot lead an application submitted while the finding is active. */
    blocksLead: boolean;
    /** The unit cannot be a member of an application submitted while the finding is active. */
    blocksMember: boolean;
    /** The pending claims of a consortium whose lead or member has an active finding are stopped, new ones refused. */
    stopsPendingClaims: boolean;
  };
  evaluation: {
    /** 5.2a */
    intervalYears: number;
    /** 5.2c: consecutive failures before delisting. */
    consecutiveFailuresToDelist: number;
    grades: readonly EvaluationGrade[];
    passingGrades: readonly EvaluationGrade[];
    /**
     * Reminders to the lead unit while a window is open (docs/spec-notes.md): one on each of these
     * working days before the day the report is due (the due day not counted), and one on the due
     * day itself, each at `at` (Asia/Shanghai wall clock). A reminder whose instant is already past
     * when the window opens is not sent.
     */
    reminders: {
      workingDaysBefore: readonly number[];
      onDueDay: boolean;
      at: string;
    };
    /** What an overdue report means for the grade (the draft is silent; see OVERDUE_REPORT_EFFECTS). */
    overdueReport: OverdueReportEffect;
  };
}
