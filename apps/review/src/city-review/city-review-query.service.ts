import { Injectable } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import { NotFoundProblem, pageOf } from '@lz/http';
import { getPolicy, aggregateOf, type ScoreItem } from '@lz/policy';
import { caseMembers, ReviewCaseRepository } from '../cases/review-case.repository';
import { ExpertsRepository } from '../experts/experts.repository';
import { PrismaService } from '../infra/prisma/prisma.service';
import { CityReviewRepository, drawCandidates, drawOrder } from './city-review.repository';
import type { CityReviewListQuery, CityReviewView } from './city-review.schema';

/**
 * `GET /city-reviews/:applicationId`: the officer sees the draw (seed, candidates, order), the panel,
 * every score and the aggregate; an assigned expert sees the same except other experts' scores and
 * the aggregate; anyone else gets 404.
 */
@Injectable()
export class CityReviewQueryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: ReviewCaseRepository,
    private readonly experts: ExpertsRepository,
    private readonly reviews: CityReviewRepository,
  ) {}

  /** Officer: applications at the city stage (default: recommended, under review). Expert: own assignments. */
  async list(caller: Principal, q: CityReviewListQuery) {
    const filter = { callId: q.callId, field: q.field, jurisdictionCode: q.jurisdictionCode };
    const { rows, total } =
      caller.role === 'expert'
        ? await this.cases.assignedAmong(
            this.prisma,
            await this.reviews.assignedApplications(this.prisma, caller),
            { ...filter, statuses: q.status ? [q.status] : undefined },
            q,
          )
        : await this.cases.cityStage(
            this.prisma,
            { ...filter, statuses: [q.status ?? 'PRELIM_RECOMMENDED'] },
            q,
          );
    return pageOf(
      rows.map((c) => ({
        applicationId: c.applicationId,
        revision: c.revision,
        name: c.name,
        field: c.field,
        jurisdictionCode: c.jurisdictionCode,
        leadName: c.leadName,
        status: c.status,
        submittedAt: c.submittedAt.toISOString(),
        updatedAt: c.updatedAt.toISOString(),
      })),
      total,
      q,
    );
  }

  async view(caller: Principal, applicationId: string): Promise<CityReviewView> {
    const tx = this.prisma;
    const c = await this.cases.findById(tx, applicationId);
    if (!c) throw new NotFoundProblem('city review');
    const isOfficer = caller.role === 'officer';
    if (!isOfficer) {
      const assignment =
        caller.role === 'expert' ? await this.reviews.activeAssignment(tx, applicationId, caller) : null;
      if (!assignment) throw new NotFoundProblem('city review');
    }
    const [draw, assignments, scores] = await Promise.all([
      this.reviews.findDraw(tx, applicationId),
      this.reviews.assignments(tx, applicationId),
      this.reviews.scores(tx, applicationId),
    ]);
    const experts = new Map(
      (
        await this.experts.findMany(
          tx,
          assignments.map((a) => a.expertId),
        )
      ).map((e) => [e.id, e]),
    );
    const scored = new Set(scores.map((s) => s.expertId));
    const assigned = assignments.filter((a) => a.status === 'ASSIGNED');
    const liveTotals = scores
      .filter((s) => assigned.some((a) => a.expertId === s.expertId))
      .map((s) => s.total);
    const visibleScores = isOfficer ? scores : scores.filter((s) => s.expertId === caller.sub);
    const policy = getPolicy(c.policyVersion);
    return {
      applicationId: c.applicationId,
      revision: c.revision,
      name: c.name,
      field: c.field,
      jurisdictionCode: c.jurisdictionCode,
      leadUscc: c.leadUscc,
      leadName: c.leadName,
      members: caseMembers(c),
      status: c.status,
      policyVersion: c.policyVersion,
      rubric: policy.cityReview.rubric.map(({ key, title, titleZh, maxScore }) => ({
        key,
        title,
        titleZh,
        maxScore,
      })),
      draw: draw && {
        seed: draw.seed,
        field: draw.field,
        size: draw.size,
        candidates: drawCandidates(draw).map((x) => ({ ...x, fields: [...x.fields] })),
        conflictedOrgs: draw.conflictedOrgs as string[],
        excluded: draw.excluded as string[],
        order: drawOrder(draw),
        panel: drawOrder(draw).slice(0, draw.size),
        reserve: drawOrder(draw).slice(draw.size),
        drawnBy: draw.drawnBy,
        drawnAt: draw.drawnAt.toISOString(),
      },
      panel: assignments.map((a) => ({
        expertId: a.expertId,
        name: experts.get(a.expertId)?.name ?? '',
        orgUscc: experts.get(a.expertId)?.orgUscc ?? '',
        position: a.position,
        status: a.status as 'ASSIGNED' | 'DECLINED',
        declinedAt: a.declinedAt?.toISOString() ?? null,
        declineReason: a.declineReason,
        scored: scored.has(a.expertId),
      })),
      scores: visibleScores.map((s) => ({
        expertId: s.expertId,
        items: s.items as unknown as ScoreItem[],
        total: s.total,
        comment: s.comment,
        scoredAt: s.scoredAt.toISOString(),
      })),
      aggregate: isOfficer
        ? {
            scored: liveTotals.length,
            assigned: assigned.length,
            mean: aggregateOf(liveTotals),
          }
        : null,
      decision:
        c.cityDecision && c.cityDecidedAt && c.cityDecidedBy
          ? {
              decision: c.cityDecision as 'TO_BE_FILED' | 'REJECT',
              opinion: c.cityOpinion ?? '',
              aggregateScore: c.aggregateScore,
              decidedBy: c.cityDecidedBy,
              decidedAt: c.cityDecidedAt.toISOString(),
            }
          : null,
    };
  }
}
