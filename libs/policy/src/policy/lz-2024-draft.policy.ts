import { fen } from '../money/money';
import { LUZHOU_DISTRICT_CODES } from '../jurisdictions/jurisdictions';
import { deepFreeze } from '../shared/deep-freeze';
import type { PolicyParameters } from './policy.types';

/**
 * 《泸州市创新联合体建设管理办法》(征求意见稿), 泸州市科学技术局, 15 May 2024.
 * Every number here is a parameter of the draft; a final text becomes a new version.
 */
export const LZ_2024_DRAFT = deepFreeze({
  version: 'lz-2024-draft',
  titleZh: '泸州市创新联合体建设管理办法(征求意见稿)',
  effectiveFrom: '2024-05-15',
  // 第六条(一) "有效期至 年 月 日" is left blank in the draft.
  effectiveUntil: null,
  timeZone: 'Asia/Shanghai',
  source: 'docs/source/lz-2024-draft.zh.txt',
  status: 'DRAFT',
  application: {
    minLinkedUnits: 5,
    minOutsideMembers: 1,
    outsideMemberKinds: ['ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE'],
    leadDistrictCodes: [...LUZHOU_DISTRICT_CODES],
    softRules: ['2.1a', '2.1b', '2.3a'],
  },
  calls: { callsPerYear: 1 },
  publicity: { workingDays: 5, countingRule: 'NEXT_DAY', closingTime: '24:00' },
  cityReview: {
    defaultPanelSize: 5,
    recommendedPassScore: 60,
    // The draft names no rubric; this one follows 第一条/第二条 (key core technology, industry
    // relevance, resources, organisation, targets). Weights total 100.
    rubric: [
      {
        key: 'TECHNOLOGY',
        titleZh: '技术先进性与攻关目标',
        title: 'Technology advancement and R&D targets',
        maxScore: 25,
        descriptionZh: '聚焦产业关键核心技术,攻关目标先进、明确、可考核。',
      },
      {
        key: 'INDUSTRY_RELEVANCE',
        titleZh: '产业关联度与带动作用',
        title: 'Relevance to Luzhou industries and spill-over',
        maxScore: 20,
        descriptionZh: '围绕我市优势产业和战略性新兴产业,产业链上下游协同与成果共享程度。',
      },
      {
        key: 'TEAM_RESOURCES',
        titleZh: '团队与资源保障',
        title: 'Team, members and resources',
        maxScore: 20,
        descriptionZh: '牵头单位行业影响力,成员单位资金、技术、人才、设备、场地投入情况。',
      },
      {
        key: 'GOVERNANCE',
        titleZh: '组织架构与运行机制',
        title: 'Organisation and governance',
        maxScore: 15,
        descriptionZh: '组建协议、理事会决策、扁平化管理、薪酬与绩效机制的完善程度。',
      },
      {
        key: 'EXPECTED_RESULTS',
        titleZh: '预期成果与转化前景',
        title: 'Expected results and transformation prospects',
        maxScore: 20,
        descriptionZh: '预期成果、成果在泸转化前景、资金安排合理性与验收考核指标。',
      },
    ],
  },
  subsidy: {
    platformCapFen: fen(100_000_000), // 4.3: 100万元
    transformationProjectCapFen: fen(500_000_000), // 4.4: 500万元
    requiresActiveConsortium: true,
  },
  // 5.3a: the draft names no effect of a credit finding; the platform's choice (docs/spec-notes.md).
  credit: {
    blocksLead: true,
    blocksMember: true,
    stopsPendingClaims: true,
  },
  evaluation: {
    intervalYears: 2,
    consecutiveFailuresToDelist: 2,
    grades: ['EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED'],
    passingGrades: ['EXCELLENT', 'GOOD', 'QUALIFIED'],
    reminders: { workingDaysBefore: [10, 3], onDueDay: true, at: '09:00' },
    overdueReport: 'OFFICER_DECIDES',
  },
} satisfies PolicyParameters);
