import { listCalls } from '../api/calls';
import { listApplications } from '../api/applications';
import { listCreditFindings } from '../api/credit-findings';
import { listExperts } from '../api/experts';
import { listNotices } from '../api/notices';
import type { SessionView } from '../api/session';
import {
  awaitingFilingCount,
  cityReviewCount,
  noticeCandidateCount,
  claimCount,
  evaluationCount,
  overdueEvaluationCount,
  pendingClaimCount,
  pendingObjectionCount,
  preliminaryQueueCount,
  submittedEvaluationCount,
} from '../api/workload';
import { UnreadStat } from '../notifications/UnreadStat';
import { DashboardLink } from '../dashboard/DashboardLink';
import { Stat } from './Stat';

const openNotices = () => listNotices({ status: 'OPEN', pageSize: 1 }).then((p) => p.total);

export function OfficerHome() {
  return (
    <ul className="lz-stats">
      <DashboardLink />
      <Stat
        label="officer.openObjections"
        queryKey={['officer', 'objections']}
        count={pendingObjectionCount}
        to="/workspace/publicity"
      />
      <Stat
        label="officer.toPublish"
        queryKey={['officer', 'notice-candidates']}
        count={noticeCandidateCount}
        to="/workspace/publicity"
      />
      <Stat
        label="officer.awaitingFiling"
        queryKey={['officer', 'awaiting-filing']}
        count={awaitingFilingCount}
        to="/workspace/filings"
      />
      <Stat label="officer.openNotices" queryKey={['officer', 'notices']} count={openNotices} to="/notices" />
      <Stat
        label="officer.cityReviews"
        queryKey={['officer', 'city-reviews']}
        count={cityReviewCount}
        to="/workspace/city-reviews"
      />
      <Stat
        label="officer.calls"
        queryKey={['officer', 'calls']}
        count={() => listCalls({ pageSize: 1 }).then((p) => p.total)}
        to="/workspace/calls"
      />
      <Stat
        label="officer.overdueEvaluations"
        queryKey={['officer', 'evaluations', 'overdue']}
        count={overdueEvaluationCount}
        to="/workspace/evaluations?status=OVERDUE"
      />
      <Stat
        label="officer.pendingClaims"
        queryKey={['officer', 'claims', 'pending']}
        count={pendingClaimCount}
        to="/workspace/subsidy"
      />
      <Stat
        label="officer.evaluationsToAssign"
        queryKey={['officer', 'evaluations', 'all']}
        count={evaluationCount}
        to="/workspace/evaluations"
      />
      <Stat
        label="officer.creditFindings"
        queryKey={['officer', 'credit-findings']}
        count={() => listCreditFindings({ active: 'true', pageSize: 1 }).then((p) => p.total)}
        to="/workspace/credit-findings"
      />
      <Stat
        label="officer.experts"
        queryKey={['officer', 'experts']}
        count={() => listExperts({ status: 'ACTIVE', pageSize: 1 }).then((p) => p.total)}
        to="/workspace/experts"
      />
      <UnreadStat />
    </ul>
  );
}

export function ReviewerHome({ session }: { session: SessionView }) {
  return (
    <ul className="lz-stats">
      <Stat
        label="reviewer.queue"
        queryKey={['reviewer', session.jurisdiction, 'queue']}
        count={preliminaryQueueCount}
        to="/workspace/preliminary-reviews"
      />
      <UnreadStat />
    </ul>
  );
}

export function ExpertHome() {
  return (
    <ul className="lz-stats">
      <Stat
        label="expert.assigned"
        queryKey={['expert', 'city-reviews']}
        count={cityReviewCount}
        to="/workspace/city-reviews"
      />
      <UnreadStat />
    </ul>
  );
}

export function EvaluatorHome() {
  return (
    <ul className="lz-stats">
      <Stat
        label="evaluator.assigned"
        queryKey={['evaluator', 'evaluations']}
        count={evaluationCount}
        to="/workspace/evaluations"
      />
      <Stat
        label="evaluator.toGrade"
        queryKey={['evaluator', 'evaluations', 'submitted']}
        count={submittedEvaluationCount}
        to="/workspace/evaluations?status=SUBMITTED"
      />
      <UnreadStat />
    </ul>
  );
}

export function ApplicantHome() {
  return (
    <ul className="lz-stats">
      <Stat
        label="applicant.applications"
        queryKey={['applicant', 'applications']}
        count={() => listApplications({ pageSize: 1 }).then((p) => p.total)}
        to="/workspace/applications"
      />
      <Stat
        label="applicant.drafts"
        queryKey={['applicant', 'drafts']}
        count={() => listApplications({ pageSize: 1, status: 'DRAFT' }).then((p) => p.total)}
        to="/workspace/applications?status=DRAFT"
      />
      <Stat
        label="applicant.evaluations"
        queryKey={['applicant', 'evaluations']}
        count={evaluationCount}
        to="/workspace/evaluations"
      />
      <Stat
        label="applicant.claims"
        queryKey={['applicant', 'claims']}
        count={claimCount}
        to="/workspace/claims"
      />
      <UnreadStat />
    </ul>
  );
}
