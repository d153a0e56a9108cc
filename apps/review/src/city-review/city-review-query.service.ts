import { Injectable } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import { NotFoundProblem, pageOf, type Page } from '@lz/http';
import { getPolicy, aggregateOf, type ScoreItem } from '@lz/policy';
import { caseMembers, ReviewCaseRepository } from '../cases/review-case.repository';
import { ExpertsRepository } from '../experts/experts.repository';
import { PrismaService } from '../infra/prisma/prisma.service';
import { CityReviewRepository, drawCandidates, drawOrder } from './city-review.repository';
import type {
  CityReviewListQuery,
  CityReviewView,
  PanelScoreRow,
  PanelScoresQuery,
} from './city-review.schema';

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

  /**
   * `GET /city-reviews/:applicationId/scores`: officers only — an expert, even one on the panel, gets
   * the 404 of an application it cannot see (it reads its own score on the review itself). One row per
   * seated expert × rubric criterion, with the maximum and the aggregate the decision sees.
   */
  async panelScores(
    caller: Principal,
    applicationId: string,
    q: PanelScoresQuery,
  ): Promise<Page<PanelScoreRow>> {
    const tx = this.prisma;
    const c = caller.role === 'officer' ? await this.cases.findById(tx, applicationId) : null;
    if (!c) throw new NotFoundProblem('city review');
    const [assignments, scores] = await Promise.all([
      this.reviews.assignments(tx, applicationId),
      this.reviews.scores(tx, applicationId),
    ]);
    const seated = assignments.filter((a) => a.status === 'ASSIGNED');
    const experts = new Map(
      (
        await this.experts.findMany(
          tx,
          seated.map((a) => a.expertId),
        )
      ).map((e) => [e.id, e]),
    );
    const scoreOf = new Map(scores.map((s) => [s.expertId, s]));
    const totals = seated.flatMap((a) => {
      const s = scoreOf.get(a.expertId);
      return s ? [s.total] : [];
    });
    const aggregate = { mean: aggregateOf(totals), scored: totals.length, assigned: seated.length };
    const rubric = getPolicy(c.policyVersion).cityReview.rubric;
    const rows = seated.flatMap((a) => {
      const e = experts.get(a.expertId);
      const s = scoreOf.get(a.expertId);
      const items = new Map(((s?.items ?? []) as unknown as ScoreItem[]).map((i) => [i.criterion, i.score]));
      return rubric.map((criterion, rank) => ({
        rank,
        row: {
          applicationId: c.applicationId,
          consortiumName: c.name,
          position: a.position,
          expertId: a.expertId,
          expertName: e?.name ?? '',
          orgName: e?.orgName ?? null,
          orgUscc: e?.orgUscc ?? '',
          criterion: criterion.key,
          criterionZh: criterion.titleZh,
          maxScore: criterion.maxScore,
          score: items.get(criterion.key) ?? null,
          expertTotal: s?.total ?? null,
          comment: s?.comment ?? null,
          scoredAt: s?.scoredAt.toISOString() ?? null,
          aggregateMean: aggregate.mean,
          aggregateScored: aggregate.scored,
          aggregateAssigned: aggregate.assigned,
        },
      }));
    });
    const compare = (
      a: PanelScoreRow,
      b: PanelScoreRow,
      field: PanelScoresQuery['sort'][number]['field'],
    ) => {
      if (field === 'expertName') return a.expertName.localeCompare(b.expertName, 'zh-Hans-CN');
      if (field === 'scoredAt') {
        // Not yet scored sorts last ascending (first descending).
        if (a.scoredAt === b.scoredAt) return 0;
        if (a.scoredAt === null) return 1;
        if (b.scoredAt === null) return -1;
        return a.scoredAt < b.scoredAt ? -1 : 1;
      }
      return a.position - b.position;
    };
    rows.sort((x, y) => {
      for (const term of q.sort) {
        const d = compare(x.row, y.row, term.field);
        if (d !== 0) return term.direction === 'desc' ? -d : d;
      }
      // Ties: panel order, then rubric order (a total order).
      return x.row.position - y.row.position || x.rank - y.rank;
    });
    const start = (q.page - 1) * q.pageSize;
    return pageOf(
      rows.slice(start, start + q.pageSize).map((r) => r.row),
      rows.length,
      q,
    );
  }
}
