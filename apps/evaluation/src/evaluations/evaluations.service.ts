import { Inject, Injectable } from '@nestjs/common';
import { scopeOf, type Principal } from '@lz/auth';
import { formatShanghaiIso } from '@lz/calendar';
import { DEADLINES_CLOCK, type Clock, type DeadlineStatus } from '@lz/deadlines';
import { storedFileView } from '@lz/evidence';
import {
  ConflictProblem,
  NotFoundProblem,
  pageOf,
  PolicyViolationException,
  ProblemException,
} from '@lz/http';
import { OutboxWriter } from '@lz/messaging';
import { recordAudit } from '@lz/platform';
import {
  DELISTING_DECIDED_V1,
  EVALUATION_RESULT_RECORDED_V1,
  EVALUATOR_ASSIGNED_V1,
  getPolicy,
  type EvaluationGrade,
} from '@lz/policy';
import { ConsortiaRepository } from '../consortia/consortia.repository';
import { CycleSchedulerService, type ScheduledCycle } from '../cycles/cycle-scheduler.service';
import { CyclesRepository } from '../cycles/cycles.repository';
import { parseReminderSubject } from '../cycles/report-reminders';
import { applyTwoFailuresRule } from '../cycles/two-failures.rule';
import type { Consortium, Evaluation, EvaluationEvidence } from '../infra/prisma/generated/client';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { EvaluationEvidenceRepository } from './evaluation-evidence.repository';
import { EvaluationsRepository } from './evaluations.repository';
import type {
  AssignBody,
  EvaluationStatus,
  EvaluationView,
  ListEvaluationsQuery,
  ReportBody,
  ResultBody,
} from './evaluations.schema';

interface Caller {
  principal: Principal;
  ip?: string;
}

const notFound = () => new NotFoundProblem('evaluation');

/** A reminder row's status as the lead sees it: a FIRED row went out (a cancelled one never does). */
const REMINDER_STATUS: Record<DeadlineStatus, EvaluationView['reminders'][number]['status']> = {
  PENDING: 'SCHEDULED',
  FIRED: 'SENT',
  CANCELLED: 'CANCELLED',
};

/** Biennial evaluations (docs/SPEC.md 5.2a–c): reports, assignments, results and the two-failures rule. */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly evaluations: EvaluationsRepository,
    private readonly cycles: CyclesRepository,
    private readonly consortia: ConsortiaRepository,
    private readonly scheduler: CycleSchedulerService,
    private readonly outbox: OutboxWriter,
    private readonly evidence: EvaluationEvidenceRepository,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
  ) {}

  async list(principal: Principal, query: ListEvaluationsQuery) {
    return this.prisma.transaction(async (tx) => {
      const [rows, total] = await this.evaluations.list(tx, scopeOf(principal), query);
      return pageOf(await this.views(tx, rows), total, query);
    });
  }

  async get(principal: Principal, id: string): Promise<EvaluationView> {
    const view = await this.prisma.transaction(async (tx) => {
      const row = await this.evaluations.findVisible(tx, scopeOf(principal), id);
      return row ? (await this.views(tx, [row]))[0] : null;
    });
    if (!view) throw notFound();
    return view;
  }

  /** The lead unit's report (5.2a), accepted only while the window is open. */
  async submitReport(caller: Caller, id: string, body: ReportBody): Promise<EvaluationView> {
    const { principal } = caller;
    if (principal.role !== 'applicant') throw notFound();
    await this.prisma.transaction(async (tx) => {
      const e = await this.cycles.lock(tx, id);
      if (!e || e.leadUscc !== principal.uscc) throw notFound();
      const now = this.clock.now();
      if (!acceptingReport(e, now)) {
        throw new ConflictProblem(
          '5.2a',
          `The evaluation window is not open (status ${e.status}; it opens ${formatShanghaiIso(e.opensAt)} and closes ${formatShanghaiIso(e.dueAt)})`,
          `评估材料仅可在评估期内提交(当前状态 ${e.status})`,
          'status',
        );
      }
      await this.assertOwnEvidence(tx, id, body.evidenceIds);
      await this.evaluations.saveReport(tx, id, body, principal.sub, now);
      await this.scheduler.cancelReminders(tx, id); // the report is in: no more reminders
      await recordAudit(tx, caller, {
        action: 'evaluation-report.submitted',
        objectType: 'evaluation',
        objectId: id,
        detail: { cycle: e.cycle, evidenceIds: body.evidenceIds },
      });
    });
    return this.get(principal, id);
  }

  /** The officer commissions an evaluator (third-party institution) for a cycle. */
  async assign(caller: Caller, id: string, body: AssignBody): Promise<EvaluationView> {
    await this.prisma.transaction(async (tx) => {
      const e = await this.cycles.lock(tx, id);
      if (!e) throw notFound();
      if (e.status === 'GRADED' || e.status === 'CANCELLED') {
        throw new ConflictProblem(
          '5.2a',
          `An evaluation in status ${e.status} cannot be assigned`,
          `评估已${e.status === 'GRADED' ? '出具结果' : '取消'},不能再指定评估机构`,
          'status',
        );
      }
      const now = this.clock.now();
      await this.evaluations.assign(tx, id, body.evaluatorOrgUscc, caller.principal.sub, now);
      // The institution learns of its task (and one replaced of its withdrawal); the same one again
      // changes nothing it needs to know.
      if (e.evaluatorOrgUscc !== body.evaluatorOrgUscc) {
        await this.outbox.add(tx, {
          type: EVALUATOR_ASSIGNED_V1,
          policyVersion: e.policyVersion,
          data: {
            evaluationId: id,
            consortiumId: e.consortiumId,
            leadUscc: e.leadUscc,
            cycle: e.cycle,
            dueOn: e.dueOn,
            dueAt: formatShanghaiIso(e.dueAt),
            evaluatorOrgUscc: body.evaluatorOrgUscc,
            previousEvaluatorOrgUscc: e.evaluatorOrgUscc,
            assignedBy: caller.principal.sub,
            assignedAt: formatShanghaiIso(now),
          },
        });
      }
      await recordAudit(tx, caller, {
        action: 'evaluation.assigned',
        objectType: 'evaluation',
        objectId: id,
        detail: { evaluatorOrgUscc: body.evaluatorOrgUscc, previous: e.evaluatorOrgUscc },
      });
    });
    return this.get(caller.principal, id);
  }

  /**
   * The assigned evaluator's grade (5.2a/5.2b) and, in the same transaction, the two-failures rule
   * (5.2c): the consortium row is locked so results of one consortium are applied one at a time and
   * the delisting decision is made exactly once. A passing or first failure schedules the next cycle.
   */
  async recordResult(caller: Caller, id: string, body: ResultBody): Promise<EvaluationView> {
    const { principal } = caller;
    if (principal.role !== 'evaluator') throw notFound();
    let next: ScheduledCycle | null = null;
    await this.prisma.transaction(async (tx) => {
      const seen = await this.cycles.find(tx, id);
      if (!seen || seen.evaluatorOrgUscc !== principal.org) throw notFound();
      const consortium = await this.consortia.lock(tx, seen.consortiumId);
      const e = await this.cycles.lock(tx, id);
      if (!consortium || !e || e.evaluatorOrgUscc !== principal.org) throw notFound();
      if (e.status !== 'SUBMITTED' && e.status !== 'OVERDUE') {
        throw new ConflictProblem(
          '5.2a',
          `A result can be recorded only once the report is in or overdue (status ${e.status})`,
          `评估材料提交后(或逾期后)方可出具评估结果(当前状态 ${e.status})`,
          'status',
        );
      }
      const policy = getPolicy(e.policyVersion);
      const earlier = (await this.cycles.graded(tx, e.consortiumId)).map((g) => ({
        id: g.id,
        cycle: g.cycle,
        passed: g.passed === true,
      }));
      const outcome = applyTwoFailuresRule(policy, earlier, { id, cycle: e.cycle, grade: body.grade });
      const now = this.clock.now();
      await this.evaluations.grade(tx, id, {
        grade: body.grade,
        passed: outcome.passed,
        consecutiveFailures: outcome.consecutiveFailures,
        comment: body.comment,
        by: principal.sub,
        at: now,
      });
      await this.outbox.add(tx, {
        type: EVALUATION_RESULT_RECORDED_V1,
        policyVersion: e.policyVersion,
        data: {
          evaluationId: id,
          consortiumId: e.consortiumId,
          cycle: e.cycle,
          grade: body.grade as EvaluationGrade,
          passed: outcome.passed,
          consecutiveFailures: outcome.consecutiveFailures,
          evaluatorOrgUscc: principal.org,
          comment: body.comment,
          recordedAt: formatShanghaiIso(now),
        },
      });
      let delistingDecided = false;
      if (outcome.delist && consortium.status === 'ACTIVE') {
        delistingDecided = await this.consortia.decideDelisting(tx, e.consortiumId, now);
        if (delistingDecided) {
          await this.outbox.add(tx, {
            type: DELISTING_DECIDED_V1,
            policyVersion: e.policyVersion,
            data: {
              consortiumId: e.consortiumId,
              rule: '5.2c',
              evaluationIds: outcome.streak,
              reason: `连续${outcome.consecutiveFailures}次评估不合格,取消备案并摘牌`,
              decidedAt: formatShanghaiIso(now),
            },
          });
        }
      }
      const stillListed =
        consortium.status === 'ACTIVE' && consortium.delistingDecidedAt === null && !delistingDecided;
      if (stillListed) {
        next = await this.scheduler.schedule(tx, consortium, e.cycle + 1, e.policyVersion);
      }
      await recordAudit(tx, caller, {
        action: 'evaluation.graded',
        objectType: 'evaluation',
        objectId: id,
        detail: {
          grade: body.grade,
          passed: outcome.passed,
          consecutiveFailures: outcome.consecutiveFailures,
          delistingDecided,
          nextEvaluationId: (next as ScheduledCycle | null)?.evaluationId ?? null,
        },
      });
    });
    return this.get(principal, id);
  }

  /**
   * 5.2a: the report comes with its evidence (422 without), and names only files uploaded to this
   * evaluation (400 at each other id: another cycle's, another unit's, or none at all alike).
   */
  private async assertOwnEvidence(tx: PrismaTx, id: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) {
      throw new PolicyViolationException([
        {
          rule: '5.2a',
          path: 'evidenceIds',
          message:
            'The report comes with its evidence: upload it (POST …/evidence) and name it in evidenceIds.',
          messageZh: '评估报告须附佐证材料:请先上传佐证材料,并在 evidenceIds 中列明。',
        },
      ]);
    }
    const own = await this.evidence.idsOf(tx, id, ids);
    const errors = ids.flatMap((eid, i) =>
      own.has(eid)
        ? []
        : [
            {
              rule: 'input.unknown_evidence',
              path: `evidenceIds[${i}]`,
              message: 'Not a file of evidence uploaded to this evaluation.',
              messageZh: '不是本次评估已上传的佐证材料。',
            },
          ],
    );
    if (errors.length > 0) {
      throw new ProblemException('input.invalid', {
        detail: 'The report names evidence that is not this evaluation’s',
        errors,
      });
    }
  }

  private async views(tx: PrismaTx, rows: readonly Evaluation[]): Promise<EvaluationView[]> {
    const ids = rows.map((r) => r.id);
    const files = await this.evidence.listFor(tx, ids);
    const reminders = ids.length > 0 ? await this.cycles.reminderRows(tx, ids) : [];
    const consortia = new Map(
      (
        await this.consortia.findMany(
          tx,
          rows.map((r) => r.consortiumId),
        )
      ).map((c) => [c.id, c]),
    );
    return rows.map((r) =>
      this.view(
        r,
        consortia.get(r.consortiumId),
        files.filter((f) => f.evaluationId === r.id),
        reminders.flatMap((row) => {
          const subject = parseReminderSubject(row.subjectId);
          if (subject?.evaluationId !== r.id) return [];
          return [
            {
              workingDaysBefore: subject.workingDaysBefore,
              at: formatShanghaiIso(row.dueAt),
              status: REMINDER_STATUS[row.status as DeadlineStatus],
              provisional: row.provisional,
            },
          ];
        }),
      ),
    );
  }

  private view(
    e: Evaluation,
    consortium: Consortium | undefined,
    evidence: EvaluationEvidence[],
    reminders: EvaluationView['reminders'],
  ): EvaluationView {
    const report = e.report as ReportBody | null;
    return {
      id: e.id,
      consortiumId: e.consortiumId,
      cycle: e.cycle,
      opensOn: e.opensOn,
      dueOn: e.dueOn,
      opensAt: formatShanghaiIso(e.opensAt),
      dueAt: formatShanghaiIso(e.dueAt),
      status: e.status as EvaluationStatus,
      consortium: {
        name: consortium?.name ?? '',
        filingNumber: consortium?.filingNumber ?? '',
        status: consortium?.status === 'DELISTED' ? 'DELISTED' : 'ACTIVE',
        delistingDecidedAt: consortium?.delistingDecidedAt
          ? formatShanghaiIso(consortium.delistingDecidedAt)
          : null,
        delistedAt: consortium?.delistedAt ? formatShanghaiIso(consortium.delistedAt) : null,
      },
      acceptingReport: acceptingReport(e, this.clock.now()),
      evaluatorOrgUscc: e.evaluatorOrgUscc,
      report:
        report && e.submittedAt
          ? {
              performance: report.performance,
              operation: report.operation,
              activities: report.activities,
              evidenceIds: report.evidenceIds,
              submittedAt: formatShanghaiIso(e.submittedAt),
            }
          : null,
      result:
        e.grade && e.passed !== null && e.consecutiveFailures !== null && e.gradedAt
          ? {
              grade: e.grade as EvaluationGrade,
              passed: e.passed,
              consecutiveFailures: e.consecutiveFailures,
              comment: e.comment ?? '',
              gradedAt: formatShanghaiIso(e.gradedAt),
            }
          : null,
      evidence: evidence.map(storedFileView),
      reminders,
      overdueReport: getPolicy(e.policyVersion).evaluation.overdueReport,
      policyVersion: e.policyVersion,
    };
  }
}

/** The window is open and no report is in yet (5.2a). */
export function acceptingReport(e: Evaluation, now: Date): boolean {
  return e.status === 'OPEN' && now.getTime() >= e.opensAt.getTime() && now.getTime() < e.dueAt.getTime();
}
