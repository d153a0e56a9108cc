import type { ApplicationDocumentInput } from '../application/application.schema';
import { getPolicy } from '../policy/policy-registry';
import { checkEligibility, type EligibilityContext, type EligibilityResult } from './check-eligibility';
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
        expect.objectContaining({ rule: '2.1b', severity: 'flag', path: 'lead.kind', justified: false }),
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
});
