import { formatShanghaiIso } from '@lz/calendar';
import {
  formatFen,
  type ClaimCategory,
  type EvaluationGrade,
  type EventData,
  type EventType,
} from '@lz/policy';

/** What a notification tells; one kind per event and outcome (API.md "notifications"). */
export const NOTIFICATION_KINDS = [
  'application.submitted',
  'application.returned',
  'preliminary.recommended',
  'preliminary.not_recommended',
  'city.to_be_filed',
  'city.rejected',
  'notice.listed',
  'objection.filed',
  'objection.received',
  'item.cleared',
  'item.awaiting_filing',
  'item.contested',
  'consortium.filed',
  'evaluation.window_opened',
  'evaluation.assigned',
  'evaluation.unassigned',
  'evaluation.report_reminder',
  'evaluation.report_overdue',
  'evaluation.overdue_escalated',
  'evaluation.result',
  'delisting.decided',
  'consortium.delisted',
  'claim.granted',
  'claim.rejected',
  'credit-finding.recorded',
  'credit-finding.ended',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Who is told: one login (`sub`), a unit (every applicant login carrying that USCC), the officers
 * of the Bureau, the reviewers of one jurisdiction, or an evaluator institution (every evaluator
 * login whose `org` is its USCC).
 */
export type Recipient =
  | { kind: 'USER'; sub: string }
  | { kind: 'UNIT'; uscc: string }
  | { kind: 'ROLE'; role: 'officer' }
  | { kind: 'ROLE'; role: 'reviewer'; jurisdiction: string }
  | { kind: 'ORG'; role: 'evaluator'; uscc: string };

/** The one string that identifies a recipient (unique with the event id). */
export function recipientKey(r: Recipient): string {
  switch (r.kind) {
    case 'USER':
      return `user:${r.sub}`;
    case 'UNIT':
      return `unit:${r.uscc}`;
    case 'ROLE':
      return r.role === 'reviewer' ? `role:reviewer:${r.jurisdiction}` : `role:${r.role}`;
    case 'ORG':
      return `org:${r.role}:${r.uscc}`;
  }
}

/** One in-app message, before it is stored; its e-mail is rendered from it (mail-template.ts). */
export interface Message {
  kind: NotificationKind;
  recipient: Recipient;
  title: string;
  body: string;
  objectType:
    'application' | 'notice' | 'objection' | 'consortium' | 'claim' | 'evaluation' | 'credit-finding';
  objectId: string;
  /** The portal path of the object. */
  link: string;
}

/** What the events told this service about an application (intake.application.submitted.v1). */
export interface ApplicationFacts {
  id: string;
  name: string;
  leadUscc: string;
  jurisdictionCode: string;
}

/** What the events told this service about a filed consortium (review.consortium.registered.v1). */
export interface ConsortiumFacts {
  id: string;
  applicationId: string;
  name: string;
  filingNumber: string;
  leadUscc: string;
}

const OFFICERS: Recipient = { kind: 'ROLE', role: 'officer' };
const unit = (uscc: string): Recipient => ({ kind: 'UNIT', uscc });
const evaluatorInstitution = (uscc: string): Recipient => ({ kind: 'ORG', role: 'evaluator', uscc });
const applicationLink = (id: string) => `/workspace/applications/${id}`;
/** The reviewer's preliminary case of an application (their e-mail links there, not to the applicant's page). */
const preliminaryLink = (id: string) => `/workspace/preliminary-reviews/${id}`;
/** The portal page where the lead unit sees its cycle and submits the report (the officer sees it too). */
const evaluationLink = (id: string) => `/workspace/evaluations/${id}`;

/** `2026-12-09T17:30:00+08:00` → `2026年12月09日 17:30` (Asia/Shanghai, as the notice prints it). */
export function shanghaiMinute(instant: string | Date): string {
  const iso = formatShanghaiIso(instant);
  return `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日 ${iso.slice(11, 16)}`;
}

const GRADE_ZH: Record<EvaluationGrade, string> = {
  EXCELLENT: '优秀',
  GOOD: '良好',
  QUALIFIED: '合格',
  UNQUALIFIED: '不合格',
};

const CATEGORY_ZH: Record<ClaimCategory, string> = {
  COOPERATION: '产学研合作',
  OPEN_COMPETITION: '揭榜挂帅',
  PILOT_PLATFORM: '中试平台',
  TRANSFORMATION_PROJECT: '成果转化项目',
  INCUBATION: '孵化',
  TALENT: '人才',
  FINANCE: '金融',
};

/** `2026-10-20` → `2026年10月20日`. */
const shanghaiDay = (date: string) => `${date.slice(0, 4)}年${date.slice(5, 7)}月${date.slice(8, 10)}日`;

/** The consortium as a message names it: its name when an earlier event told it, else its filing. */
const consortiumName = (c: ConsortiumFacts | undefined) =>
  c ? `「${c.name}」（${c.filingNumber}）` : '您单位牵头的创新联合体';
const CREDIT_OBJECT_ZH = {
  APPLICATION: '申报材料',
  CLAIM: '后补助申请材料',
  EVALUATION_REPORT: '评估报告材料',
} as const;

const withOpinion = (text: string, opinion: string) => (opinion ? `${text}\n审查意见：${opinion}` : text);

/** The facts an event needs about its application or consortium, looked up by the consumer. */
export interface Subjects {
  application?: ApplicationFacts;
  consortium?: ConsortiumFacts;
}

/**
 * Who is told what, for each event of today's catalogue (docs/ARCHITECTURE.md "Events"). Pure: the
 * consumer looks up `subjects` (what earlier events said) and stores what this returns.
 */
export function messagesFor<T extends EventType>(type: T, data: EventData<T>, subjects: Subjects): Message[] {
  const d = data as EventData<EventType>;
  switch (type) {
    case 'intake.application.submitted.v1': {
      const e = d as EventData<'intake.application.submitted.v1'>;
      const again = e.revision > 1;
      return [
        {
          kind: 'application.submitted',
          recipient: { kind: 'ROLE', role: 'reviewer', jurisdiction: e.jurisdictionCode },
          title: again ? `退回修改的申报已重新提交：${e.name}` : `新的申报待初审：${e.name}`,
          body:
            `牵头单位${e.leadName}（统一社会信用代码 ${e.leadUscc}）于${shanghaiMinute(e.submittedAt)}` +
            `${again ? `提交了第 ${e.revision} 版申报材料` : '提交了申报'}，已进入本辖区初审队列，请及时审查。`,
          objectType: 'application',
          objectId: e.applicationId,
          link: preliminaryLink(e.applicationId),
        },
      ];
    }
    case 'review.preliminary.decided.v1': {
      const e = d as EventData<'review.preliminary.decided.v1'>;
      const a = required(subjects.application, 'application', e.applicationId);
      const base = { recipient: unit(a.leadUscc), objectType: 'application' as const, objectId: a.id };
      const link = applicationLink(a.id);
      switch (e.decision) {
        case 'RETURN':
          return [
            {
              ...base,
              link,
              kind: 'application.returned',
              title: `申报被退回修改：${a.name}`,
              body: withOpinion('区县（园区）初审将申报退回修改，请按审查意见修改后重新提交。', e.opinion),
            },
          ];
        case 'RECOMMEND':
          return [
            {
              ...base,
              link,
              kind: 'preliminary.recommended',
              title: `初审通过，已推荐至市级审查：${a.name}`,
              body: withOpinion('区县（园区）初审推荐该申报进入市级审查。', e.opinion),
            },
          ];
        case 'NOT_RECOMMEND':
          return [
            {
              ...base,
              link,
              kind: 'preliminary.not_recommended',
              title: `初审未予推荐：${a.name}`,
              body: withOpinion('区县（园区）初审未推荐该申报。', e.opinion),
            },
          ];
      }
      return [];
    }
    case 'review.city.decided.v1': {
      const e = d as EventData<'review.city.decided.v1'>;
      const filed = e.decision === 'TO_BE_FILED';
      return [
        {
          kind: filed ? 'city.to_be_filed' : 'city.rejected',
          recipient: unit(e.leadUscc),
          title: filed ? `市级审查通过，拟予备案：${e.name}` : `市级审查未通过：${e.name}`,
          body: withOpinion(
            filed
              ? '市科技局审查通过该申报，拟予备案，将在公示期满后办理备案。'
              : '市科技局审查未通过该申报。',
            e.opinion,
          ),
          objectType: 'application',
          objectId: e.applicationId,
          link: applicationLink(e.applicationId),
        },
      ];
    }
    case 'publicity.notice.published.v1': {
      const e = d as EventData<'publicity.notice.published.v1'>;
      return e.items.map((item): Message => ({
        kind: 'notice.listed',
        recipient: unit(item.leadUscc),
        title: `申报已列入公示：${item.name}`,
        body:
          `您单位牵头的「${item.name}」已列入《${e.title}》，公示期自${shanghaiMinute(e.publishedAt)}` +
          `至${shanghaiMinute(e.endsAt)}${e.provisional ? '(截止时间暂定,以节假日安排公布后为准)' : ''}。`,
        objectType: 'notice',
        objectId: e.noticeId,
        link: `/notices/${e.noticeId}`,
      }));
    }
    case 'publicity.objection.filed.v1': {
      const e = d as EventData<'publicity.objection.filed.v1'>;
      const a = required(subjects.application, 'application', e.applicationId);
      return [
        {
          kind: 'objection.filed',
          recipient: OFFICERS,
          title: `公示期内收到新异议：${a.name}`,
          body: `${shanghaiMinute(e.filedAt)}收到对「${a.name}」的异议，请调查核实并处理。\n异议理由：${e.reason}`,
          objectType: 'objection',
          objectId: e.objectionId,
          link: `/notices/${e.noticeId}`,
        },
        {
          // The reason stays with the Bureau: it may name the objector or third parties.
          kind: 'objection.received',
          recipient: unit(a.leadUscc),
          title: `公示中的申报收到异议：${a.name}`,
          body: '您单位牵头的申报在公示期内收到一条异议，市科技局将调查核实，核实期间请保持联系畅通。',
          objectType: 'application',
          objectId: a.id,
          link: applicationLink(a.id),
        },
      ];
    }
    case 'publicity.item.cleared.v1': {
      const e = d as EventData<'publicity.item.cleared.v1'>;
      const a = required(subjects.application, 'application', e.applicationId);
      const objections =
        e.dismissedObjections > 0 ? `期间收到的 ${e.dismissedObjections} 条异议经核实不成立` : '期间无异议';
      return [
        {
          kind: 'item.cleared',
          recipient: unit(a.leadUscc),
          title: `公示期满：${a.name}`,
          body: `「${a.name}」公示期已于${shanghaiMinute(e.endsAt)}届满，${objections}，等待市科技局办理备案。`,
          objectType: 'application',
          objectId: a.id,
          link: applicationLink(a.id),
        },
        {
          kind: 'item.awaiting_filing',
          recipient: OFFICERS,
          title: `公示期满，待办理备案：${a.name}`,
          body: `「${a.name}」公示期满，${objections}，可办理备案。`,
          objectType: 'application',
          objectId: a.id,
          link: applicationLink(a.id),
        },
      ];
    }
    case 'publicity.item.contested.v1': {
      const e = d as EventData<'publicity.item.contested.v1'>;
      const a = required(subjects.application, 'application', e.applicationId);
      return [
        {
          kind: 'item.contested',
          recipient: unit(a.leadUscc),
          title: `异议成立，申报终止：${a.name}`,
          body: `经调查核实，对「${a.name}」的异议成立，该申报不予备案。\n处理意见：${e.reason}`,
          objectType: 'application',
          objectId: a.id,
          link: applicationLink(a.id),
        },
      ];
    }
    case 'review.consortium.registered.v1': {
      const e = d as EventData<'review.consortium.registered.v1'>;
      return [
        {
          kind: 'consortium.filed',
          recipient: unit(e.leadUscc),
          title: `已备案入库：${e.name}（${e.filingNumber}）`,
          body: `「${e.name}」已于${shanghaiMinute(e.filedAt)}备案入库，备案编号 ${e.filingNumber}。自备案之日起每两年接受一次评估。`,
          objectType: 'consortium',
          objectId: e.consortiumId,
          link: '/registry',
        },
      ];
    }
    case 'evaluation.window.opened.v1': {
      const e = d as EventData<'evaluation.window.opened.v1'>;
      const schedule = e.reminders.map((r) => shanghaiMinute(r.at)).join('、');
      return [
        {
          kind: 'evaluation.window_opened',
          recipient: unit(e.leadUscc),
          title: `第 ${e.cycle} 期评估已开始，请于${shanghaiDay(e.dueOn)}前提交评估材料`,
          body:
            `${consortiumName(subjects.consortium)}第 ${e.cycle} 期评估已于${shanghaiMinute(e.opensAt)}开始。` +
            `请在${shanghaiDay(e.dueOn)}24:00前提交运行情况报告及佐证材料。` +
            (schedule ? `平台将于${schedule}提醒。` : '') +
            (e.provisional ? '（提醒日期按暂定的节假日安排计算，以正式公布为准）' : ''),
          objectType: 'evaluation',
          objectId: e.evaluationId,
          link: evaluationLink(e.evaluationId),
        },
      ];
    }
    case 'evaluation.evaluator.assigned.v1': {
      const e = d as EventData<'evaluation.evaluator.assigned.v1'>;
      // Told to an institution, not to the lead: an unknown consortium is not "your unit's".
      const name = subjects.consortium ? consortiumName(subjects.consortium) : '创新联合体';
      const told: Message[] = [
        {
          kind: 'evaluation.assigned',
          recipient: evaluatorInstitution(e.evaluatorOrgUscc),
          title: `评估任务：第 ${e.cycle} 期评估`,
          body:
            `市科技局已于${shanghaiMinute(e.assignedAt)}指定贵机构承担${name}第 ${e.cycle} 期评估` +
            `（牵头单位统一社会信用代码 ${e.leadUscc}）。牵头单位的评估材料提交截止日为${shanghaiDay(e.dueOn)}，` +
            '材料提交后（或逾期后）请在平台出具评估结果。',
          objectType: 'evaluation',
          objectId: e.evaluationId,
          link: evaluationLink(e.evaluationId),
        },
      ];
      if (e.previousEvaluatorOrgUscc && e.previousEvaluatorOrgUscc !== e.evaluatorOrgUscc) {
        told.push({
          kind: 'evaluation.unassigned',
          recipient: evaluatorInstitution(e.previousEvaluatorOrgUscc),
          title: `评估任务已改派：第 ${e.cycle} 期评估`,
          body: `市科技局已于${shanghaiMinute(e.assignedAt)}将${name}第 ${e.cycle} 期评估改派其他评估机构，贵机构无需再出具本期评估结果。`,
          objectType: 'evaluation',
          objectId: e.evaluationId,
          // The cycle is no longer theirs to open: the list of what is.
          link: '/workspace/evaluations',
        });
      }
      return told;
    }
    case 'evaluation.report.reminded.v1': {
      const e = d as EventData<'evaluation.report.reminded.v1'>;
      const left =
        e.workingDaysBefore === 0 ? '今天是提交截止日' : `距提交截止日还有 ${e.workingDaysBefore} 个工作日`;
      return [
        {
          kind: 'evaluation.report_reminder',
          recipient: unit(e.leadUscc),
          title: `评估材料提交提醒：${left}`,
          body:
            `${consortiumName(subjects.consortium)}第 ${e.cycle} 期评估材料尚未提交，${left}，` +
            `请于${shanghaiDay(e.dueOn)}24:00前提交运行情况报告及佐证材料。逾期未提交的，将报市科技局处理。`,
          objectType: 'evaluation',
          objectId: e.evaluationId,
          link: evaluationLink(e.evaluationId),
        },
      ];
    }
    case 'evaluation.report.overdue.v1': {
      const e = d as EventData<'evaluation.report.overdue.v1'>;
      const name = consortiumName(subjects.consortium);
      const base = {
        objectType: 'evaluation' as const,
        objectId: e.evaluationId,
        link: evaluationLink(e.evaluationId),
      };
      return [
        {
          ...base,
          kind: 'evaluation.report_overdue',
          recipient: unit(e.leadUscc),
          title: `第 ${e.cycle} 期评估材料逾期未提交`,
          body:
            `${name}第 ${e.cycle} 期评估材料未在${shanghaiDay(e.dueOn)}24:00前提交，已逾期。` +
            '本期评估结果由市科技局组织评估后确定，请及时与市科技局联系。',
        },
        {
          ...base,
          kind: 'evaluation.overdue_escalated',
          recipient: OFFICERS,
          title: `评估材料逾期未提交，待处理：第 ${e.cycle} 期`,
          body:
            `${name}（牵头单位统一社会信用代码 ${e.leadUscc}）第 ${e.cycle} 期评估材料截至` +
            `${shanghaiDay(e.dueOn)}24:00仍未提交。逾期不自动视为评估不合格，请指定评估机构并确定评估结果。`,
        },
      ];
    }
    case 'evaluation.result.recorded.v1': {
      const e = d as EventData<'evaluation.result.recorded.v1'>;
      const c = required(subjects.consortium, 'consortium', e.consortiumId);
      const failures =
        !e.passed && e.consecutiveFailures > 0 ? `（连续第 ${e.consecutiveFailures} 次不合格）` : '';
      return [
        {
          kind: 'evaluation.result',
          recipient: unit(c.leadUscc),
          title: `第 ${e.cycle} 期评估结果：${GRADE_ZH[e.grade]}（${c.filingNumber}）`,
          body: withOpinion(
            `「${c.name}」第 ${e.cycle} 期评估结果为「${GRADE_ZH[e.grade]}」${failures}。`,
            e.comment,
          ),
          objectType: 'evaluation',
          objectId: e.evaluationId,
          link: '/workspace',
        },
      ];
    }
    case 'evaluation.delisting.decided.v1': {
      const e = d as EventData<'evaluation.delisting.decided.v1'>;
      const c = required(subjects.consortium, 'consortium', e.consortiumId);
      // docs/SPEC.md 5.2c: consecutive failed evaluations end the filing.
      return [
        {
          kind: 'delisting.decided',
          recipient: OFFICERS,
          title: `连续评估不合格，取消备案：${c.name}（${c.filingNumber}）`,
          body: `「${c.name}」${e.reason}，备案将被取消并摘牌。`,
          objectType: 'consortium',
          objectId: c.id,
          link: '/registry',
        },
      ];
    }
    case 'review.consortium.delisted.v1': {
      const e = d as EventData<'review.consortium.delisted.v1'>;
      const name = subjects.consortium?.name ?? e.filingNumber;
      return [
        {
          kind: 'consortium.delisted',
          recipient: unit(e.leadUscc),
          title: `已取消备案并摘牌：${name}（${e.filingNumber}）`,
          body: `「${name}」（备案编号 ${e.filingNumber}）已于${shanghaiMinute(e.delistedAt)}取消备案并摘牌。\n原因：${e.reason}`,
          objectType: 'consortium',
          objectId: e.consortiumId,
          link: '/registry',
        },
      ];
    }
    case 'subsidy.claim.decided.v1': {
      const e = d as EventData<'subsidy.claim.decided.v1'>;
      const c = required(subjects.consortium, 'consortium', e.consortiumId);
      const granted = e.decision === 'GRANT';
      const what = `${CATEGORY_ZH[e.category]}补助申请（${e.subject.name}）`;
      return [
        {
          kind: granted ? 'claim.granted' : 'claim.rejected',
          recipient: unit(c.leadUscc),
          title: granted ? `补助已核定：${formatFen(e.grantedFen)}` : `补助申请未获批准：${e.subject.name}`,
          body: withOpinion(
            granted
              ? `「${c.name}」的${what}已核定补助 ${formatFen(e.grantedFen)}（申请 ${formatFen(e.requestedFen)}），列入 ${e.budgetYear} 年度预算。`
              : `「${c.name}」的${what}未获批准。`,
            e.opinion,
          ),
          objectType: 'claim',
          objectId: e.claimId,
          link: '/workspace',
        },
      ];
    }
    case 'intake.credit-finding.recorded.v1': {
      const e = d as EventData<'intake.credit-finding.recorded.v1'>;
      const period = e.until === null ? `自${e.from}起` : `自${e.from}至${e.until}`;
      return [
        {
          kind: 'credit-finding.recorded',
          recipient: unit(e.uscc),
          title: `信用记录：${e.unitName}（${e.decisionRef}）`,
          body:
            `经市科技局认定，您单位${CREDIT_OBJECT_ZH[e.object.type]}存在虚假或无效情形，已记入信用记录（${e.decisionRef}）。` +
            `${period}，您单位不得牵头或参与创新联合体申报，相关联合体待审的后补助申请中止办理。如有异议，可依法申请复核。`,
          objectType: 'credit-finding',
          objectId: e.findingId,
          link: '/workspace/credit-findings',
        },
      ];
    }
    case 'intake.credit-finding.ended.v1': {
      const e = d as EventData<'intake.credit-finding.ended.v1'>;
      return [
        {
          kind: 'credit-finding.ended',
          recipient: unit(e.uscc),
          title: '信用记录已提前解除',
          body: `您单位的信用记录已于${e.endedOn}提前解除，自当日起不再影响申报和后补助申请。\n解除理由：${e.reason}`,
          objectType: 'credit-finding',
          objectId: e.findingId,
          link: '/workspace/credit-findings',
        },
      ];
    }
  }
  return [];
}

/** The application or consortium an event names, which an earlier event must have told. */
export class UnknownSubjectError extends Error {
  constructor(
    readonly what: 'application' | 'consortium',
    readonly id: string,
  ) {
    super(`${what} ${id} is unknown to notifications: the event that introduces it has not been handled yet`);
  }
}

function required<T>(facts: T | undefined, what: 'application' | 'consortium', id: string): T {
  if (!facts) throw new UnknownSubjectError(what, id);
  return facts;
}
