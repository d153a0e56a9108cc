import { Injectable } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import { ConflictProblem, NotFoundProblem } from '@lz/http';
import { OutboxWriter } from '@lz/messaging';
import { recordAudit } from '@lz/platform';
import { CITY_DECIDED_V1, statusAfterCity, toJurisdictionCode, aggregateOf } from '@lz/policy';
import { ReviewCaseRepository } from '../cases/review-case.repository';
import { assertStepAllowed } from '../cases/review-case.status';
import { PrismaService } from '../infra/prisma/prisma.service';
import { CityReviewRepository } from './city-review.repository';
import type { CityDecisionBody } from './city-review.schema';

/**
 * 市级审查决定 (docs/SPEC.md §3.4): TO_BE_FILED (拟备案) or REJECT. Taken once every expert currently on the
 * panel has scored — the draft has the Bureau decide on the experts' review, so a decision on a
 * partial panel is refused (409, 3.4) rather than silently averaging fewer scores.
 */
@Injectable()
export class CityDecisionService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: ReviewCaseRepository,
    private readonly reviews: CityReviewRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async decide(officer: Principal, ip: string | undefined, applicationId: string, body: CityDecisionBody) {
    const decidedAt = new Date();
    const result = await this.prisma.transaction(async (tx) => {
      const c = await this.cases.lockById(tx, applicationId);
      if (!c) throw new NotFoundProblem('application');
      assertStepAllowed('cityDecision', c.status);
      const draw = await this.reviews.findDraw(tx, applicationId);
      if (!draw) {
        throw new ConflictProblem(
          '3.4',
          'No expert panel has been drawn for this application yet',
          '该申报尚未抽取评审专家',
        );
      }
      const assigned = (await this.reviews.assignments(tx, applicationId)).filter(
        (a) => a.status === 'ASSIGNED',
      );
      const scores = await this.reviews.scores(tx, applicationId);
      const totals = new Map(scores.map((s) => [s.expertId, s.total]));
      const missing = assigned.filter((a) => !totals.has(a.expertId));
      if (missing.length > 0) {
        throw new ConflictProblem(
          '3.4',
          `${missing.length} of ${assigned.length} experts on the panel have not scored yet`,
          `评审专家 ${assigned.length} 名中尚有 ${missing.length} 名未提交评分`,
        );
      }
      const aggregateScore = aggregateOf(assigned.map((a) => totals.get(a.expertId) ?? 0));
      const updated = await this.cases.setStatus(tx, applicationId, statusAfterCity(body.decision), {
        cityDecision: body.decision,
        cityOpinion: body.opinion,
        aggregateScore,
        cityDecidedBy: officer.sub,
        cityDecidedAt: decidedAt,
      });
      await this.outbox.add(tx, {
        type: CITY_DECIDED_V1,
        policyVersion: c.policyVersion,
        data: {
          applicationId,
          revision: c.revision,
          decision: body.decision,
          opinion: body.opinion,
          aggregateScore,
          decidedBy: officer.sub,
          decidedAt: decidedAt.toISOString(),
          name: c.name,
          field: c.field,
          leadUscc: c.leadUscc,
          leadName: c.leadName,
          jurisdictionCode: toJurisdictionCode(c.jurisdictionCode),
        },
      });
      await recordAudit(
        tx,
        { principal: officer, ip },
        {
          action: 'city-review.decided',
          objectType: 'application',
          objectId: applicationId,
          detail: {
            revision: c.revision,
            decision: body.decision,
            aggregateScore,
            opinion: body.opinion,
            policyVersion: c.policyVersion,
          },
        },
      );
      return updated;
    });
    return {
      applicationId,
      revision: result.revision,
      decision: body.decision,
      opinion: body.opinion,
      aggregateScore: result.aggregateScore,
      status: result.status,
      decidedAt: decidedAt.toISOString(),
    };
  }
}
