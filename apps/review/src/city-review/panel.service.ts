import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import { ConflictProblem, NotFoundProblem } from '@lz/http';
import { recordAudit } from '@lz/platform';
import { getPolicy } from '@lz/policy';
import { caseMembers, ReviewCaseRepository } from '../cases/review-case.repository';
import { assertStepAllowed } from '../cases/review-case.status';
import { ExpertsRepository } from '../experts/experts.repository';
import { PrismaService } from '../infra/prisma/prisma.service';
import { CityReviewRepository, drawOrder } from './city-review.repository';
import { drawPanel, type DrawCandidate } from './panel-draw';
import type { DeclineBody } from './city-review.schema';

export type ExpertPrincipal = Extract<Principal, { role: 'expert' }>;

/**
 * The expert panel of docs/SPEC.md §3.4: a seeded random draw among the experts of the application's field,
 * excluding experts of the lead's and the members' organisations (回避). The seed and the candidate
 * snapshot are stored, so the draw can be replayed; a declining expert is replaced by the next
 * expert of the stored order (the reserve).
 */
@Injectable()
export class PanelService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: ReviewCaseRepository,
    private readonly experts: ExpertsRepository,
    private readonly reviews: CityReviewRepository,
  ) {}

  async draw(officer: Principal, ip: string | undefined, applicationId: string, requestedSize?: number) {
    return this.prisma.transaction(async (tx) => {
      const c = await this.cases.lockById(tx, applicationId);
      if (!c) throw new NotFoundProblem('application');
      assertStepAllowed('panelDraw', c.status);
      if (await this.reviews.findDraw(tx, applicationId)) {
        throw new ConflictProblem(
          '3.4',
          'A panel has already been drawn for this application; a declining expert is replaced from its reserve',
          '该申报已抽取评审专家;专家回避或拒绝时从备选名单递补',
        );
      }
      const size = requestedSize ?? getPolicy(c.policyVersion).cityReview.defaultPanelSize;
      const candidates: DrawCandidate[] = (await this.experts.inField(tx, c.field)).map((e) => ({
        expertId: e.id,
        orgUscc: e.orgUscc,
        fields: e.fields,
      }));
      const conflictedOrgs = [...new Set([c.leadUscc, ...caseMembers(c).map((m) => m.uscc)])].sort();
      const seed = randomBytes(16).toString('hex');
      const result = drawPanel({ candidates, field: c.field, conflictedOrgs, size, seed });
      if (result.missing > 0) {
        throw new ConflictProblem(
          '3.4',
          `Too few eligible experts in field "${c.field}": the panel needs ${size}, ${result.eligible.length} are eligible (${result.excluded.length} excluded for conflict of interest); ${result.missing} missing`,
          `"${c.field}"领域可抽取专家不足:需要 ${size} 名,符合条件 ${result.eligible.length} 名(回避 ${result.excluded.length} 名),缺少 ${result.missing} 名`,
          'size',
        );
      }
      const now = new Date();
      const draw = await this.reviews.createDraw(tx, {
        applicationId,
        revision: c.revision,
        field: c.field,
        size,
        seed,
        candidates: candidates.map((x) => ({ ...x, fields: [...x.fields] })),
        conflictedOrgs,
        excluded: result.excluded,
        order: result.order,
        drawnBy: officer.sub,
        drawnAt: now,
      });
      await this.reviews.assign(tx, applicationId, result.panel, 0, now);
      await recordAudit(
        tx,
        { principal: officer, ip },
        {
          action: 'panel.drawn',
          objectType: 'application',
          objectId: applicationId,
          detail: {
            seed,
            size,
            panel: result.panel,
            excluded: result.excluded,
            candidates: candidates.length,
          },
        },
      );
      return draw;
    });
  }

  /** The expert declines, saying why: replaced by the next expert of the stored order. */
  async decline(
    expert: ExpertPrincipal,
    ip: string | undefined,
    applicationId: string,
    { reason }: DeclineBody,
  ) {
    return this.prisma.transaction(async (tx) => {
      const c = await this.cases.lockById(tx, applicationId);
      const assignment = c ? await this.reviews.activeAssignment(tx, applicationId, expert) : null;
      if (!c || !assignment) throw new NotFoundProblem('city review');
      assertStepAllowed('scoring', c.status);
      if (await this.reviews.findScore(tx, applicationId, expert.sub)) {
        throw new ConflictProblem(
          '3.4',
          'An expert who has already scored cannot decline',
          '已提交评分的专家不能拒绝评审',
        );
      }
      const draw = await this.reviews.findDraw(tx, applicationId);
      if (!draw) throw new NotFoundProblem('city review');
      const seated = await this.reviews.assignments(tx, applicationId);
      const used = seated.length;
      // The next expert of the stored order not yet seated and still in the pool: a retired expert is
      // never drawn again, so the reserve passes over them.
      const taken = new Set(seated.map((a) => a.expertId));
      const waiting = drawOrder(draw).filter((id) => !taken.has(id));
      const active = new Set(
        (await this.experts.findMany(tx, waiting)).filter((e) => e.status === 'ACTIVE').map((e) => e.id),
      );
      const next = waiting.find((id) => active.has(id));
      if (next === undefined) {
        throw new ConflictProblem(
          '3.4',
          'The reserve of this draw is exhausted: no eligible expert is left to replace the one declining',
          '本次抽取的备选专家已用尽,无法递补',
        );
      }
      const now = new Date();
      await this.reviews.decline(tx, applicationId, expert.sub, now, reason);
      await this.reviews.assign(tx, applicationId, [next], used, now);
      await recordAudit(
        tx,
        { principal: expert, ip },
        {
          action: 'city-review.declined',
          objectType: 'application',
          objectId: applicationId,
          detail: { declined: expert.sub, reason, replacement: next, position: used },
        },
      );
      return { applicationId, declined: expert.sub, replacement: next };
    });
  }
}
