import { Injectable } from '@nestjs/common';
import { scopeOf } from '@lz/auth';
import { formatShanghaiIso, shanghaiDateOf, yearOf } from '@lz/calendar';
import { ConflictProblem, NotFoundProblem } from '@lz/http';
import { OutboxWriter } from '@lz/messaging';
import { recordAudit } from '@lz/platform';
import { CLAIM_DECIDED_V1, formatFen, getPolicy, type ClaimCategory } from '@lz/policy';
import { BUDGET_RULE } from '../budgets/budget.constants';
import { BudgetsRepository } from '../budgets/budgets.repository';
import { PrismaService } from '../infra/prisma/prisma.service';
import { RegistryRepository } from '../registry/registry.repository';
import { capFenOf, carriesAmount } from './claim-rules';
import { ClaimsRepository } from './claims.repository';
import type { ClaimView, DecisionBody } from './claims.schema';
import { ClaimsService, type Caller } from './claims.service';
import { SubjectGrantsRepository } from './subject-grants.repository';

/**
 * The officer's decision on a claim (docs/SPEC.md §4). A grant, in ONE transaction:
 *   1. the consortium row FOR SHARE (a concurrent delisting waits, or has already stopped the claim);
 *   2. the claim row FOR UPDATE (decided once);
 *   3. the year's budget: conditional UPDATE granted + amount ≤ total (row lock; CHECK backs it);
 *   4. the platform/project total: conditional UPDATE granted + amount ≤ cap (row lock; CHECK backs it);
 *   5. the claim, `subsidy.claim.decided.v1` to the outbox, the audit row.
 * Every grant takes the locks in this order, so concurrent grants queue rather than deadlock, and
 * each one sees the totals the previous one committed: no cap or budget is passed under any concurrency.
 * The budget charged is that of the Asia/Shanghai year of the decision.
 */
@Injectable()
export class ClaimDecisionService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly claims: ClaimsRepository,
    private readonly registry: RegistryRepository,
    private readonly budgets: BudgetsRepository,
    private readonly subjects: SubjectGrantsRepository,
    private readonly reads: ClaimsService,
    private readonly outbox: OutboxWriter,
  ) {}

  async decide(caller: Caller, id: string, body: DecisionBody): Promise<ClaimView> {
    const { principal } = caller;
    await this.prisma.transaction(async (tx) => {
      const seen = await this.claims.findVisible(tx, scopeOf(principal), id);
      if (!seen) throw new NotFoundProblem('claim');
      const consortium = await this.registry.shareLock(tx, seen.consortiumId);
      const claim = await this.claims.lock(tx, id);
      if (!claim || !consortium) throw new NotFoundProblem('claim');
      const category = claim.category as ClaimCategory;
      if (claim.status === 'STOPPED' && claim.stopRule === '5.3a') {
        throw new ConflictProblem(
          '5.3a',
          `The claim is stopped: ${claim.stopReason ?? 'a credit finding is in effect'}`,
          claim.stopReason ?? '存在在效信用记录，补助申请已中止。',
          'status',
        );
      }
      if (claim.status === 'STOPPED' || (consortium.status !== 'ACTIVE' && claim.status === 'PENDING')) {
        throw new ConflictProblem(
          '5.2c',
          'The consortium has been delisted: its pending claims are stopped',
          '该创新联合体已取消备案并摘牌,待审补助申请已终止',
          'status',
        );
      }
      // 5.3a from the current state: a finding whose event stopped nothing yet (not in effect when it
      // arrived, or in effect since) still holds the decision.
      if (claim.status === 'PENDING') {
        await this.reads.assertNoCreditHold(tx, claim.consortiumId, claim.policyVersion, 'status');
      }
      if (claim.status !== 'PENDING') {
        throw new ConflictProblem(
          claim.rule,
          `The claim is already ${claim.status}`,
          `该申请已处理(${claim.status})`,
          'status',
        );
      }
      const now = new Date();
      const budgetYear = yearOf(shanghaiDateOf(now));
      const claimed = Number(claim.amountFen);
      const grantedFen = body.decision === 'GRANT' ? (body.amountFen ?? claimed) : 0;
      if (grantedFen > claimed) {
        throw new ConflictProblem(
          claim.rule,
          `The grant (${formatFen(grantedFen)}) may not exceed the amount claimed (${formatFen(claimed)})`,
          `核定金额（${formatFen(grantedFen)}）不得超过申请金额（${formatFen(claimed)}）`,
          'amountFen',
        );
      }
      if (body.decision === 'GRANT' && carriesAmount(category) && grantedFen < 1) {
        throw new ConflictProblem(claim.rule, 'A grant needs an amount', '核定金额不能为零', 'amountFen');
      }
      if (grantedFen > 0) {
        const budget = await this.budgets.spend(tx, budgetYear, grantedFen);
        if (!budget) {
          const current = await this.budgets.find(tx, budgetYear);
          throw new ConflictProblem(
            BUDGET_RULE,
            current
              ? `The ${budgetYear} budget has ${formatFen(current.totalFen - current.grantedFen)} left; ${formatFen(grantedFen)} would overspend it`
              : `No budget is set for ${budgetYear}`,
            current
              ? `${budgetYear}年度预算余额 ${formatFen(current.totalFen - current.grantedFen)}，不足以核定 ${formatFen(grantedFen)}，年度预算不得超支`
              : `${budgetYear}年度预算尚未设定，请先设定年度预算`,
            'amountFen',
          );
        }
        const capFen = capFenOf(getPolicy(claim.policyVersion), category);
        const subject = await this.subjects.add(tx, { category, ref: claim.subjectRef, capFen }, grantedFen);
        if (!subject.ok) {
          const cap = subject.capFen ?? 0;
          const left = Math.max(0, cap - subject.grantedFen);
          const per = category === 'PILOT_PLATFORM' ? '平台' : '项目';
          throw new ConflictProblem(
            claim.rule,
            `${claim.subjectRef} has received ${formatFen(subject.grantedFen)} of its ${formatFen(cap)} cap over all tranches; ${formatFen(left)} left, ${formatFen(grantedFen)} asked`,
            `每个${per}累计最高支持 ${formatFen(cap)}：${claim.subjectRef} 已获核定 ${formatFen(subject.grantedFen)}，尚余 ${formatFen(left)}，不足以核定 ${formatFen(grantedFen)}`,
            'amountFen',
          );
        }
      }
      const status = body.decision === 'GRANT' ? 'GRANTED' : 'REJECTED';
      await this.claims.decide(tx, id, {
        status,
        grantedFen,
        budgetYear,
        opinion: body.opinion,
        by: principal.sub,
        at: now,
      });
      await this.outbox.add(tx, {
        type: CLAIM_DECIDED_V1,
        policyVersion: claim.policyVersion,
        data: {
          claimId: id,
          consortiumId: claim.consortiumId,
          category,
          subject: { ref: claim.subjectRef, name: claim.subjectName },
          decision: body.decision,
          requestedFen: claimed,
          grantedFen,
          budgetYear,
          opinion: body.opinion,
          decidedBy: principal.sub,
          decidedAt: formatShanghaiIso(now),
        },
      });
      await recordAudit(tx, caller, {
        action: status === 'GRANTED' ? 'claim.granted' : 'claim.rejected',
        objectType: 'claim',
        objectId: id,
        detail: { requestedFen: claimed, grantedFen, budgetYear, subjectRef: claim.subjectRef },
      });
    });
    return this.reads.get(principal, id);
  }
}
