import type { operations as EvaluationOps } from './generated/evaluation';
import type { operations as IntakeOps } from './generated/intake';
import type { operations as PublicityOps } from './generated/publicity';
import type { operations as ReviewOps } from './generated/review';
import type { operations as SubsidyOps } from './generated/subsidy';

type Success<R> = R extends { 200: infer A } ? A : R extends { 201: infer B } ? B : never;
type Json<X> = X extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body of an operation's success answer (its 200 or 201). */
export type SuccessBody<Op> = Op extends { responses: infer R } ? Json<Success<R>> : never;
/** The JSON request body of an operation. */
export type RequestBody<Op> = Op extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
/** One item of a list (docs/API.md "Conventions": `{items, total, page, pageSize}`). */
export type ItemOf<P> = P extends { items: Array<infer I> } ? I : never;

/** Every list's answer (docs/API.md "Conventions"). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

// Names for the shapes clients read, each derived from the generated types (none written by hand).

export type CallView = SuccessBody<IntakeOps['CallsController.get']>;
export type CreateCallBody = RequestBody<IntakeOps['CallsController.create']>;
export type ApplicationView = SuccessBody<IntakeOps['ApplicationsController.get']>;
export type ApplicationDocumentBody = RequestBody<IntakeOps['ApplicationsController.create']>;
export type AttachmentView = SuccessBody<IntakeOps['AttachmentsController.upload']>;
export type EligibilityView = SuccessBody<IntakeOps['SubmissionController.eligibility']>;
export type RevisionView = ItemOf<SuccessBody<IntakeOps['ApplicationsController.revisions']>>;
export type CreditFindingView = SuccessBody<IntakeOps['CreditFindingsController.get']>;
export type RecordCreditFindingBody = RequestBody<IntakeOps['CreditFindingsController.record']>;
export type TimelineEntry = ItemOf<SuccessBody<IntakeOps['ApplicationsController.timeline']>>;

export type QueueItem = ItemOf<SuccessBody<ReviewOps['PreliminaryController.queue']>>;
export type ExpertView = SuccessBody<ReviewOps['ExpertsController.register']>;
export type ExpertImportResult = SuccessBody<ReviewOps['ExpertsController.import']>;
export type ExpertBody = RequestBody<ReviewOps['ExpertsController.register']>;
export type PanelScoreRow = ItemOf<SuccessBody<ReviewOps['CityReviewController.panelScores']>>;
export type CityReviewListItem = ItemOf<SuccessBody<ReviewOps['CityReviewController.list']>>;
export type CityReviewView = SuccessBody<ReviewOps['CityReviewController.view']>;
export type ConsortiumView = SuccessBody<ReviewOps['RegistryController.get']>;

export type CalendarYearView = SuccessBody<PublicityOps['CalendarController.get']>;
export type DeadlineView = SuccessBody<PublicityOps['CalendarController.deadline']>;
export type NoticeView = SuccessBody<PublicityOps['NoticesController.get']>;
export type FiledObjectionView = SuccessBody<PublicityOps['ObjectionsController.file']>;
export type ObjectionView = SuccessBody<PublicityOps['ObjectionsController.resolve']>;
export type ObjectionReceiptView = SuccessBody<PublicityOps['ObjectionsController.receipt']>;

export type BudgetView = SuccessBody<SubsidyOps['BudgetsController.get']>;
export type ClaimView = SuccessBody<SubsidyOps['ClaimsController.get']>;

export type EvaluationView = SuccessBody<EvaluationOps['EvaluationsController.get']>;
export type PreliminaryDecisionBody = RequestBody<ReviewOps['PreliminaryController.decide']>;
export type CityDecisionBody = RequestBody<ReviewOps['CityReviewController.decide']>;
export type ScoresBody = RequestBody<ReviewOps['CityReviewController.score']>;
export type RegistryPage = SuccessBody<ReviewOps['RegistryController.list']>;
export type ExpertPage = SuccessBody<ReviewOps['ExpertsController.list']>;
