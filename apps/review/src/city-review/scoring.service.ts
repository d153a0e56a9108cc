import { Injectable } from '@nestjs/common';
import { NotFoundProblem, PolicyViolationException } from '@lz/http';
import { recordAudit } from '@lz/platform';
import { getPolicy, checkScores, totalOf } from '@lz/policy';
import { ReviewCaseRepository } from '../cases/review-case.repository';
import { assertStepAllowed } from '../cases/review-case.status';
import { PrismaService } from '../infra/prisma/prisma.service';
import { CityReviewRepository } from './city-review.repository';
import type { ScoresBody } from './city-review.schema';
import type { ExpertPrincipal } from './panel.service';

/** An assigned expert scores against the rubric of the application's policy version (docs/SPEC.md §3.4). */
@Injectable()
export class ScoringService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: ReviewCaseRepository,
    private readonly reviews: CityReviewRepository,
  ) {}

  async score(expert: ExpertPrincipal, ip: string | undefined, applicationId: string, body: ScoresBody) {
    return this.prisma.transaction(async (tx) => {
      const c = await this.cases.lockById(tx, applicationId);
      const assignment = c ? await this.reviews.activeAssignment(tx, applicationId, expert) : null;
      if (!c || !assignment) throw new NotFoundProblem('city review');
      assertStepAllowed('scoring', c.status);
      const findings = checkScores(getPolicy(c.policyVersion).cityReview.rubric, body.items);
      if (findings.length > 0)
        throw new PolicyViolationException(findings, 'The scores do not fit the rubric');
      const scoredAt = new Date();
      const saved = await this.reviews.upsertScore(tx, {
        applicationId,
        expertId: expert.sub,
        items: body.items,
        total: totalOf(body.items),
        comment: body.comment,
        scoredAt,
      });
      await recordAudit(
        tx,
        { principal: expert, ip },
        {
          action: 'city-review.scored',
          objectType: 'application',
          objectId: applicationId,
          detail: { expertId: expert.sub, total: saved.total, items: body.items },
        },
      );
      return {
        expertId: saved.expertId,
        items: body.items,
        total: saved.total,
        comment: saved.comment,
        scoredAt: scoredAt.toISOString(),
      };
    });
  }
}
