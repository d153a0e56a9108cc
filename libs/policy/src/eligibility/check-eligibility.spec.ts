import type { ApplicationDocumentInput } from '../application/application.schema';
import { getPolicy } from '../policy/policy-registry';
import {
  blockingFindings,
  checkEligibility,
  type EligibilityContext,
  type EligibilityResult,
} from './check-eligibility';
import { eligibleContext, eligibleDocument, fixtureUscc, LEAD, M } from './check-eligibility.fixture';

const policy = getPolicy('lz-2024-draft');

function check(
  mutate: (doc: ApplicationDocumentInput, ctx: EligibilityContext) => void = () => undefined,
): EligibilityResult {
  const doc = eligibleDocument();
  const ctx = eligibleContext();
  mutate(doc, ctx);
  return checkEligibility(doc, ctx, policy);
}

const blocking = (r: EligibilityResult, rule: string) =>
  r.findings.filter((f) => f.rule === rule && f.blocking);

describe(checkEligibility.name, () => {
  it('finds the fixture document eligible with no findings', () => {
    expect(check()).toEqual({ eligible: true, findings: [] });
  });

  describe('5.3a active credit finding', () => {
    const finding = (uscc: string, until: string | null = '2027-06-30') => ({
      findingId: 'finding-1',
      uscc,
      decisionRef: '泸科信〔2026〕1号',
      until,
    });

    it('5.3a: refuses a lead with an active credit finding at lead.uscc', () => {
      const r = check((_d, c) => (c.activeCreditFindings = [finding(LEAD)]));
      expect(r.eligible).toBe(false);
      expect(blocking(r, '5.3a')).toMatchObject([
        { path: 'lead.uscc', severity: 'error', messageZh: expect.stringContaining('泸科信〔2026〕1号') },
      ]);
    });

    it("5.3a: refuses a member with an active credit finding at that member's path", () => {
      const r = check((_d, c) => (c.activeCreditFindings = [finding(M[2], null)]));
      expect(r.eligible).toBe(false);
      expect(blocking(r, '5.3a').map((f) => f.path)).toEqual(['members[2].uscc']);
    });

    it('5.3a: ignores a finding against a unit that is in neither role', () => {
      const r = check(
        (_d, c) => (c.activeCreditFindings = [finding(fixtureUscc('91', '510502', 'MA6YYYYY9'))]),
      );
      expect(r).toEqual({ eligible: true, findings: [] });
    });

    it('5.3a: follows the policy parameters credit.blocksLead / credit.blocksMember', () => {
      const lenient = {
        ...policy,
        credit: { blocksLead: false, blocksMember: false, stopsPendingClaims: true },
      };
      const doc = eligibleDocument();
      const ctx = { ...eligibleContext(), activeCreditFindings: [finding(LEAD), finding(M[0])] };
      expect(checkEligibility(doc, ctx, lenient).eligible).toBe(true);
      const leadOnly = { ...policy, credit: { ...lenient.credit, blocksLead: true } };
      expect(blocking(checkEligibility(doc, ctx, leadOnly), '5.3a').map((f) => f.path)).toEqual([
        'lead.uscc',
      ]);
    });
  });

  describe('2.1a lead registered in Luzhou', () => {
    it('2.1a: accepts a lead registered in each of the seven Luzhou districts', () => {
      for (const code of ['510502', '510503', '510504', '510521', '510522', '510524', '510525']) {
        expect(check((d) => (d.lead.districtCode = code)).eligible).toBe(true);
      }
    });

    it('2.1a: flags a lead registered outside Luzhou without justification (原则上: the text over docs/SPEC.md)', () => {
      const r = check((d) => (d.lead.districtCode = '510104'));
      expect(r.eligible).toBe(false);
      expect(blocking(r, '2.1a')).toMatchObject([
        { path: 'lead.districtCode', severity: 'flag', justified: false },
      ]);
    });

    it('2.1a: accepts a lead registered outside Luzhou with a justification', () => {
      const r = check((d) => {
        d.lead.districtCode = '510104';
        d.justifications = { '2.1a': '总部迁入泸州手续办理中' };
      });
      expect(r.eligible).toBe(true);
      expect(r.findings).toEqual([
        expect.objectContaining({ rule: '2.1a', justified: true, blocking: false }),
      ]);
    });

    it('2.1a: refuses a lead with an invalid USCC', () => {
      const r = check((d) => (d.lead.uscc = '91510502MA6AAAAA10'));
      expect(r.eligible).toBe(false);
      expect(blocking(r, '2.1a')).toMatchObject([{ path: 'lead.uscc', severity: 'error' }]);
      const justified = check((d) => {
        d.lead.uscc = '91510502MA6AAAAA10';
        d.justifications = { '2.1a': 'x' };
      });
      expect(justified.eligible).toBe(false);
    });

    it('2.1a: only flags (informational, not blocking) a USCC issued outside Luzhou', () => {
      const lead = fixtureUscc('91', '310115', 'MA1K3BTP2');
      const r = check((d) => {
        d.goals.funding.sources[0].unitUscc = lead;
        d.lead.uscc = lead;
      });
      expect(r.eligible).toBe(true);
      expect(r.findings).toEqual([
        expect.objectContaining({ rule: '2.1a', severity: 'flag', informational: true, blocking: false }),
      ]);
    });
  });

  describe('2.1b lead is an enterprise (soft)', () => {
    it('2.1b: accepts a new-type R&D institution leading with an upstream/downstream enterprise', () => {
      expect(check((d) => (d.lead.kind = 'NEW_RD_INSTITUTION')).eligible).toBe(true);
    });

    it('2.1b: flags a university lead without justification', () => {
      const r = check((d) => (d.lead.kind = 'UNIVERSITY'));
      expect(r.eligible).toBe(false);
      expect(r.findings).toEqual([
        {
          rule: '2.1b',
          severity: 'flag',
          path: 'lead.kind',
          message:
            'The lead unit should in principle be an enterprise; justify the choice (justifications["2.1b"]).',
          messageZh: '牵头单位原则上应为企业，否则须说明理由。',
          blocking: true,
          justified: false,
        },
      ]);
    });

    it('2.1b: flags a new-type R&D institution without up/downstream enterprise members', () => {
      const r = check((d) => {
        d.lead.kind = 'NEW_RD_INSTITUTION';
        d.members.forEach((m) => (m.chainRole = m.kind === 'ENTERPRISE' ? 'KEY_NODE' : m.chainRole));
      });
      expect(blocking(r, '2.1b')).toHaveLength(1);
    });

    it('2.1b: a non-empty justification clears the flag but keeps it visible', () => {
      const r = check((d) => {
        d.lead.kind = 'RESEARCH_INSTITUTE';
        d.justifications = { '2.1b': '本所为行业唯一国家级研究平台' };
      });
      expect(r.eligible).toBe(true);
      expect(r.findings).toEqual([
        expect.objectContaining({ rule: '2.1b', justified: true, blocking: false }),
      ]);
    });

    it('2.1b: a blank justification does not clear the flag', () => {
      const r = check((d) => {
        d.lead.kind = 'OTHER';
        d.justifications = { '2.1b': '   ' };
      });
      expect(r.eligible).toBe(false);
    });
  });

  describe('2.2 goals', () => {
    it('2.2: accepts milestones on the first and last day of the plan', () => {
      const r = check((d) => {
        d.goals.plan.milestones = [
          { title: 'a', dueOn: '2025-01-01' },
          { title: 'b', dueOn: '2027-12-31' },
        ];
      });
      expect(r.eligible).toBe(true);
    });

    it('2.2: refuses empty core tasks and acceptance targets', () => {
      const r = check((d) => {
        d.goals.coreTasks = [];
        d.goals.acceptanceTargets = [' '];
      });
      expect(blocking(r, '2.2').map((f) => f.path)).toEqual(['goals.coreTasks', 'goals.acceptanceTargets']);
    });

    it('2.2: refuses a plan without milestones', () => {
      expect(
        blocking(
          check((d) => (d.goals.plan.milestones = [])),
          '2.2',
        ),
      ).toMatchObject([{ path: 'goals.plan.milestones' }]);
    });

    it('2.2: refuses a milestone outside the plan period', () => {
      const r = check((d) => (d.goals.plan.milestones[1].dueOn = '2028-01-01'));
      expect(blocking(r, '2.2')).toMatchObject([{ path: 'goals.plan.milestones[1].dueOn' }]);
    });

    it('2.2: refuses a plan that ends before it starts', () => {
      const r = check((d) => (d.goals.plan.endsOn = '2024-12-31'));
      expect(blocking(r, '2.2').map((f) => f.path)).toContain('goals.plan.endsOn');
    });

    it('2.2: refuses funding sources that do not add up to the total', () => {
      const r = check((d) => (d.goals.funding.totalFen = 300_000_001));
      expect(blocking(r, '2.2')).toMatchObject([{ path: 'goals.funding.totalFen' }]);
    });

    it('2.2: refuses a funding source that is neither lead nor member', () => {
      const r = check(
        (d) => (d.goals.funding.sources[3].unitUscc = fixtureUscc('91', '110000', '600037341')),
      );
      expect(blocking(r, '2.2')).toMatchObject([{ path: 'goals.funding.sources[3].unitUscc' }]);
    });

    it('2.2: refuses a missing funding arrangement', () => {
      const r = check((d) => (d.goals.funding = { totalFen: 0, sources: [] }));
      expect(blocking(r, '2.2')).toMatchObject([{ path: 'goals.funding' }]);
    });
  });

  describe('2.3a at least 5 linked units (soft)', () => {
    it('2.3a: accepts exactly 5 linked units', () => {
      expect(check().findings.filter((f) => f.rule === '2.3a')).toEqual([]);
    });

    it('2.3a: flags 4 linked units without justification', () => {
      const r = check((d) => {
        d.members.pop();
        d.goals.funding.sources.pop();
        d.goals.funding.totalFen = 280_000_000;
      });
      expect(r.eligible).toBe(false);
      expect(r.findings).toEqual([
        expect.objectContaining({ rule: '2.3a', severity: 'flag', path: 'members' }),
      ]);
    });

    it('2.3a: accepts 4 linked units with a justification', () => {
      const r = check((d) => {
        d.members.pop();
        d.goals.funding.sources.pop();
        d.goals.funding.totalFen = 280_000_000;
        d.justifications = { '2.3a': '细分领域仅有4家相关单位' };
      });
      expect(r.eligible).toBe(true);
      expect(r.findings).toEqual([expect.objectContaining({ rule: '2.3a', justified: true })]);
    });

    it('2.3a: does not count a duplicate member twice', () => {
      const r = check((d) => (d.members[4] = { ...d.members[3] }));
      expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['DUPLICATE_MEMBER', '2.3a']));
    });
  });

  describe('2.3b influential member outside Luzhou', () => {
    it('2.3b: accepts an outside research institute with an influence statement', () => {
      expect(check((d) => (d.members[0].kind = 'RESEARCH_INSTITUTE')).eligible).toBe(true);
    });

    it('2.3b: refuses a consortium with no member outside Luzhou', () => {
      const r = check((d) => (d.members[0].inLuzhou = true));
      expect(blocking(r, '2.3b')).toMatchObject([{ path: 'members', severity: 'error' }]);
    });

    it('2.3b: refuses an outside member without an influence statement', () => {
      const r = check((d) => delete d.members[0].influenceStatement);
      expect(blocking(r, '2.3b')).toMatchObject([{ path: 'members[0].influenceStatement' }]);
    });

    it('2.3b: does not count an outside member of kind OTHER', () => {
      expect(
        blocking(
          check((d) => (d.members[0].kind = 'OTHER')),
          '2.3b',
        ),
      ).toHaveLength(1);
    });
  });

  describe('2.4 agreement and governance', () => {
    it('2.4: accepts governance without a council (the text only asks to explore it)', () => {
      expect(check((d) => (d.governance.council = false)).eligible).toBe(true);
    });

    it('2.4: refuses without a formation agreement attached', () => {
      const r = check((_d, c) => (c.attachments = c.attachments.filter((a) => a.category !== 'AGREEMENT')));
      expect(blocking(r, '2.4')).toMatchObject([{ path: 'attachments' }]);
    });

    it('2.4: refuses without a management description', () => {
      expect(
        blocking(
          check((d) => (d.governance.management = '')),
          '2.4',
        ),
      ).toMatchObject([{ path: 'governance.management' }]);
    });
  });

  describe('2.5 every member contributes', () => {
    it('2.5: accepts a member contributing premises only', () => {
      expect(
        check((d) => (d.members[1].contribution = { fundsFen: 0, premises: '实验室200平方米' })).eligible,
      ).toBe(true);
    });

    it('2.5: refuses a member that contributes nothing', () => {
      const r = check((d) => (d.members[1].contribution = { fundsFen: 0, technology: ' ' }));
      expect(blocking(r, '2.5')).toMatchObject([{ path: 'members[1].contribution' }]);
    });
  });

  describe('5.3 integrity commitment', () => {
    it('5.3: refuses without a COMMITMENT attachment', () => {
      const r = check((_d, c) => (c.attachments = c.attachments.filter((a) => a.category !== 'COMMITMENT')));
      expect(blocking(r, '5.3')).toMatchObject([{ path: 'attachments' }]);
    });

    it('5.3: refuses a commitment pointing at a non-commitment attachment', () => {
      const r = check((d) => (d.commitment.attachmentId = 'att-agreement'));
      expect(blocking(r, '5.3')).toMatchObject([{ path: 'commitment.attachmentId' }]);
    });

    it('5.3: refuses a commitment nobody attested', () => {
      const r = check((d) => (d.commitment.attestedBy = ''));
      expect(blocking(r, '5.3')).toMatchObject([{ path: 'commitment.attestedBy' }]);
    });
  });

  describe('C.1 open call, one application per lead', () => {
    it('C.1: refuses when the call is closed', () => {
      const r = check((_d, c) => (c.callOpen = false));
      expect(blocking(r, 'C.1')).toMatchObject([{ path: 'callId' }]);
    });

    it('C.1: refuses a second open application of the same lead', () => {
      const r = check((_d, c) => (c.otherOpenApplicationForLead = true));
      expect(blocking(r, 'C.1')).toMatchObject([{ path: 'lead.uscc' }]);
    });
  });

  describe('input errors', () => {
    it('refuses a duplicate member USCC', () => {
      const r = check((d) => d.members.push({ ...d.members[2], name: 'dup' }));
      expect(r.eligible).toBe(false);
      expect(r.findings).toEqual([
        expect.objectContaining({ rule: 'DUPLICATE_MEMBER', path: 'members[5].uscc', severity: 'error' }),
      ]);
    });

    it('refuses the lead listed as its own member', () => {
      const r = check((d) => (d.members[4].uscc = LEAD));
      expect(r.findings.map((f) => [f.rule, f.path])).toContainEqual(['LEAD_AS_MEMBER', 'members[4].uscc']);
    });

    it('refuses an invalid member USCC', () => {
      const r = check((d) => (d.members[2].uscc = M[2].slice(0, 17) + (M[2][17] === '0' ? '1' : '0')));
      expect(r.findings.map((f) => [f.rule, f.path])).toContainEqual(['INVALID_USCC', 'members[2].uscc']);
    });

    it('gives every finding a Chinese and an English message', () => {
      const r = check((d) => {
        d.members = [];
        d.goals.coreTasks = [];
      });
      for (const f of r.findings) {
        expect(f.message.length).toBeGreaterThan(0);
        expect(f.messageZh).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  });

  describe('C.2 complete at submission (a draft may be saved incomplete)', () => {
    const of = (r: EligibilityResult, rule: string) =>
      r.findings.filter((f) => f.rule === rule).map((f) => f.path);

    it('C.2: lists every missing part of an empty draft by its path, blocking, and nothing twice', () => {
      const r = checkEligibility({ callId: eligibleDocument().callId }, eligibleContext(), policy);
      expect(r.eligible).toBe(false);
      // `goals`, `commitment`, `members` and `governance` are reported by 2.2, 5.3, 2.3a/2.3b and 2.4
      // at their parts, so not again by C.2.
      expect(of(r, 'C.2').sort()).toEqual(['field', 'jurisdictionCode', 'lead', 'name']);
      expect(of(r, '2.2')).toEqual([
        'goals.coreTasks',
        'goals.acceptanceTargets',
        'goals.plan.milestones',
        'goals.funding',
      ]);
      expect(of(r, '5.3')).toEqual([
        'commitment.attachmentId',
        'commitment.attestedBy',
        'commitment.attestedAt',
      ]);
      expect(r.findings.every((f) => f.rule !== 'C.2' || (f.blocking && f.severity === 'error'))).toBe(true);
      const paths = r.findings.map((f) => `${f.rule} ${f.path}`);
      expect(new Set(paths).size).toBe(paths.length);
    });

    it('C.2: names a missing field inside a partly filled member, milestone and contact', () => {
      const r = check((d) => {
        delete (d.members[1] as Partial<(typeof d.members)[1]>).region;
        delete (d.goals.plan.milestones[0] as Partial<(typeof d.goals.plan.milestones)[0]>).dueOn;
        delete (d.lead.contact as Partial<typeof d.lead.contact>).email;
      });
      expect(r.eligible).toBe(false);
      expect(of(r, 'C.2')).toEqual([
        'lead.contact.email',
        'members[1].region',
        'goals.plan.milestones[0].dueOn',
      ]);
      expect(r.findings.find((f) => f.path === 'members[1].region')).toMatchObject({
        message: 'members[1].region is missing: fill it in before submitting.',
        messageZh: expect.stringMatching(/尚未填写/),
      });
    });

    it('C.2: a missing lead USCC, district or kind is reported as missing, not as a 2.1a/2.1b finding', () => {
      const r = check((d) => {
        const lead = d.lead as Partial<typeof d.lead>;
        delete lead.uscc;
        delete lead.districtCode;
        delete lead.kind;
        d.goals.funding.sources = d.goals.funding.sources.filter((s) => s.unitUscc !== LEAD);
        d.goals.funding.totalFen = d.goals.funding.sources.reduce((a, s) => a + s.amountFen, 0);
      });
      expect(r.findings.map((f) => [f.rule, f.path])).toEqual([
        ['C.2', 'lead.uscc'],
        ['C.2', 'lead.kind'],
        ['C.2', 'lead.districtCode'],
      ]);
    });

    it('C.2: a missing funding amount or unit is missing, not an inconsistent sum or an unknown unit', () => {
      const r = check((d) => {
        delete (d.goals.funding.sources[0] as Partial<(typeof d.goals.funding.sources)[0]>).unitUscc;
      });
      expect(r.findings.map((f) => [f.rule, f.path])).toEqual([['C.2', 'goals.funding.sources[0].unitUscc']]);
    });
  });

  // Added for the survivors of `npm run test:mutation -- --mutate libs/policy/src/eligibility/check-eligibility.ts`
  // (docs/mutation-testing.md): the boundaries of each rule and the words an applicant reads.
  describe('boundaries the first tests left open', () => {
    it('2.1b: counts an upstream or a downstream enterprise, alone, for a new-type R&D institution', () => {
      const only = (role: 'UPSTREAM' | 'DOWNSTREAM') =>
        check((d) => {
          d.lead.kind = 'NEW_RD_INSTITUTION';
          for (const m of d.members)
            if (m.chainRole !== role && m.kind === 'ENTERPRISE') m.chainRole = 'KEY_NODE';
        });
      expect(only('UPSTREAM').findings).toEqual([]);
      expect(only('DOWNSTREAM').findings).toEqual([]);
    });

    it('2.1b: does not count an upstream unit that is not an enterprise, and says why in both languages', () => {
      const r = check((d) => {
        d.lead.kind = 'NEW_RD_INSTITUTION';
        d.members[2].kind = 'RESEARCH_INSTITUTE';
        d.members[3].chainRole = 'KEY_NODE';
      });
      expect(r.findings).toEqual([
        {
          rule: '2.1b',
          severity: 'flag',
          path: 'lead.kind',
          message:
            'A new-type R&D institution may lead only together with at least one upstream/downstream enterprise; otherwise justify it (justifications["2.1b"]).',
          messageZh: '新型研发机构牵头须联合至少1家产业链上下游企业，否则须说明理由。',
          blocking: true,
          justified: false,
        },
      ]);
    });

    it('2.2: accepts one non-blank acceptance target among blank ones, and a one-day plan', () => {
      // (The blank entry itself is a structural C.2 finding at its path, in Chinese.)
      const r = check((d) => {
        d.goals.acceptanceTargets = ['  ', '形成行业标准1项'];
        d.goals.plan = {
          startsOn: '2025-06-01',
          endsOn: '2025-06-01',
          milestones: [{ title: 'x', dueOn: '2025-06-01' }],
        };
      });
      expect(r.findings).toEqual([
        expect.objectContaining({
          rule: 'C.2',
          path: 'goals.acceptanceTargets[0]',
          messageZh: 'goals.acceptanceTargets[0] 填写有误：不得少于 1 个字符。',
        }),
      ]);
    });

    it('2.2: refuses a milestone before the plan starts, naming both dates', () => {
      const r = check((d) => (d.goals.plan.milestones[0].dueOn = '2024-12-31'));
      expect(r.findings).toEqual([
        {
          rule: '2.2',
          severity: 'error',
          path: 'goals.plan.milestones[0].dueOn',
          message: 'Milestone due 2024-12-31 is outside the plan period 2025-01-01–2027-12-31.',
          messageZh: '里程碑日期（2024-12-31）不在攻关计划期限（2025-01-01至2027-12-31）内。',
          blocking: true,
        },
      ]);
    });

    it('2.2: refuses a plan that ends before it starts, in both languages', () => {
      const r = check((d) => {
        d.goals.plan = { startsOn: '2025-06-02', endsOn: '2025-06-01', milestones: [] };
      });
      expect(r.findings.slice(0, 1)).toEqual([
        {
          rule: '2.2',
          severity: 'error',
          path: 'goals.plan.endsOn',
          message: 'The plan must end on or after its start.',
          messageZh: '攻关计划结束日期不得早于开始日期。',
          blocking: true,
        },
      ]);
    });

    it('2.2: refuses a total of zero even when its sources (also zero) add up to it', () => {
      const r = check(
        (d) => (d.goals.funding = { totalFen: 0, sources: [{ unitUscc: LEAD, amountFen: 0 }] }),
      );
      expect(r.findings).toEqual([expect.objectContaining({ rule: '2.2', path: 'goals.funding' })]);
    });

    it('2.2: says by how much the sources miss the total', () => {
      const r = check((d) => (d.goals.funding.totalFen = 300_000_001));
      expect(r.findings).toEqual([
        {
          rule: '2.2',
          severity: 'error',
          path: 'goals.funding.totalFen',
          message: 'Funding sources add up to 300000000 fen but the total is 300000001 fen.',
          messageZh: '资金来源合计（300000000分）与资金总额（300000001分）不一致。',
          blocking: true,
        },
      ]);
    });

    it('5.3: accepts a commitment that refers to the second of two commitment attachments', () => {
      const r = check((d, c) => {
        c.attachments = [...c.attachments, { id: 'att-commitment-2', category: 'COMMITMENT' }];
        d.commitment.attachmentId = 'att-commitment-2';
      });
      expect(r.findings).toEqual([]);
    });

    it('5.3: refuses a commitment without the time it was attested', () => {
      const r = check((d) => (d.commitment.attestedAt = ' '));
      expect(blockingFindings(r)).toEqual([
        {
          rule: '5.3',
          severity: 'error',
          path: 'commitment.attestedAt',
          message: 'State when the commitment was attested.',
          messageZh: '应填写承诺时间。',
          blocking: true,
        },
      ]);
    });

    it('blockingFindings keeps the blocking findings only, in order', () => {
      const r = check((d, c) => {
        d.lead.kind = 'UNIVERSITY';
        d.justifications = { '2.1b': '本校为国家级平台' };
        c.callOpen = false;
        c.otherOpenApplicationForLead = true;
      });
      expect(r.findings.map((f) => f.rule)).toEqual(['2.1b', 'C.1', 'C.1']);
      expect(blockingFindings(r)).toEqual([r.findings[1], r.findings[2]]);
    });
  });

  describe('what the applicant reads (zh + en)', () => {
    it('names the invalid, duplicate and self-listed members with the catalogue texts', () => {
      const r = check((d) => {
        d.members[1].uscc = M[1].slice(0, 17) + (M[1][17] === '0' ? '1' : '0');
        d.members[3].uscc = LEAD;
        d.members.push({ ...d.members[2], name: 'dup' });
      });
      expect(r.findings.slice(0, 3)).toEqual([
        {
          rule: 'INVALID_USCC',
          severity: 'error',
          path: 'members[1].uscc',
          message: 'Not a valid Unified Social Credit Code (18 characters with a correct check character).',
          messageZh: '统一社会信用代码无效（应为18位且校验码正确）。',
          blocking: true,
        },
        {
          rule: 'LEAD_AS_MEMBER',
          severity: 'error',
          path: 'members[3].uscc',
          message: 'The lead unit must not be listed as its own member.',
          messageZh: '牵头单位不得同时列为成员单位。',
          blocking: true,
        },
        {
          rule: 'DUPLICATE_MEMBER',
          severity: 'error',
          path: 'members[5].uscc',
          message: 'The same unit (USCC) is listed more than once as a member. (members[2])',
          messageZh: '同一单位（统一社会信用代码）被重复列为成员单位。 (members[2])',
          blocking: true,
        },
      ]);
    });

    it('2.1a: says why the lead USCC is invalid, and where an outside-issued code comes from', () => {
      expect(check((d) => (d.lead.uscc = '91510502MA6AAAAA10')).findings[0]).toEqual({
        rule: '2.1a',
        severity: 'error',
        path: 'lead.uscc',
        message: expect.stringMatching(/^The lead unit's USCC is invalid: .+\.$/),
        messageZh: '牵头单位统一社会信用代码无效。',
        blocking: true,
      });
      const outside = fixtureUscc('91', '310115', 'MA1K3BTP2');
      const r = check((d) => {
        d.goals.funding.sources[0].unitUscc = outside;
        d.lead.uscc = outside;
        d.lead.districtCode = '510104';
      });
      expect(r.findings).toEqual([
        {
          rule: '2.1a',
          severity: 'flag',
          path: 'lead.uscc',
          message:
            "The lead unit's USCC was issued outside Luzhou (division 310115); for the reviewer's information only.",
          messageZh: '牵头单位统一社会信用代码的登记管理机关行政区划（310115）不在泸州市，仅供审核参考。',
          blocking: false,
          informational: true,
        },
        {
          rule: '2.1a',
          severity: 'flag',
          path: 'lead.districtCode',
          message:
            'The lead unit\'s registration district 510104 is not a Luzhou district or county; in principle it must be. Justify it (justifications["2.1a"]).',
          messageZh: '牵头单位注册地（510104）不在泸州市辖区范围内，原则上应在泸州市注册，须说明理由。',
          blocking: true,
          justified: false,
        },
      ]);
    });

    it('2.3b, 2.4, 2.5: say what is missing', () => {
      const r = check((d, c) => {
        delete d.members[0].influenceStatement;
        d.members[1].contribution = { fundsFen: 0 };
        c.attachments = c.attachments.filter((a) => a.category !== 'AGREEMENT');
        d.governance.management = ' ';
      });
      expect(r.findings).toEqual([
        {
          rule: '2.3b',
          severity: 'error',
          path: 'members[0].influenceStatement',
          message: 'State the industry influence of the member outside Luzhou (at least 1 required).',
          messageZh: '应说明该市外成员单位的行业影响力（至少需要1家）。',
          blocking: true,
        },
        {
          rule: '2.4',
          severity: 'error',
          path: 'attachments',
          message: 'Attach the formation agreement signed by every member (category AGREEMENT).',
          messageZh: '应上传各成员单位签订的组建协议（类别 AGREEMENT）。',
          blocking: true,
        },
        {
          rule: '2.4',
          severity: 'error',
          path: 'governance.management',
          message: 'Describe how the consortium is managed (the lead unit manages the joint R&D).',
          messageZh: '应说明组织管理制度（由牵头企业统筹管理联合攻关）。',
          blocking: true,
        },
        {
          rule: '2.5',
          severity: 'error',
          path: 'members[1].contribution',
          message:
            '泸州示范医学院 must state what it contributes (funds, technology, talent, equipment or premises).',
          messageZh: '泸州示范医学院应说明其提供的资金、技术、人才、仪器设备或场地等支持。',
          blocking: true,
        },
      ]);
    });

    it('5.3 and C.1: say what is missing and why the submission is refused', () => {
      const r = check((_d, c) => {
        c.attachments = c.attachments.filter((a) => a.category !== 'COMMITMENT');
        c.callOpen = false;
        c.otherOpenApplicationForLead = true;
      });
      expect(r.findings).toEqual([
        {
          rule: '5.3',
          severity: 'error',
          path: 'attachments',
          message: 'Attach the integrity commitment (category COMMITMENT).',
          messageZh: '应上传诚信承诺书（类别 COMMITMENT）。',
          blocking: true,
        },
        {
          rule: 'C.1',
          severity: 'error',
          path: 'callId',
          message: 'The call is not open for submission.',
          messageZh: '当前不在申报期内。',
          blocking: true,
        },
        {
          rule: 'C.1',
          severity: 'error',
          path: 'lead.uscc',
          message: 'The lead unit already has an open application in this call.',
          messageZh: '该牵头单位在本批次已有在办申报。',
          blocking: true,
        },
      ]);
      expect(check((d) => (d.commitment.attachmentId = 'att-agreement')).findings).toEqual([
        {
          rule: '5.3',
          severity: 'error',
          path: 'commitment.attachmentId',
          message: 'The commitment must refer to an attached integrity commitment (category COMMITMENT).',
          messageZh: '承诺信息应指向已上传的诚信承诺书。',
          blocking: true,
        },
      ]);
      expect(check((d) => (d.commitment.attestedBy = '')).findings).toEqual([
        {
          rule: '5.3',
          severity: 'error',
          path: 'commitment.attestedBy',
          message: 'State who attests the commitment.',
          messageZh: '应填写承诺人。',
          blocking: true,
        },
      ]);
    });

    it('2.2: says which goal is missing', () => {
      const r = check((d) => {
        d.goals.coreTasks = [];
        d.goals.acceptanceTargets = [];
        d.goals.plan.milestones = [];
      });
      expect(r.findings).toEqual([
        {
          rule: '2.2',
          severity: 'error',
          path: 'goals.coreTasks',
          message: 'State at least one core task.',
          messageZh: '应明确至少一项核心任务。',
          blocking: true,
        },
        {
          rule: '2.2',
          severity: 'error',
          path: 'goals.acceptanceTargets',
          message: 'State at least one acceptance target.',
          messageZh: '应明确至少一项验收考核目标。',
          blocking: true,
        },
        {
          rule: '2.2',
          severity: 'error',
          path: 'goals.plan.milestones',
          message: 'The research plan needs at least one milestone.',
          messageZh: '攻关计划应至少包含一个里程碑。',
          blocking: true,
        },
      ]);
      expect(check((d) => (d.goals.funding = { totalFen: 0, sources: [] })).findings).toEqual([
        {
          rule: '2.2',
          severity: 'error',
          path: 'goals.funding',
          message: 'State the funding arrangement: a total and its sources.',
          messageZh: '应明确资金安排（总额及来源）。',
          blocking: true,
        },
      ]);
    });
  });

  // A stored document is checked again at submission; one kept from before a schema change (or written by
  // hand into the database) may lack whole parts or carry JSON nulls. The check must still answer with
  // findings naming each part (a problem+json for the applicant), never throw (a 500).
  describe('an incomplete stored document', () => {
    const incomplete = (doc: Record<string, unknown>) =>
      checkEligibility(doc as unknown as ApplicationDocumentInput, eligibleContext(), policy);

    it('names every missing part of an empty document', () => {
      // A missing lead is one C.2 finding at `lead`, not 2.1a/2.1b findings on its absent fields.
      expect(incomplete({}).findings.map((f) => [f.rule, f.path])).toEqual([
        ['2.2', 'goals.coreTasks'],
        ['2.2', 'goals.acceptanceTargets'],
        ['2.2', 'goals.plan.milestones'],
        ['2.2', 'goals.funding'],
        ['2.3a', 'members'],
        ['2.3b', 'members'],
        ['2.4', 'governance.management'],
        ['5.3', 'commitment.attachmentId'],
        ['5.3', 'commitment.attestedBy'],
        ['5.3', 'commitment.attestedAt'],
        ['C.2', 'callId'],
        ['C.2', 'name'],
        ['C.2', 'field'],
        ['C.2', 'jurisdictionCode'],
        ['C.2', 'lead'],
      ]);
    });

    it('checks members and funding without a lead, a member without a contribution, and nulls', () => {
      const full = eligibleDocument();
      const member = { ...full.members[2], contribution: undefined };
      const r = incomplete({
        members: [member, { ...full.members[0], influenceStatement: null }],
        goals: {
          coreTasks: ['x'],
          acceptanceTargets: ['y'],
          funding: { totalFen: 10, sources: [{ unitUscc: member.uscc, amountFen: 10 }] },
        },
        governance: { management: null },
        commitment: { attachmentId: 'att-commitment', attestedBy: null, attestedAt: null },
      });
      expect(r.findings.map((f) => [f.rule, f.path])).toEqual([
        ['2.2', 'goals.plan.milestones'],
        ['2.3a', 'members'],
        ['2.3b', 'members[1].influenceStatement'],
        ['2.4', 'governance.management'],
        ['2.5', 'members[0].contribution'],
        ['5.3', 'commitment.attestedBy'],
        ['5.3', 'commitment.attestedAt'],
        ['C.2', 'callId'],
        ['C.2', 'name'],
        ['C.2', 'field'],
        ['C.2', 'jurisdictionCode'],
        ['C.2', 'lead'],
        ['C.2', 'governance.council'],
      ]);
    });

    it('checks a goals object without its lists, plan or funding', () => {
      expect(incomplete({ ...eligibleDocument(), goals: {} }).findings.map((f) => f.path)).toEqual([
        'goals.coreTasks',
        'goals.acceptanceTargets',
        'goals.plan.milestones',
        'goals.funding',
      ]);
      const r = incomplete({
        ...eligibleDocument(),
        goals: {
          ...eligibleDocument().goals,
          plan: { startsOn: '2025-01-01', endsOn: '2025-12-31' },
          funding: { totalFen: 5 },
        },
      });
      expect(r.findings.map((f) => f.path)).toEqual(['goals.plan.milestones', 'goals.funding']);
    });
  });
});
