import type {
  ApplicationDocument,
  ApplicationDocumentInput,
  AttachmentCategory,
  EligibilityContext,
  Member,
} from '@lz/policy';
import { deepMerge, type DeepPartial } from './seed';
import { makeUscc } from './uscc.factory';

export type MemberInput = ApplicationDocumentInput['members'][number];

export interface MakeApplicationOptions {
  /** Varies every USCC (lead and members) deterministically; default `'default'`. */
  seed?: string;
  /** The lead's USCC (e.g. the caller's JWT `uscc`); funding sources follow it. */
  leadUscc?: string;
}

/** Attachment ids the default document refers to (commitment → `FACTORY_ATTACHMENT_IDS.commitment`). */
export const FACTORY_ATTACHMENT_IDS = Object.freeze({
  agreement: 'att-agreement',
  commitment: 'att-commitment',
  evidence: 'att-evidence',
});

/** A member; pass `seed` to get a distinct USCC. Defaults: a Luzhou KEY_NODE enterprise contributing funds. */
export function makeMember(overrides: DeepPartial<MemberInput> = {}, seed = 'member'): Member {
  const base: MemberInput = {
    uscc: makeUscc({ seed, orgType: '91', division: '510504' }),
    name: `泸州示范成员企业${seed}有限公司`,
    kind: 'ENTERPRISE',
    chainRole: 'KEY_NODE',
    inLuzhou: true,
    region: '四川省泸州市',
    contribution: { fundsFen: 10_000_000 },
  };
  return deepMerge(base, overrides) as Member;
}

/**
 * A fully ELIGIBLE application document (docs/SPEC.md §2 with `makeEligibilityContext()`): lead enterprise
 * registered in 510502, 5 linked members (one university outside Luzhou with an influence statement,
 * one local university, upstream, downstream and key-node enterprises), goals with milestones inside
 * the plan, funding 3,000,000 yuan summing right, governance, commitment → `att-commitment`.
 *
 * `overrides` are deep-merged (arrays replaced whole; a key set to `undefined` is removed). Not
 * validated, so a test can also build an invalid document on purpose.
 */
export function makeApplicationDocument(
  overrides: DeepPartial<ApplicationDocumentInput> = {},
  options: MakeApplicationOptions = {},
): ApplicationDocument {
  const seed = options.seed ?? 'default';
  const lead = options.leadUscc ?? makeUscc({ seed: `${seed}:lead`, orgType: '91', division: '510502' });
  const outside = makeUscc({ seed: `${seed}:m0`, orgType: '12', division: '510000' });
  const localUniversity = makeUscc({ seed: `${seed}:m1`, orgType: '12', division: '510500' });
  const upstream = makeUscc({ seed: `${seed}:m2`, orgType: '91', division: '510504' });
  const downstream = makeUscc({ seed: `${seed}:m3`, orgType: '91', division: '510521' });
  const keyNode = makeUscc({ seed: `${seed}:m4`, orgType: '91', division: '510503' });

  const base: ApplicationDocumentInput = {
    callId: 'call-2025',
    name: '白酒固态发酵智能化创新联合体',
    field: '白酒酿造',
    jurisdictionCode: '510502',
    lead: {
      uscc: lead,
      name: '泸州示范酒业股份有限公司',
      kind: 'ENTERPRISE',
      districtCode: '510502',
      address: '四川省泸州市江阳区示范路1号',
      contact: { name: '张三', phone: '0830-1234567', email: 'zhangsan@example.com' },
    },
    members: [
      {
        uscc: outside,
        name: '成都示范大学',
        kind: 'UNIVERSITY',
        chainRole: 'ACADEMIC',
        inLuzhou: false,
        region: '四川省成都市',
        influenceStatement: '国家重点实验室依托单位,酿造微生物研究国内领先',
        contribution: { fundsFen: 0, technology: '发酵微生物组学', talent: '教授团队10人' },
      },
      {
        uscc: localUniversity,
        name: '泸州示范医学院',
        kind: 'UNIVERSITY',
        chainRole: 'ACADEMIC',
        inLuzhou: true,
        region: '四川省泸州市',
        contribution: { fundsFen: 0, technology: '检测分析', premises: '实验室200平方米' },
      },
      {
        uscc: upstream,
        name: '泸州示范粮业有限公司',
        kind: 'ENTERPRISE',
        chainRole: 'UPSTREAM',
        inLuzhou: true,
        region: '四川省泸州市',
        contribution: { fundsFen: 50_000_000 },
      },
      {
        uscc: downstream,
        name: '泸州示范包装有限公司',
        kind: 'ENTERPRISE',
        chainRole: 'DOWNSTREAM',
        inLuzhou: true,
        region: '四川省泸州市',
        contribution: { fundsFen: 30_000_000 },
      },
      {
        uscc: keyNode,
        name: '泸州示范装备有限公司',
        kind: 'ENTERPRISE',
        chainRole: 'KEY_NODE',
        inLuzhou: true,
        region: '四川省泸州市',
        contribution: { fundsFen: 20_000_000, equipment: '智能酿造装备' },
      },
    ],
    goals: {
      coreTasks: ['固态发酵过程智能控制关键技术攻关'],
      plan: {
        startsOn: '2025-01-01',
        endsOn: '2027-12-31',
        milestones: [
          { title: '中试线建成', dueOn: '2025-12-31' },
          { title: '关键技术突破', dueOn: '2026-12-31' },
          { title: '成果在泸转化', dueOn: '2027-12-31' },
        ],
      },
      funding: {
        totalFen: 300_000_000,
        sources: [
          { unitUscc: lead, amountFen: 200_000_000 },
          { unitUscc: upstream, amountFen: 50_000_000 },
          { unitUscc: downstream, amountFen: 30_000_000 },
          { unitUscc: keyNode, amountFen: 20_000_000 },
        ],
      },
      acceptanceTargets: ['出酒率提升3%', '形成行业标准1项'],
    },
    governance: {
      council: true,
      management: '牵头企业设联合体办公室统筹管理攻关任务',
      incentives: '项目制薪酬、柔性绩效评估',
    },
    commitment: {
      attachmentId: FACTORY_ATTACHMENT_IDS.commitment,
      attestedBy: '张三',
      attestedAt: '2025-03-01T10:00:00+08:00',
    },
  };

  const merged = deepMerge(base, overrides);
  // A lead USCC given in overrides moves the lead's funding source along, unless funding is overridden too.
  const overriddenLead = overrides.lead?.uscc;
  if (overriddenLead && overriddenLead !== lead && overrides.goals?.funding === undefined) {
    for (const s of merged.goals.funding.sources) if (s.unitUscc === lead) s.unitUscc = overriddenLead;
  }
  return merged as ApplicationDocument;
}

export interface FactoryAttachment {
  id: string;
  category: AttachmentCategory;
  sha256: string;
  size: number;
  mediaType: string;
}

/** The attachments that make `makeApplicationDocument()` eligible: agreement, commitment, evidence. */
export function makeAttachments(ids: Partial<typeof FACTORY_ATTACHMENT_IDS> = {}): FactoryAttachment[] {
  const all = { ...FACTORY_ATTACHMENT_IDS, ...ids };
  const att = (id: string, category: AttachmentCategory, size: number): FactoryAttachment => ({
    id,
    category,
    sha256: '0'.repeat(63) + String(size % 10),
    size,
    mediaType: 'application/pdf',
  });
  return [
    att(all.agreement, 'AGREEMENT', 2048),
    att(all.commitment, 'COMMITMENT', 1024),
    att(all.evidence, 'EVIDENCE', 4096),
  ];
}

/** An eligibility context in which `makeApplicationDocument()` is eligible (open call, no other application). */
export function makeEligibilityContext(overrides: Partial<EligibilityContext> = {}): EligibilityContext {
  return {
    attachments: makeAttachments().map(({ id, category }) => ({ id, category })),
    callOpen: true,
    otherOpenApplicationForLead: false,
    ...overrides,
  };
}
