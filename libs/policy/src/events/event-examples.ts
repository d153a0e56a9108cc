import type { ApplicationDocumentInput } from '../application/application.schema';
import { deepFreeze } from '../shared/deep-freeze';
import { computeUsccCheckChar } from '../uscc/uscc';
import type { EventDataInput, EventType } from './event-catalogue';

const uscc = (body17: string) => body17 + computeUsccCheckChar(body17);

const LEAD = uscc('91510502MA6EXAMP1');
const OUTSIDE = uscc('12510000450700001');
const UPSTREAM = uscc('91510504MA6EXAMP2');
const DOWNSTREAM = uscc('91510521MA6EXAMP3');
const KEY_NODE = uscc('91510503MA6EXAMP4');
const LOCAL_UNIV = uscc('12510500450700002');
const EVALUATOR = uscc('91510100MA6EXAMP5');

/** A valid, eligible application document (documentation example; @lz/testing has factories). */
export const exampleApplicationDocument: ApplicationDocumentInput = deepFreeze<ApplicationDocumentInput>({
  callId: 'call-2025',
  name: '白酒固态发酵智能化创新联合体',
  field: '白酒酿造',
  jurisdictionCode: '510502',
  lead: {
    uscc: LEAD,
    name: '泸州示范酒业股份有限公司',
    kind: 'ENTERPRISE',
    districtCode: '510502',
    address: '泸州市江阳区示范路1号',
    contact: { name: '张三', phone: '0830-1234567', email: 'zhang@example.com' },
  },
  members: [
    {
      uscc: OUTSIDE,
      name: '成都示范大学',
      kind: 'UNIVERSITY',
      chainRole: 'ACADEMIC',
      inLuzhou: false,
      region: '四川省成都市',
      influenceStatement: '国家重点实验室依托单位，酿造微生物研究国内领先',
      contribution: { fundsFen: 0, technology: '发酵微生物组学', talent: '教授团队10人' },
    },
    {
      uscc: LOCAL_UNIV,
      name: '泸州示范医学院',
      kind: 'UNIVERSITY',
      chainRole: 'ACADEMIC',
      inLuzhou: true,
      region: '四川省泸州市',
      contribution: { fundsFen: 0, technology: '检测分析' },
    },
    {
      uscc: UPSTREAM,
      name: '泸州示范粮业有限公司',
      kind: 'ENTERPRISE',
      chainRole: 'UPSTREAM',
      inLuzhou: true,
      region: '四川省泸州市',
      contribution: { fundsFen: 50_000_000 },
    },
    {
      uscc: DOWNSTREAM,
      name: '泸州示范包装有限公司',
      kind: 'ENTERPRISE',
      chainRole: 'DOWNSTREAM',
      inLuzhou: true,
      region: '四川省泸州市',
      contribution: { fundsFen: 30_000_000 },
    },
    {
      uscc: KEY_NODE,
      name: '泸州示范装备有限公司',
      kind: 'ENTERPRISE',
      chainRole: 'KEY_NODE',
      inLuzhou: true,
      region: '四川省泸州市',
      contribution: { fundsFen: 20_000_000, equipment: '智能酿造装备' },
    },
  ],
  goals: {
    coreTasks: ['固态发酵过程智能控制'],
    plan: {
      startsOn: '2025-01-01',
      endsOn: '2027-12-31',
      milestones: [
        { title: '中试线建成', dueOn: '2025-12-31' },
        { title: '成果转化', dueOn: '2027-12-31' },
      ],
    },
    funding: {
      totalFen: 300_000_000,
      sources: [
        { unitUscc: LEAD, amountFen: 200_000_000 },
        { unitUscc: UPSTREAM, amountFen: 50_000_000 },
        { unitUscc: DOWNSTREAM, amountFen: 30_000_000 },
        { unitUscc: KEY_NODE, amountFen: 20_000_000 },
      ],
    },
    acceptanceTargets: ['出酒率提升3%'],
  },
  governance: { council: true, management: '牵头企业设联合体办公室统筹管理', incentives: '项目制薪酬' },
  commitment: { attachmentId: 'att-commitment', attestedBy: '张三', attestedAt: '2025-03-01T10:00:00+08:00' },
}) as ApplicationDocumentInput;

const doc = exampleApplicationDocument;
const SHA = 'a'.repeat(64);
/** The first evaluation cycle of the example consortium, as the evaluation events name it. */
const cycleOne = {
  evaluationId: 'evaluation-1',
  consortiumId: 'consortium-1',
  leadUscc: doc.lead.uscc,
  cycle: 1,
  dueOn: '2026-10-20',
  dueAt: '2026-10-21T00:00:00+08:00',
};

type EventExamples = { readonly [T in EventType]: EventDataInput<T> };

/**
 * One valid `data` example per event type: for documentation, and as defaults in test factories.
 * Frozen at runtime: `structuredClone` one before changing it.
 */
export const eventExamples: EventExamples = deepFreeze<EventExamples>({
  'intake.application.submitted.v1': {
    applicationId: 'app-1',
    revision: 1,
    callId: doc.callId,
    name: doc.name,
    field: doc.field,
    jurisdictionCode: doc.jurisdictionCode,
    leadUscc: doc.lead.uscc,
    leadName: doc.lead.name,
    leadKind: doc.lead.kind,
    members: doc.members.map(({ uscc: u, name, kind, chainRole, inLuzhou }) => ({
      uscc: u,
      name,
      kind,
      chainRole,
      inLuzhou,
    })),
    submittedAt: '2025-03-01T10:05:00+08:00',
    submittedBy: 'user-applicant-1',
    document: doc,
    attachments: [
      { id: 'att-agreement', category: 'AGREEMENT', sha256: SHA, size: 1024, mediaType: 'application/pdf' },
      { id: 'att-commitment', category: 'COMMITMENT', sha256: SHA, size: 512, mediaType: 'application/pdf' },
    ],
    findings: [],
  },
  'review.preliminary.decided.v1': {
    applicationId: 'app-1',
    revision: 1,
    jurisdictionCode: '510502',
    decision: 'RECOMMEND',
    opinion: '符合建设条件，同意推荐。',
    decidedBy: 'user-reviewer-1',
    decidedAt: '2025-03-10T09:00:00+08:00',
  },
  'review.city.decided.v1': {
    applicationId: 'app-1',
    revision: 1,
    decision: 'TO_BE_FILED',
    opinion: '专家评审通过，拟备案。',
    aggregateScore: 86.5,
    decidedBy: 'user-officer-1',
    decidedAt: '2025-04-01T09:00:00+08:00',
    name: doc.name,
    field: doc.field,
    leadUscc: doc.lead.uscc,
    leadName: doc.lead.name,
    jurisdictionCode: doc.jurisdictionCode,
  },
  'publicity.notice.published.v1': {
    noticeId: 'notice-1',
    title: '2025年度泸州市创新联合体拟备案名单公示',
    publishedAt: '2025-09-30T10:00:00+08:00',
    endsAt: '2025-10-15T00:00:00+08:00',
    workingDays: 5,
    countingRule: 'NEXT_DAY',
    closingTime: '24:00',
    provisional: false,
    items: [{ applicationId: 'app-1', name: doc.name, leadUscc: doc.lead.uscc, leadName: doc.lead.name }],
  },
  'publicity.objection.filed.v1': {
    objectionId: 'objection-1',
    noticeId: 'notice-1',
    applicationId: 'app-1',
    reason: '成员单位信息不实',
    filedAt: '2025-10-09T11:00:00+08:00',
  },
  'publicity.item.cleared.v1': {
    noticeId: 'notice-1',
    applicationId: 'app-1',
    endsAt: '2025-10-15T00:00:00+08:00',
    clearedAt: '2025-10-15T00:00:05+08:00',
    dismissedObjections: 0,
  },
  'publicity.item.contested.v1': {
    noticeId: 'notice-1',
    applicationId: 'app-1',
    objectionId: 'objection-1',
    outcome: 'UPHELD',
    reason: '经核实，异议成立。',
    decidedBy: 'user-officer-1',
    decidedAt: '2025-10-12T15:00:00+08:00',
  },
  'review.consortium.registered.v1': {
    consortiumId: 'consortium-1',
    applicationId: 'app-1',
    filingNumber: '泸创联备〔2025〕001号',
    filedOn: '2025-10-20',
    filedAt: '2025-10-20T10:00:00+08:00',
    name: doc.name,
    field: doc.field,
    jurisdictionCode: doc.jurisdictionCode,
    leadUscc: doc.lead.uscc,
    leadName: doc.lead.name,
    members: doc.members.map(({ uscc: u, name }) => ({ uscc: u, name })),
  },
  'evaluation.window.opened.v1': {
    ...cycleOne,
    opensAt: '2026-09-20T00:00:00+08:00',
    reminders: [
      { workingDaysBefore: 10, at: '2026-09-30T09:00:00+08:00' },
      { workingDaysBefore: 3, at: '2026-10-15T09:00:00+08:00' },
      { workingDaysBefore: 0, at: '2026-10-20T09:00:00+08:00' },
    ],
    provisional: false,
  },
  'evaluation.evaluator.assigned.v1': {
    ...cycleOne,
    evaluatorOrgUscc: EVALUATOR,
    previousEvaluatorOrgUscc: null,
    assignedBy: 'officer-1',
    assignedAt: '2026-10-22T10:00:00+08:00',
  },
  'evaluation.report.reminded.v1': {
    ...cycleOne,
    workingDaysBefore: 3,
    remindedAt: '2026-10-15T09:00:00+08:00',
  },
  'evaluation.report.overdue.v1': {
    ...cycleOne,
    overdueAt: '2026-10-21T00:00:00+08:00',
    gradeEffect: 'OFFICER_DECIDES',
  },
  'evaluation.result.recorded.v1': {
    evaluationId: 'evaluation-1',
    consortiumId: 'consortium-1',
    cycle: 1,
    grade: 'GOOD',
    passed: true,
    consecutiveFailures: 0,
    evaluatorOrgUscc: EVALUATOR,
    comment: '运行良好。',
    recordedAt: '2027-11-01T10:00:00+08:00',
  },
  'evaluation.delisting.decided.v1': {
    consortiumId: 'consortium-1',
    rule: '5.2c',
    evaluationIds: ['evaluation-1', 'evaluation-2'],
    reason: '连续两次评估不合格',
    decidedAt: '2029-11-01T10:00:00+08:00',
  },
  'review.consortium.delisted.v1': {
    consortiumId: 'consortium-1',
    filingNumber: '泸创联备〔2025〕001号',
    leadUscc: doc.lead.uscc,
    rule: '5.2c',
    reason: '连续两次评估不合格，取消备案并摘牌',
    delistedAt: '2029-11-02T10:00:00+08:00',
  },
  'subsidy.claim.decided.v1': {
    claimId: 'claim-1',
    consortiumId: 'consortium-1',
    category: 'PILOT_PLATFORM',
    subject: { ref: 'platform-1', name: '白酒酿造中试熟化平台' },
    decision: 'GRANT',
    requestedFen: 100_000_000,
    grantedFen: 80_000_000,
    budgetYear: 2026,
    opinion: '同意给予后补助。',
    decidedBy: 'user-officer-1',
    decidedAt: '2026-06-01T10:00:00+08:00',
  },
  'intake.credit-finding.recorded.v1': {
    findingId: 'finding-1',
    uscc: UPSTREAM,
    unitName: '泸州示范上游材料有限公司',
    object: { type: 'CLAIM', id: 'claim-1' },
    decisionRef: '泸科信〔2026〕1号',
    from: '2026-07-01',
    until: '2027-06-30',
    policyVersion: 'lz-2024-draft',
    recordedBy: 'user-officer-1',
    recordedAt: '2026-07-01T10:00:00+08:00',
  },
  'intake.credit-finding.ended.v1': {
    findingId: 'finding-1',
    uscc: UPSTREAM,
    reason: '复核认定材料属实，提前解除。',
    endedOn: '2026-09-01',
    endedBy: 'user-officer-1',
    endedAt: '2026-09-01T10:00:00+08:00',
  },
}) as EventExamples;
