import { computeUsccCheckChar } from '@lz/policy';
import { clean, fieldId, firstIncompleteStep, stepOfPath, stepPatch, type Draft } from './steps';

const callId = '00000000-0000-4000-8000-000000000001';
const uscc = (body: string) => body + computeUsccCheckChar(body);

/** A document the schema accepts whole (the dry run may still find rules unmet: not this test's concern). */
function completeDocument(): Draft {
  const lead = uscc('91510502MA0000001');
  const member = uscc('91110108MA0000002');
  return {
    callId,
    name: '联合体',
    field: '白酒',
    jurisdictionCode: '510502',
    lead: {
      uscc: lead,
      name: '牵头企业',
      kind: 'ENTERPRISE',
      districtCode: '510502',
      address: '泸州市江阳区',
      contact: { name: '张三', phone: '0830-1234567', email: 'a@example.cn' },
    },
    members: [
      {
        uscc: member,
        name: '成员',
        kind: 'UNIVERSITY',
        chainRole: 'ACADEMIC',
        inLuzhou: false,
        region: '北京市海淀区',
        influenceStatement: '国家重点实验室',
        contribution: { fundsFen: 100 },
      },
    ],
    goals: {
      coreTasks: ['攻关'],
      plan: {
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
        milestones: [{ title: 'M1', dueOn: '2026-06-30' }],
      },
      funding: { totalFen: 100, sources: [{ unitUscc: lead, amountFen: 100 }] },
      acceptanceTargets: ['目标'],
    },
    governance: { council: true, management: '牵头企业统筹' },
    commitment: {
      attachmentId: '00000000-0000-4000-8000-000000000002',
      attestedBy: '张三',
      attestedAt: '2026-12-01T09:00:00+08:00',
    },
  };
}

describe('wizard steps', () => {
  it('maps every finding path to the step that edits it', () => {
    expect(stepOfPath('name')).toBe('basic');
    expect(stepOfPath('lead.contact.email')).toBe('lead');
    expect(stepOfPath('members[2].influenceStatement')).toBe('members');
    expect(stepOfPath('goals.plan.milestones[0].dueOn')).toBe('goals');
    expect(stepOfPath('goals.funding.sources[1].unitUscc')).toBe('funding');
    expect(stepOfPath('attachments')).toBe('attachments');
    expect(stepOfPath('commitment.attestedBy')).toBe('commitment');
    expect(stepOfPath('callId')).toBe('review');
    expect(fieldId('members[2].uscc')).toBe('f-members-2-uscc');
  });

  it('resumes at the first incomplete step', () => {
    expect(firstIncompleteStep({ callId }, [])).toBe('basic');
    const full = completeDocument();
    expect(firstIncompleteStep(full as Draft, ['AGREEMENT', 'COMMITMENT'])).toBe('review');
    expect(firstIncompleteStep(full as Draft, ['COMMITMENT'])).toBe('attachments');
    const { governance: _g, ...noGovernance } = full;
    expect(firstIncompleteStep(noGovernance as Draft, ['AGREEMENT', 'COMMITMENT'])).toBe('governance');
  });

  it('saves a step as a merge patch of its own parts, blanks removed', () => {
    expect(stepPatch('basic', { callId, name: '  ', field: '白酒' })).toEqual({
      name: null,
      field: '白酒',
      jurisdictionCode: null,
    });
    expect(stepPatch('funding', { callId, goals: { coreTasks: ['a'] } })).toEqual({
      goals: { funding: null },
    });
    expect(clean([{ name: '' }, { name: 'x' }])).toEqual([{}, { name: 'x' }]);
    expect(clean(['', 'task'])).toEqual(['task']);
  });
});
