import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { scopeOf, type Principal } from '@lz/auth';
import { formatShanghaiIso } from '@lz/calendar';
import { storedFileView } from '@lz/evidence';
import { ConflictProblem, NotFoundProblem, pageOf, PolicyViolationException } from '@lz/http';
import { recordAudit } from '@lz/platform';
import { CURRENT_POLICY_VERSION, getPolicy, shanghaiDate, type ClaimCategory } from '@lz/policy';
import { CreditFindingHoldProblem } from '../credit-findings/credit-finding.exception';
import { CreditFindingsRepository } from '../credit-findings/credit-findings.repository';
import type { Claim, ClaimEvidence, Consortium, EvaluationGrade } from '../infra/prisma/generated/client';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { RegistryRepository } from '../registry/registry.repository';
import { ClaimEvidenceRepository } from './claim-evidence.repository';
import { capFenOf, ruleOf } from './claim-rules';
import { ClaimsRepository } from './claims.repository';
import { SubjectGrantsRepository, subjectKey } from './subject-grants.repository';
import type { ClaimStatus, ClaimView, CreateClaimBody, ListClaimsQuery } from './claims.schema';

export interface Caller {
  principal: Principal;
  ip?: string;
}

/**
 * Claims for post-subsidy (docs/SPEC.md §4): drafted by the lead of an ACTIVE consortium, submitted
 * with their evidence (docs/SPEC.md C.3), read in scope.
 */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly claims: ClaimsRepository,
    private readonly registry: RegistryRepository,
    private readonly evidence: ClaimEvidenceRepository,
    private readonly credit: CreditFindingsRepository,
    private readonly subjects: SubjectGrantsRepository,
  ) {}

  /** 5.3a: refuses while a credit finding is in effect against the consortium's lead or a member. */
  async assertNoCreditHold(tx: PrismaTx, consortiumId: string, policyVersion: string, path: string) {
    if (!getPolicy(policyVersion).credit.stopsPendingClaims) return;
    const active = await this.credit.activeAgainstConsortium(tx, consortiumId, shanghaiDate(new Date()));
    if (active.length > 0) throw new CreditFindingHoldProblem(active, path);
  }

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
      await this.assertNoCreditHold(tx, body.consortiumId, policyVersion, 'consortiumId');
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

  /**
   * DRAFT → PENDING: only the lead unit, only a draft, only while the consortium is in the registry
   * (5.2c), and only with evidence (422, docs/SPEC.md C.3).
   */
  async submit(caller: Caller, id: string): Promise<ClaimView> {
    const { principal } = caller;
    if (principal.role !== 'applicant') throw new NotFoundProblem('claim');
    await this.prisma.transaction(async (tx) => {
      const claim = await this.lockForLead(tx, principal, id);
      if (claim.status !== 'DRAFT') {
        throw new ConflictProblem(
          'C.3',
          `The claim is already ${claim.status}: only a draft is submitted`,
          `该申请已提交(${claim.status}),不可重复提交`,
          'status',
        );
      }
      const consortium = await this.registry.find(tx, claim.consortiumId);
      if (consortium?.status !== 'ACTIVE') {
        throw new ConflictProblem(
          '5.2c',
          'The consortium has been delisted and can no longer claim support',
          '该创新联合体已取消备案并摘牌,不再享受扶持政策',
          'consortiumId',
        );
      }
      await this.assertNoCreditHold(tx, claim.consortiumId, claim.policyVersion, 'consortiumId');
      const files = await this.evidence.countFor(tx, id);
      if (files === 0) {
        throw new PolicyViolationException(
          [
            {
              rule: 'C.3',
              path: 'evidence',
              message:
                'Post-subsidy is paid against evidence: upload at least one evidence file before submitting.',
              messageZh: '后补助依据佐证材料拨付:提交前须至少上传一份佐证材料。',
            },
          ],
          'The claim has no evidence',
        );
      }
      const now = new Date();
      await this.claims.submit(tx, id, principal.sub, now);
      await recordAudit(tx, caller, {
        action: 'claim.submitted',
        objectType: 'claim',
        objectId: id,
        detail: { evidenceFiles: files },
      });
    });
    return this.get(principal, id);
  }

  /** The lead unit's claim, row-locked; 404 for anyone else's (no existence leak). */
  async lockForLead(tx: PrismaTx, principal: Principal, id: string): Promise<Claim> {
    const claim = principal.role === 'applicant' ? await this.claims.lockOwned(tx, principal.uscc, id) : null;
    if (!claim) throw new NotFoundProblem('claim');
    return claim;
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
    const consortiumIds = claims.map((c) => c.consortiumId);
    const grades = new Map<string, EvaluationGrade>(
      (await this.registry.grades(tx, consortiumIds)).map((g) => [g.consortiumId, g]),
    );
    const consortia = new Map<string, Consortium>(
      (await this.registry.findMany(tx, consortiumIds)).map((c) => [c.id, c]),
    );
    const capped = claims.filter((c) => capOf(c) !== null);
    const granted = await this.subjects.totals(
      tx,
      capped.map((c) => ({ category: c.category, ref: c.subjectRef })),
    );
    const files = await this.evidence.listFor(
      tx,
      claims.map((c) => c.id),
    );
    return claims.map((c) =>
      claimView(c, {
        grade: grades.get(c.consortiumId) ?? null,
        consortium: consortia.get(c.consortiumId) ?? null,
        subjectGrantedFen: granted.get(subjectKey(c.category, c.subjectRef)) ?? 0,
        evidence: files.filter((f) => f.claimId === c.id),
      }),
    );
  }
}

/** The 4.3/4.4 cap of the claim's platform or project under the claim's policy version, or null. */
const capOf = (c: Claim) => capFenOf(getPolicy(c.policyVersion), c.category as ClaimCategory);

export function claimView(
  c: Claim,
  about: {
    grade: EvaluationGrade | null;
    consortium: Consortium | null;
    /** Granted so far to the claim's platform/project over all tranches (every consortium's). */
    subjectGrantedFen: number;
    evidence: ClaimEvidence[];
  },
): ClaimView {
  const { grade: g, consortium, evidence } = about;
  const capFen = capOf(c);
  return {
    id: c.id,
    consortiumId: c.consortiumId,
    category: c.category as ClaimCategory,
    rule: c.rule,
    subject: { ref: c.subjectRef, name: c.subjectName },
    amountFen: Number(c.amountFen),
    evidence: evidence.map(storedFileView),
    status: c.status as ClaimStatus,
    submittedAt: c.submittedAt ? formatShanghaiIso(c.submittedAt) : null,
    grantedFen: Number(c.grantedFen),
    budgetYear: c.budgetYear,
    opinion: c.opinion,
    decidedAt: c.decidedAt ? formatShanghaiIso(c.decidedAt) : null,
    stoppedAt: c.stoppedAt ? formatShanghaiIso(c.stoppedAt) : null,
    stop: c.stopRule ? { rule: c.stopRule, reason: c.stopReason ?? '' } : null,
    consortium: consortium
      ? { name: consortium.name, filingNumber: consortium.filingNumber, status: consortium.status }
      : null,
    cap:
      capFen === null
        ? null
        : {
            capFen,
            grantedFen: about.subjectGrantedFen,
            leftFen: Math.max(0, capFen - about.subjectGrantedFen),
          },
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
