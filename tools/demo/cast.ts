import { createHash } from 'node:crypto';
import { computeUsccCheckChar, USCC_CHARSET } from '@lz/policy';

/**
 * The people and units of the demo year (and of the lifecycle e2e test). The enterprises are
 * FICTIONAL — plausible Luzhou names, so that nobody reads the demo as a real company applying. The
 * universities and institutes are real institutions named only as consortium members or expert
 * employers; every USCC here is generated (valid check character, GB 32100-2015), not theirs.
 */

/** A valid USCC for `seed` (deterministic): org type, issuing division, 9 derived characters, check char. */
export function demoUscc(orgType: '91' | '12' | '52', division: string, seed: string): string {
  const digest = createHash('sha256').update(`${orgType}|${division}|${seed}`).digest();
  let org = '';
  for (let i = 0; i < 9; i++) org += USCC_CHARSET[(digest[i] ?? 0) % USCC_CHARSET.length];
  const body = `${orgType}${division}${org}`;
  return body + computeUsccCheckChar(body);
}

export type UnitKind = 'ENTERPRISE' | 'NEW_RD_INSTITUTION' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'OTHER';
export type ChainRole = 'KEY_NODE' | 'UPSTREAM' | 'DOWNSTREAM' | 'ACADEMIC';

export interface Institution {
  key: string;
  name: string;
  kind: UnitKind;
  region: string;
  inLuzhou: boolean;
  orgType: '91' | '12' | '52';
  division: string;
  influence?: string;
}

/** Universities and institutes (real names, generated codes) that appear as members or expert employers. */
export const INSTITUTIONS = {
  scu: {
    key: 'scu',
    name: '四川大学',
    kind: 'UNIVERSITY',
    region: '四川省成都市',
    inLuzhou: false,
    orgType: '12',
    division: '510000',
    influence: '教育部直属“双一流”建设高校,轻工科学与工程学科酿造微生物研究国内领先',
  },
  swmu: {
    key: 'swmu',
    name: '西南医科大学',
    kind: 'UNIVERSITY',
    region: '四川省泸州市',
    inLuzhou: true,
    orgType: '12',
    division: '510500',
  },
  cib: {
    key: 'cib',
    name: '中国科学院成都有机化学研究所',
    kind: 'RESEARCH_INSTITUTE',
    region: '四川省成都市',
    inLuzhou: false,
    orgType: '12',
    division: '510100',
    influence: '中国科学院直属研究所,高分子与精细化工材料研究具有全国影响力',
  },
  cdutcm: {
    key: 'cdutcm',
    name: '成都中医药大学',
    kind: 'UNIVERSITY',
    region: '四川省成都市',
    inLuzhou: false,
    orgType: '12',
    division: '510000',
    influence: '中药资源与中药制药领域国家级平台依托单位',
  },
  simr: {
    key: 'simr',
    name: '四川省机械研究设计院(集团)有限公司',
    kind: 'RESEARCH_INSTITUTE',
    region: '四川省成都市',
    inLuzhou: false,
    orgType: '91',
    division: '510100',
    influence: '省级重点转制科研院所,起重与智能装备检测标准主要起草单位',
  },
  lzvtc: {
    key: 'lzvtc',
    name: '泸州职业技术学院',
    kind: 'UNIVERSITY',
    region: '四川省泸州市',
    inLuzhou: true,
    orgType: '12',
    division: '510500',
  },
  scvcc: {
    key: 'scvcc',
    name: '四川化工职业技术学院',
    kind: 'UNIVERSITY',
    region: '四川省泸州市',
    inLuzhou: true,
    orgType: '12',
    division: '510500',
  },
  jiangnan: {
    key: 'jiangnan',
    name: '江南大学',
    kind: 'UNIVERSITY',
    region: '江苏省无锡市',
    inLuzhou: false,
    orgType: '12',
    division: '320000',
    influence: '教育部直属高校,发酵工程国家重点学科,传统酿造微生物研究国内领先',
  },
  cib2: {
    key: 'cib2',
    name: '中国科学院成都生物研究所',
    kind: 'RESEARCH_INSTITUTE',
    region: '四川省成都市',
    inLuzhou: false,
    orgType: '12',
    division: '510100',
    influence: '中国科学院直属研究所,环境与应用微生物研究具有全国影响力',
  },
  suse: {
    key: 'suse',
    name: '四川轻化工大学',
    kind: 'UNIVERSITY',
    region: '四川省自贡市',
    inLuzhou: false,
    orgType: '12',
    division: '510300',
    influence: '白酒酿造技术与应用四川省重点实验室依托单位',
  },
  uestc: {
    key: 'uestc',
    name: '电子科技大学',
    kind: 'UNIVERSITY',
    region: '四川省成都市',
    inLuzhou: false,
    orgType: '12',
    division: '510000',
    influence: '教育部直属“双一流”建设高校,电子信息学科全国领先',
  },
  swjtu: {
    key: 'swjtu',
    name: '西南交通大学',
    kind: 'UNIVERSITY',
    region: '四川省成都市',
    inLuzhou: false,
    orgType: '12',
    division: '510000',
    influence: '教育部直属“双一流”建设高校,轨道交通与机械装备研究全国领先',
  },
  cqu: {
    key: 'cqu',
    name: '重庆大学',
    kind: 'UNIVERSITY',
    region: '重庆市沙坪坝区',
    inLuzhou: false,
    orgType: '12',
    division: '500000',
    influence: '教育部直属“双一流”建设高校,资源与环境工程研究具有全国影响力',
  },
  scams: {
    key: 'scams',
    name: '四川省医学科学院',
    kind: 'RESEARCH_INSTITUTE',
    region: '四川省成都市',
    inLuzhou: false,
    orgType: '12',
    division: '510000',
    influence: '四川省人民医院所在单位,临床医学研究省内领先',
  },
  cuit: {
    key: 'cuit',
    name: '成都信息工程大学',
    kind: 'UNIVERSITY',
    region: '四川省成都市',
    inLuzhou: false,
    orgType: '12',
    division: '510000',
    influence: '气象与信息工程特色高校,大气探测与电子信息研究具有行业影响力',
  },
} as const satisfies Record<string, Institution>;
export type InstitutionKey = keyof typeof INSTITUTIONS;

/**
 * Institutions keep the same code in every run (so an expert's employer matches a member's code);
 * fictional enterprises get a code per run (`tag`), so the demo can run again on the same databases
 * without tripping "one open application per lead per call" (docs/SPEC.md C.1).
 */
export function institutionUscc(key: InstitutionKey): string {
  const i = INSTITUTIONS[key];
  return demoUscc(i.orgType, i.division, `institution:${key}`);
}

export interface DemoExpert {
  key: string;
  name: string;
  org: InstitutionKey;
  fields: string[];
}

/** The city review's expert pool (评审专家库). 李建国 works at 四川大学, a member of the liquor consortium. */
export const EXPERTS: readonly DemoExpert[] = [
  { key: 'li', name: '李建国', org: 'scu', fields: ['白酒酿造', '生物医药'] },
  { key: 'wang', name: '王晓梅', org: 'jiangnan', fields: ['白酒酿造'] },
  { key: 'chen', name: '陈志强', org: 'cib2', fields: ['白酒酿造', '生物医药'] },
  { key: 'liu', name: '刘芳', org: 'suse', fields: ['白酒酿造', '新材料'] },
  { key: 'zhao', name: '赵磊', org: 'uestc', fields: ['电子信息', '智能装备'] },
  { key: 'sun', name: '孙丽', org: 'swjtu', fields: ['智能装备', '新材料'] },
  { key: 'zhou', name: '周涛', org: 'cqu', fields: ['新材料', '智能装备', '电子信息'] },
  { key: 'wu', name: '吴敏', org: 'scams', fields: ['生物医药'] },
  { key: 'zheng', name: '郑伟', org: 'cuit', fields: ['电子信息'] },
];

/** How an application's story ends (and so what the e2e test expects of it). */
export type Outcome = 'FILED' | 'CONTESTED' | 'PRELIM_REJECTED' | 'CITY_REJECTED';

export interface DemoMemberSpec {
  /** An institution of INSTITUTIONS, or a fictional enterprise (name + district). */
  institution?: InstitutionKey;
  enterprise?: { name: string; division: string; region?: string; inLuzhou?: boolean; influence?: string };
  chainRole: ChainRole;
  fundsYuan: number;
  technology?: string;
  talent?: string;
  equipment?: string;
  premises?: string;
}

export interface DemoApplicationSpec {
  key: string;
  /** 简称, for the timeline. */
  short: string;
  name: string;
  field: string;
  jurisdictionCode: '510502' | '510504';
  lead: {
    name: string;
    districtCode: string;
    address: string;
    contact: { name: string; phone: string; email: string };
  };
  leadFundsYuan: number;
  members: DemoMemberSpec[];
  coreTasks: string[];
  milestones: Array<{ title: string; dueOn: string }>;
  acceptanceTargets: string[];
  management: string;
  incentives: string;
  justifications?: Record<string, string>;
  outcome: Outcome;
}

/** The six applications of the year. */
export const APPLICATIONS: readonly DemoApplicationSpec[] = [
  {
    key: 'liquor',
    short: '醇源智酿',
    name: '浓香型白酒固态发酵智能化创新联合体',
    field: '白酒酿造',
    jurisdictionCode: '510502',
    lead: {
      name: '泸州醇源智能酿造科技有限公司',
      districtCode: '510502',
      address: '四川省泸州市江阳区酒城大道二段88号',
      contact: { name: '罗文斌', phone: '0830-3101234', email: 'luowb@chunyuan.example.cn' },
    },
    leadFundsYuan: 12_000_000,
    members: [
      {
        institution: 'scu',
        chainRole: 'ACADEMIC',
        fundsYuan: 0,
        technology: '窖池微生物组学与风味物质解析',
        talent: '教授团队8人',
      },
      {
        institution: 'swmu',
        chainRole: 'ACADEMIC',
        fundsYuan: 0,
        technology: '酒体安全与检测分析',
        premises: '联合实验室300平方米',
      },
      {
        enterprise: { name: '泸州丰粮农业开发有限公司', division: '510521' },
        chainRole: 'UPSTREAM',
        fundsYuan: 3_000_000,
        technology: '酿酒专用糯红高粱订单种植',
      },
      {
        enterprise: { name: '泸州玉瓷包装制品有限公司', division: '510503' },
        chainRole: 'DOWNSTREAM',
        fundsYuan: 2_000_000,
      },
      {
        enterprise: { name: '泸州云酿装备制造有限公司', division: '510504' },
        chainRole: 'KEY_NODE',
        fundsYuan: 3_000_000,
        equipment: '智能上甑机器人与窖池在线监测系统',
      },
    ],
    coreTasks: ['固态发酵过程多参数在线感知与智能调控', '窖泥功能菌群定向培养与稳定传代'],
    milestones: [
      { title: '建成智能酿造中试车间', dueOn: '2027-06-30' },
      { title: '形成智能酿造工艺规范', dueOn: '2028-06-30' },
    ],
    acceptanceTargets: ['优级酒率提升3个百分点', '申请发明专利8项', '制定团体标准1项'],
    management: '牵头企业设联合体办公室,理事会每季度议事,重大事项三分之二成员同意',
    incentives: '项目制薪酬、成果转化收益按贡献分配',
    outcome: 'FILED',
  },
  {
    key: 'materials',
    short: '川南新材',
    name: '锂电池负极用高性能碳材料创新联合体',
    field: '新材料',
    jurisdictionCode: '510504',
    lead: {
      name: '泸州川南新材料科技有限公司',
      districtCode: '510504',
      address: '四川省泸州市龙马潭区石洞街道新材料产业园6号',
      contact: { name: '杨慧', phone: '0830-2512345', email: 'yanghui@cnxc.example.cn' },
    },
    leadFundsYuan: 9_000_000,
    // As first drafted every member is in Luzhou: docs/SPEC.md 2.3b (one outside member) fails until the
    // applicant adds 中国科学院成都有机化学研究所 (the story does that).
    members: [
      { institution: 'scvcc', chainRole: 'ACADEMIC', fundsYuan: 0, talent: '化工工艺教师团队12人' },
      { institution: 'lzvtc', chainRole: 'ACADEMIC', fundsYuan: 0, premises: '实训基地200平方米' },
      {
        enterprise: { name: '泸州天盛石墨矿业有限公司', division: '510525' },
        chainRole: 'UPSTREAM',
        fundsYuan: 2_000_000,
      },
      {
        enterprise: { name: '泸州锂源电池有限公司', division: '510504' },
        chainRole: 'DOWNSTREAM',
        fundsYuan: 2_500_000,
      },
      {
        enterprise: { name: '泸州恒碳热工装备有限公司', division: '510503' },
        chainRole: 'KEY_NODE',
        fundsYuan: 1_500_000,
        equipment: '连续式石墨化炉',
      },
    ],
    coreTasks: ['低成本高首效硅碳负极材料制备', '连续石墨化节能工艺'],
    milestones: [
      { title: '百吨级中试线投运', dueOn: '2027-09-30' },
      { title: '千吨级产线设计定型', dueOn: '2028-09-30' },
    ],
    acceptanceTargets: ['首次效率≥90%', '单位能耗下降20%'],
    management: '理事会决策,牵头企业负责日常管理和资金统筹',
    incentives: '核心骨干技术入股,年度柔性绩效评估',
    outcome: 'FILED',
  },
  {
    key: 'medicine',
    short: '瑞康生物',
    name: '川南道地中药材精深加工创新联合体',
    field: '生物医药',
    jurisdictionCode: '510502',
    lead: {
      name: '泸州瑞康生物医药有限公司',
      districtCode: '510502',
      address: '四川省泸州市江阳区医药产业园康城路16号',
      contact: { name: '何静', phone: '0830-3205678', email: 'hejing@ruikang.example.cn' },
    },
    leadFundsYuan: 6_000_000,
    // Four linked units, not five: docs/SPEC.md 2.3a is soft (原则上), so the applicant justifies it.
    members: [
      { institution: 'cdutcm', chainRole: 'ACADEMIC', fundsYuan: 0, technology: '中药质量标志物研究' },
      { institution: 'swmu', chainRole: 'ACADEMIC', fundsYuan: 0, technology: '药效与安全性评价' },
      {
        enterprise: { name: '泸州岐黄中药材种植有限公司', division: '510524' },
        chainRole: 'UPSTREAM',
        fundsYuan: 1_000_000,
      },
      {
        enterprise: { name: '泸州康衡医药物流有限公司', division: '510504' },
        chainRole: 'DOWNSTREAM',
        fundsYuan: 800_000,
      },
    ],
    coreTasks: ['赶黄草等道地药材有效成分提取纯化', '中药配方颗粒质量追溯体系'],
    milestones: [
      { title: '完成2个品种工艺验证', dueOn: '2027-12-31' },
      { title: '取得生产批件', dueOn: '2028-12-31' },
    ],
    acceptanceTargets: ['新增产值1亿元', '获批新药临床批件1项'],
    management: '理事会决策,设立技术委员会',
    incentives: '科研人员按成果转化收益提成',
    justifications: {
      '2.3a':
        '本地中药材精深加工产业链较短,现有4家成员单位已覆盖种植、研发、检测和流通环节;联合体组建后一年内拟吸纳1家制剂企业加入。',
    },
    outcome: 'CONTESTED',
  },
  {
    key: 'equipment',
    short: '临港智装',
    name: '港口智能起重装备创新联合体',
    field: '智能装备',
    jurisdictionCode: '510504',
    lead: {
      name: '泸州临港智能装备制造有限公司',
      districtCode: '510504',
      address: '四川省泸州市龙马潭区临港大道一段199号',
      contact: { name: '邓强', phone: '0830-2698765', email: 'dengq@lgzz.example.cn' },
    },
    leadFundsYuan: 8_000_000,
    members: [
      { institution: 'simr', chainRole: 'ACADEMIC', fundsYuan: 500_000, technology: '起重机械检测与标准' },
      { institution: 'lzvtc', chainRole: 'ACADEMIC', fundsYuan: 0, talent: '机电一体化教学团队' },
      {
        enterprise: { name: '泸州精锻钢构有限公司', division: '510503' },
        chainRole: 'UPSTREAM',
        fundsYuan: 1_500_000,
      },
      {
        enterprise: { name: '泸州长江港务物流有限公司', division: '510504' },
        chainRole: 'DOWNSTREAM',
        fundsYuan: 1_000_000,
        premises: '集装箱码头试验泊位',
      },
      {
        enterprise: { name: '泸州驰控电气有限公司', division: '510502' },
        chainRole: 'KEY_NODE',
        fundsYuan: 1_000_000,
        technology: '变频驱动与远程操控系统',
      },
    ],
    coreTasks: ['岸桥远程操控与自动化作业', '起重装备健康监测与预测性维护'],
    milestones: [
      { title: '样机码头试运行', dueOn: '2027-10-31' },
      { title: '通过型式试验', dueOn: '2028-10-31' },
    ],
    acceptanceTargets: ['单机作业效率提升15%', '形成企业标准2项'],
    management: '理事会决策,牵头企业设项目管理部',
    incentives: '项目分红与岗位绩效结合',
    outcome: 'FILED',
  },
  {
    key: 'distillers',
    short: '糟源循环',
    name: '酒糟资源化综合利用创新联合体',
    field: '白酒酿造',
    jurisdictionCode: '510502',
    lead: {
      name: '泸州糟源循环科技有限公司',
      districtCode: '510502',
      address: '四川省泸州市江阳区黄舣镇循环经济园3号',
      contact: { name: '曾伟', phone: '0830-3456789', email: 'zengw@zaoyuan.example.cn' },
    },
    leadFundsYuan: 3_000_000,
    members: [
      { institution: 'cqu', chainRole: 'ACADEMIC', fundsYuan: 0, technology: '固废资源化' },
      { institution: 'scvcc', chainRole: 'ACADEMIC', fundsYuan: 0, technology: '酒糟成分分析' },
      {
        enterprise: { name: '泸州百川酒业有限公司', division: '510521' },
        chainRole: 'UPSTREAM',
        fundsYuan: 500_000,
      },
      {
        enterprise: { name: '泸州绿源饲料有限公司', division: '510522' },
        chainRole: 'DOWNSTREAM',
        fundsYuan: 500_000,
      },
      {
        enterprise: { name: '泸州热能环保设备有限公司', division: '510503' },
        chainRole: 'KEY_NODE',
        fundsYuan: 300_000,
      },
    ],
    coreTasks: ['酒糟生物质燃料化利用'],
    milestones: [{ title: '示范线建成', dueOn: '2027-12-31' }],
    acceptanceTargets: ['酒糟综合利用率达到95%'],
    management: '理事会决策',
    incentives: '年度考核奖励',
    outcome: 'PRELIM_REJECTED',
  },
  {
    key: 'electronics',
    short: '芯联电子',
    name: '车规级功率半导体封装测试创新联合体',
    field: '电子信息',
    jurisdictionCode: '510504',
    lead: {
      name: '泸州芯联电子科技有限公司',
      districtCode: '510504',
      address: '四川省泸州市龙马潭区高新区酒香大道5号',
      contact: { name: '谢婷', phone: '0830-2667788', email: 'xiet@xinlian.example.cn' },
    },
    leadFundsYuan: 5_000_000,
    members: [
      {
        enterprise: {
          name: '成都芯途微电子有限公司',
          division: '510100',
          region: '四川省成都市',
          inLuzhou: false,
          influence: '国内车规级功率器件设计企业,产品进入多家整车厂供应链',
        },
        chainRole: 'UPSTREAM',
        fundsYuan: 1_000_000,
        technology: 'SiC器件设计',
      },
      { institution: 'lzvtc', chainRole: 'ACADEMIC', fundsYuan: 0, talent: '电子工艺实训团队' },
      {
        enterprise: { name: '泸州精封电子材料有限公司', division: '510504' },
        chainRole: 'UPSTREAM',
        fundsYuan: 500_000,
      },
      {
        enterprise: { name: '泸州川驰汽车电子有限公司', division: '510502' },
        chainRole: 'DOWNSTREAM',
        fundsYuan: 500_000,
      },
      {
        enterprise: { name: '泸州测芯检测技术有限公司', division: '510503' },
        chainRole: 'KEY_NODE',
        fundsYuan: 300_000,
      },
    ],
    coreTasks: ['SiC功率模块封装工艺'],
    milestones: [{ title: '封装线通线', dueOn: '2027-12-31' }],
    acceptanceTargets: ['模块良率≥95%'],
    management: '牵头企业统筹管理',
    incentives: '绩效奖励',
    outcome: 'CITY_REJECTED',
  },
];

/** The member of the public who objects to the medicine consortium: personal data, never in a log. */
export const DEMO_OBJECTOR = { name: '王先生', phone: '13908301234' } as const;

/** Every contact's and objector's name, phone and e-mail of the demo: what no log line may contain. */
export function demoPersonalData(): string[] {
  const contacts = APPLICATIONS.map((a) => a.lead.contact);
  return [...contacts.flatMap((c) => [c.name, c.phone, c.email]), DEMO_OBJECTOR.name, DEMO_OBJECTOR.phone];
}

/** The outside member the materials consortium adds after its first submission is refused (2.3b). */
export const MATERIALS_OUTSIDE_MEMBER: DemoMemberSpec = {
  institution: 'cib',
  chainRole: 'ACADEMIC',
  fundsYuan: 0,
  technology: '硅碳复合材料结构设计',
  talent: '研究员团队6人',
};

const YUAN = 100; // fen per yuan

/** The application document of docs/API.md for one spec; enterprise codes depend on `tag`. */
export function applicationDocument(
  spec: DemoApplicationSpec,
  ctx: {
    tag: string;
    callId: string;
    commitmentAttachmentId: string;
    attestedAt: string;
    extraMembers?: DemoMemberSpec[];
  },
) {
  const leadUscc = leadUsccOf(spec, ctx.tag);
  const memberSpecs = [...spec.members, ...(ctx.extraMembers ?? [])];
  const members = memberSpecs.map((m) => memberOf(m, ctx.tag));
  const sources = [
    { unitUscc: leadUscc, amountFen: spec.leadFundsYuan * YUAN },
    ...members
      .filter((m) => m.contribution.fundsFen > 0)
      .map((m) => ({ unitUscc: m.uscc, amountFen: m.contribution.fundsFen })),
  ];
  return {
    callId: ctx.callId,
    name: spec.name,
    field: spec.field,
    jurisdictionCode: spec.jurisdictionCode,
    lead: {
      uscc: leadUscc,
      name: spec.lead.name,
      kind: 'ENTERPRISE' as const,
      districtCode: spec.lead.districtCode,
      address: spec.lead.address,
      contact: spec.lead.contact,
    },
    members,
    goals: {
      coreTasks: spec.coreTasks,
      plan: { startsOn: '2027-01-01', endsOn: '2029-12-31', milestones: spec.milestones },
      funding: { totalFen: sources.reduce((s, x) => s + x.amountFen, 0), sources },
      acceptanceTargets: spec.acceptanceTargets,
    },
    governance: { council: true, management: spec.management, incentives: spec.incentives },
    ...(spec.justifications ? { justifications: spec.justifications } : {}),
    commitment: {
      attachmentId: ctx.commitmentAttachmentId,
      attestedBy: spec.lead.contact.name,
      attestedAt: ctx.attestedAt,
    },
  };
}

export function leadUsccOf(spec: DemoApplicationSpec, tag: string): string {
  return demoUscc('91', spec.lead.districtCode, `lead:${spec.key}:${tag}`);
}

export function memberOf(m: DemoMemberSpec, tag: string) {
  const contribution = {
    fundsFen: m.fundsYuan * YUAN,
    ...(m.technology ? { technology: m.technology } : {}),
    ...(m.talent ? { talent: m.talent } : {}),
    ...(m.equipment ? { equipment: m.equipment } : {}),
    ...(m.premises ? { premises: m.premises } : {}),
  };
  if (m.institution) {
    const i: Institution = INSTITUTIONS[m.institution];
    return {
      uscc: institutionUscc(m.institution),
      name: i.name,
      kind: i.kind,
      chainRole: m.chainRole,
      inLuzhou: i.inLuzhou,
      region: i.region,
      ...(i.influence && !i.inLuzhou ? { influenceStatement: i.influence } : {}),
      contribution,
    };
  }
  const e = m.enterprise;
  if (!e) throw new Error('a member is an institution or an enterprise');
  const inLuzhou = e.inLuzhou ?? true;
  return {
    uscc: demoUscc('91', e.division, `member:${e.name}:${tag}`),
    name: e.name,
    kind: 'ENTERPRISE' as const,
    chainRole: m.chainRole,
    inLuzhou,
    region: e.region ?? '四川省泸州市',
    ...(e.influence ? { influenceStatement: e.influence } : {}),
    contribution,
  };
}

/** A tiny but real PDF (intake sniffs the bytes), titled after the attachment. */
export function demoPdf(title: string): Uint8Array {
  const text = title.replace(/[^\x20-\x7e]/g, '?');
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
}
