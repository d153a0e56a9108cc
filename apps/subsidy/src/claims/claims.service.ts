import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { scopeOf, type Principal } from '@lz/auth';
import { formatShanghaiIso } from '@lz/calendar';
import { ConflictProblem, NotFoundProblem, pageOf } from '@lz/http';
import { recordAudit } from '@lz/platform';
import { CURRENT_POLICY_VERSION, getPolicy, type ClaimCategory } from '@lz/policy';
import type { Claim, EvaluationGrade } from '../infra/prisma/generated/client';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { RegistryRepository } from '../registry/registry.repository';
import { capFenOf, ruleOf } from './claim-rules';
import { ClaimsRepository } from './claims.repository';
import type { ClaimStatus, ClaimView, CreateClaimBody, ListClaimsQuery } from './claims.schema';

export interface Caller {
  principal: Principal;
  ip?: string;
}

/** Claims for post-subsidy (docs/SPEC.md §4): filed by the lead of an ACTIVE consortium, read in scope. */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly claims: ClaimsRepository,
    private readonly registry: RegistryRepository,
  ) {}

  async create(caller: Caller, body: CreateClaimBody): Promise<ClaimView> {
    const { principal } = caller;
    if (principal.role !== 'applicant') throw new NotFoundProblem('consortium');
    const id = randomUUID();
    await this.prisma.transaction(async (tx) => {
      const consortium = await this.registry.find(tx, body.consortiumId);
      if (!consortium || consortium.leadUscc !== principal.uscc) throw new NotFoundProblem('consortium');
      if (consortium.status !== 'ACTIVE') {
        throw new ConflictProblem(
          '5.2c',
          'The consortium has been delisted and can no longer claim support',
          '该创新联合体已取消备案并摘牌,不再享受扶持政策',
          'consortiumId',
        );
      }
      const policyVersion = CURRENT_POLICY_VERSION;
      const cap = capFenOf(getPolicy(policyVersion), body.category);
      const rule = ruleOf(body.category);
      if (cap !== null && body.amountFen > cap) {
        throw new ConflictProblem(
          rule,
          `${body.amountFen} fen exceeds the cap of ${cap} fen per ${body.category === 'PILOT_PLATFORM' ? 'platform' : 'project'}`,
          `申请金额 ${body.amountFen} 分超过单个${body.category === 'PILOT_PLATFORM' ? '平台' : '项目'}最高 ${cap} 分`,
          'amountFen',
        );
      }
      await this.claims.insert(tx, {
        id,
        consortiumId: body.consortiumId,
        leadUscc: consortium.leadUscc,
        category: body.category,
        rule,
        subjectRef: body.subject.ref,
        subjectName: body.subject.name,
        amountFen: body.amountFen,
        evidenceAttachmentIds: body.evidenceAttachmentIds,
        policyVersion,
        createdBy: principal.sub,
      });
      await recordAudit(tx, caller, {
        action: 'claim.filed',
        objectType: 'claim',
        objectId: id,
        detail: {
          consortiumId: body.consortiumId,
          category: body.category,
          subjectRef: body.subject.ref,
          amountFen: body.amountFen,
        },
      });
    });
    return this.get(principal, id);
  }

  async get(principal: Principal, id: string): Promise<ClaimView> {
    const view = await this.prisma.transaction(async (tx) => {
      const claim = await this.claims.findVisible(tx, scopeOf(principal), id);
      return claim ? (await this.views(tx, [claim]))[0] : null;
    });
    if (!view) throw new NotFoundProblem('claim');
    return view;
  }

  async list(principal: Principal, query: ListClaimsQuery) {
    return this.prisma.transaction(async (tx) => {
      const [rows, total] = await this.claims.list(tx, scopeOf(principal), query);
      return pageOf(await this.views(tx, rows), total, query);
    });
  }

  private async views(tx: PrismaTx, claims: readonly Claim[]): Promise<ClaimView[]> {
    const grades = new Map<string, EvaluationGrade>(
      (
        await this.registry.grades(
          tx,
          claims.map((c) => c.consortiumId),
        )
      ).map((g) => [g.consortiumId, g]),
    );
    return claims.map((c) => claimView(c, grades.get(c.consortiumId) ?? null));
  }
}

export function claimView(c: Claim, g: EvaluationGrade | null): ClaimView {
  return {
    id: c.id,
    consortiumId: c.consortiumId,
    category: c.category as ClaimCategory,
    rule: c.rule,
    subject: { ref: c.subjectRef, name: c.subjectName },
    amountFen: Number(c.amountFen),
    evidenceAttachmentIds: c.evidenceAttachmentIds,
    status: c.status as ClaimStatus,
    grantedFen: Number(c.grantedFen),
    budgetYear: c.budgetYear,
    opinion: c.opinion,
    decidedAt: c.decidedAt ? formatShanghaiIso(c.decidedAt) : null,
    stoppedAt: c.stoppedAt ? formatShanghaiIso(c.stoppedAt) : null,
    latestEvaluation: g
      ? {
          evaluationId: g.evaluationId,
          cycle: g.cycle,
          grade: g.grade,
          passed: g.passed,
          recordedAt: formatShanghaiIso(g.recordedAt),
        }
      : null,
    policyVersion: c.policyVersion,
    createdAt: formatShanghaiIso(c.createdAt),
  };
}
