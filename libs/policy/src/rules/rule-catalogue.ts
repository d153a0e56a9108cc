import { deepFreeze } from '../shared/deep-freeze';

/**
 * Every rule ID of docs/SPEC.md, cited exactly as written there (`{"rule": "2.3a"}`), plus the
 * procedure rules of §3 that services enforce (status transitions, publicity, filing).
 * `hard`: violation refuses. `soft` (原则上): violation is a flag that a written justification clears.
 */
export type RuleKind = 'hard' | 'soft';

export interface RuleDefinition {
  id: string;
  kind: RuleKind;
  title: string;
  titleZh: string;
  message: string;
  messageZh: string;
  /** Article of 《泸州市创新联合体建设管理办法》 (征求意见稿) the rule restates. */
  article: string;
}

const catalogue = {
  // docs/SPEC.md makes 2.1a hard, but the text's 原则上 governs the whole clause, registration place
  // included (docs/spec-notes.md): an invalid lead USCC is still refused; a lead registered outside
  // the seven districts/counties is a soft flag that a justification clears.
  '2.1a': {
    kind: 'soft',
    title: 'Lead unit registered in Luzhou, valid USCC',
    titleZh: '牵头单位原则上为泸州市辖区内注册的独立法人',
    message:
      'The lead unit should in principle be an independent legal person registered in a Luzhou district or county, identified by a valid USCC.',
    messageZh: '牵头单位原则上应为泸州市辖区范围内注册的独立法人，统一社会信用代码须有效。',
    article: '第二条（一）',
  },
  '2.1b': {
    kind: 'soft',
    title: 'Lead unit is an enterprise',
    titleZh: '原则上由企业牵头',
    message:
      'The lead unit should in principle be an enterprise (or a new-type R&D institution with upstream/downstream enterprises); otherwise a justification is required.',
    messageZh: '牵头单位原则上应为企业（或新型研发机构联合上下游企业牵头），否则须说明理由。',
    article: '第二条（一）',
  },
  '2.2': {
    kind: 'hard',
    title: 'Goals and tasks stated',
    titleZh: '目标任务明确',
    message:
      'Core tasks, research plan with milestones, funding arrangement and acceptance targets must be stated and consistent.',
    messageZh: '应明确核心任务、攻关计划、资金安排、验收考核等目标，且前后一致。',
    article: '第二条（二）',
  },
  '2.3a': {
    kind: 'soft',
    title: 'At least 5 linked units',
    titleZh: '原则上联动不少于5家单位',
    message:
      'A consortium should in principle link at least 5 units besides the lead; otherwise a justification is required.',
    messageZh: '每个创新联合体原则上联动不少于5家单位，否则须说明理由。',
    article: '第二条（三）',
  },
  '2.3b': {
    kind: 'hard',
    title: 'At least 1 influential member outside Luzhou',
    titleZh: '至少1家具有行业影响力的市外单位',
    message:
      'At least one member must be an enterprise, university or research institute outside Luzhou with a statement of its industry influence.',
    messageZh: '成员单位中至少有1家具有行业影响力的市外单位（企业、高校或科研院所），并说明其影响力。',
    article: '第二条（三）',
  },
  '2.4': {
    kind: 'hard',
    title: 'Formation agreement and governance',
    titleZh: '组建协议与组织架构',
    message: 'A formation agreement signed by every member must be attached and the governance described.',
    messageZh: '应上传各成员单位签订的组建协议，并说明组织架构与管理制度。',
    article: '第二条（四）',
  },
  '2.5': {
    kind: 'hard',
    title: 'Every member contributes resources',
    titleZh: '成员单位资源保障到位',
    message: 'Every member must state what it contributes (funds, technology, talent, equipment, premises).',
    messageZh: '每个成员单位应说明其提供的资金、技术、人才、仪器设备、办公科研场地等支持。',
    article: '第二条（五）',
  },
  '3.1': {
    kind: 'hard',
    title: 'Applications only against a published call',
    titleZh: '按申报通知申报',
    message: 'Applications are made against a published call (in principle once a year).',
    messageZh: '按当年度发布的申报通知进行申报（原则上每年集中申报1次）。',
    article: '第三条（一）',
  },
  '3.2': {
    kind: 'hard',
    title: 'A submitted application is frozen',
    titleZh: '已提交的申报不可修改',
    message: 'A submitted application cannot be edited; only a return for revision allows a new revision.',
    messageZh: '申报提交后不可修改，仅在退回修改后方可重新提交。',
    article: '第三条（二）',
  },
  '3.3': {
    kind: 'hard',
    title: 'Preliminary review by the own jurisdiction',
    titleZh: '区县、园区初审辖区内申报',
    message:
      'Only the jurisdiction chosen by the lead unit reviews the application, and only while it is submitted.',
    messageZh: '仅由牵头单位所选区县、园区科技管理部门对其辖区内已提交的申报进行初审。',
    article: '第三条（三）',
  },
  '3.4': {
    kind: 'hard',
    title: 'City review of recommended applications',
    titleZh: '市级审查',
    message:
      'Only recommended applications go to city review; experts from the lead or a member are excluded.',
    messageZh: '仅对初审推荐的申报进行市级审查；与牵头单位或成员单位有关联的专家须回避。',
    article: '第三条（四）',
  },
  '3.5': {
    kind: 'hard',
    title: 'Publicity of at least 5 working days',
    titleZh: '公示不少于5个工作日',
    message:
      'Items to be filed are published for at least 5 working days; objections only while the notice is open.',
    messageZh: '拟备案项目公示时间不少于5个工作日；仅在公示期内可提出异议。',
    article: '第三条（四）',
  },
  '3.6': {
    kind: 'hard',
    title: 'Filing only when cleared',
    titleZh: '公示无异议方可备案',
    message: 'Only an item whose publicity ended without a pending or upheld objection can be filed.',
    messageZh: '公示无异议（无待处理或成立的异议）后，方可审批备案入库。',
    article: '第三条（四）',
  },
  '4.1': {
    kind: 'hard',
    title: 'S&T cooperation special project post-subsidy',
    titleZh: '科技合作专项后补助',
    message: 'Post-subsidy for major breakthroughs shared across the industry; amount set by the Bureau.',
    messageZh: '对取得重大突破、实现成果行业共享的创新联合体给予后补助，金额由市科技局确定。',
    article: '第四条（一）',
  },
  '4.2': {
    kind: 'hard',
    title: 'Priority for open-competition projects',
    titleZh: '优先支持“揭榜挂帅”项目',
    message: 'Consortia get priority for open-competition （揭榜挂帅） projects； no amount.',
    messageZh: '优先支持创新联合体以“揭榜挂帅”方式开展有组织科研。',
    article: '第四条（二）',
  },
  '4.3': {
    kind: 'hard',
    title: 'Platform post-subsidy cap',
    titleZh: '创新平台后补助上限',
    message:
      'A pilot/maturation or technology-transfer platform receives at most 1,000,000 yuan over all tranches.',
    messageZh: '新建中试熟化平台、重大科技成果转化和技术转移平台最高给予100万元后补助。',
    article: '第四条（三）',
  },
  '4.4': {
    kind: 'hard',
    title: 'Transformation project post-subsidy cap',
    titleZh: '成果转化项目后补助上限',
    message:
      'An achievement-transformation project in Luzhou receives at most 5,000,000 yuan over all tranches.',
    messageZh: '在泸转化的成果转化项目单个项目最高给予500万元后补助。',
    article: '第四条（四）',
  },
  '4.5': {
    kind: 'hard',
    title: 'Incubation of tech enterprises',
    titleZh: '支持孵化科技型企业',
    message: 'Priority recommendation for high-tech, gazelle and unicorn enterprises; recorded, no amount.',
    messageZh: '成员企业和衍生企业申报高新技术企业、瞪羚企业、独角兽企业优先推荐。',
    article: '第四条（五）',
  },
  '4.6': {
    kind: 'hard',
    title: 'Talent programmes',
    titleZh: '支持引育高层次人才',
    message: 'Priority for the Tianfu Emei and Tianfu Qingcheng talent programmes; recorded, no amount.',
    messageZh: '优先支持申报“天府峨眉计划”“天府青城计划”。',
    article: '第四条（六）',
  },
  '4.7': {
    kind: 'hard',
    title: 'Technology finance',
    titleZh: '强化科技金融扶持',
    message: 'Technology finance support; recorded, no amount.',
    messageZh: '科技金融扶持，予以记录。',
    article: '第四条（七）',
  },
  '5.1': {
    kind: 'hard',
    title: 'Mature one, support one',
    titleZh: '成熟一个、支持一个',
    message: 'There is no quota: each application is decided on its own merits.',
    messageZh: '不设名额，成熟一个、支持一个。',
    article: '第五条（一）',
  },
  '5.2a': {
    kind: 'hard',
    title: 'Biennial evaluation',
    titleZh: '每两年评估一次',
    message:
      'Each consortium is evaluated every two years on performance, operation, activities and evidence.',
    messageZh: '每两年对创新联合体进行一次评估，牵头单位提供绩效、管理运行、创新活动情况及佐证材料。',
    article: '第五条（二）',
  },
  '5.2b': {
    kind: 'hard',
    title: 'Evaluation result is the basis for support',
    titleZh: '评估结果作为进一步支持的依据',
    message: 'The latest evaluation grade is the basis for further support.',
    messageZh: '评估结果作为进一步支持的重要依据。',
    article: '第五条（二）',
  },
  '5.2c': {
    kind: 'hard',
    title: 'Delisting after two consecutive failures',
    titleZh: '连续两次评估不合格取消备案并摘牌',
    message:
      'Two consecutive failed evaluations revoke the filing and delist the consortium; it can no longer claim support.',
    messageZh: '连续两次评估不合格的联合体取消备案并摘牌，不再享受扶持。',
    article: '第五条（二）',
  },
  '5.3': {
    kind: 'hard',
    title: 'Integrity commitment',
    titleZh: '诚信承诺',
    message:
      'An integrity commitment must be attached and attested; the applicant is responsible for the truth of all materials.',
    messageZh: '申报单位须提交诚信承诺书，对申报材料的真实性、完整性、有效性和合法性承担全部责任。',
    article: '第五条（三）',
  },
  // The text records false materials against the unit (第五条(三)) but names no effect: the effects are
  // the policy's `credit` parameters (docs/spec-notes.md), this rule is the refusal they give.
  '5.3a': {
    kind: 'hard',
    title: 'No active credit finding against the lead or a member',
    titleZh: '牵头单位及成员单位无在效信用记录',
    message:
      'A unit with an active credit finding (materials found false or invalid) cannot lead or join an application submitted while the finding is in effect.',
    messageZh: '存在在效信用记录（申报材料被认定虚假或无效）的单位，在记录有效期内不得牵头或参与申报。',
    article: '第五条（三）',
  },
  'C.1': {
    kind: 'hard',
    title: 'One open application per lead per call, while the call is open',
    titleZh: '每次申报每个牵头单位限一份，且仅在申报期内提交',
    message:
      'Submission is possible only while the call is open, and a lead unit may have one open application per call.',
    messageZh: '仅在申报期内可提交，且同一牵头单位在同一批次中只能有一份在办申报。',
    article: '第三条（一）（平台规则）',
  },
  // The text is silent on how complete a submission must be beyond listing its materials (第三条(二)
  // 提交申报材料, 第五条(三) 完整性): a platform rule, docs/SPEC.md C.2.
  'C.2': {
    kind: 'hard',
    title: 'The application is complete at submission',
    titleZh: '提交时申报材料填写完整',
    message:
      'A draft may be saved incomplete, but every part of the application document must be filled in before it is submitted.',
    messageZh: '草稿可不完整保存，但提交前须将申报书各项内容填写完整。',
    article: '第三条（二）、第五条（三）（平台规则）',
  },
  // 第四条 says the support is 后补助 (paid after results) and 第五条(二) asks for 佐证材料; the text is
  // silent on what a claim carries: a platform rule, docs/SPEC.md C.3.
  'C.3': {
    kind: 'hard',
    title: 'A subsidy claim is submitted with its evidence',
    titleZh: '后补助申请须附佐证材料',
    message:
      'Post-subsidy is paid against evidence: a claim is submitted only with at least one evidence file uploaded to it.',
    messageZh: '后补助依据佐证材料拨付：申请须至少上传一份佐证材料后方可提交。',
    article: '第四条（平台规则）',
  },
} as const satisfies Record<string, Omit<RuleDefinition, 'id'>>;

export type RuleId = keyof typeof catalogue;

export const RULES: { readonly [K in RuleId]: Readonly<RuleDefinition & { id: K }> } = deepFreeze(
  Object.fromEntries(Object.entries(catalogue).map(([id, def]) => [id, { id, ...def }])) as {
    [K in RuleId]: RuleDefinition & { id: K };
  },
);

export const RULE_IDS = Object.keys(catalogue) as readonly RuleId[];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.hasOwn(catalogue, value);
}

export function getRule(id: RuleId): Readonly<RuleDefinition> {
  return RULES[id];
}

/** Input errors (not policy rules): malformed or contradictory data in the application document. */
const inputErrors = {
  INVALID_USCC: {
    message: 'Not a valid Unified Social Credit Code (18 characters with a correct check character).',
    messageZh: '统一社会信用代码无效（应为18位且校验码正确）。',
  },
  DUPLICATE_MEMBER: {
    message: 'The same unit (USCC) is listed more than once as a member.',
    messageZh: '同一单位（统一社会信用代码）被重复列为成员单位。',
  },
  LEAD_AS_MEMBER: {
    message: 'The lead unit must not be listed as its own member.',
    messageZh: '牵头单位不得同时列为成员单位。',
  },
  UNKNOWN_FUNDING_UNIT: {
    message: 'A funding source names a unit that is neither the lead nor a member.',
    messageZh: '资金来源单位既不是牵头单位也不是成员单位。',
  },
} as const;

export type InputErrorCode = keyof typeof inputErrors;

export const INPUT_ERRORS: {
  readonly [K in InputErrorCode]: Readonly<{ code: K; message: string; messageZh: string }>;
} = deepFreeze(
  Object.fromEntries(Object.entries(inputErrors).map(([code, m]) => [code, { code, ...m }])) as {
    [K in InputErrorCode]: { code: K; message: string; messageZh: string };
  },
);

/** The soft rules (原则上) whose flag a written justification clears. */
export type SoftRuleId = '2.1a' | '2.1b' | '2.3a';
export const SOFT_RULE_IDS = RULE_IDS.filter((id) => RULES[id].kind === 'soft') as readonly SoftRuleId[];
