import { z } from 'zod';
import { exampleApplicationDocument } from '../events/event-examples';
import {
  applicationDocumentSchema,
  applicationDraftSchema,
  type ApplicationDocumentInput,
} from './application.schema';
import { canTransition } from './application-status';
import { callSchema, isCallOpen } from './call.schema';

const doc = (): ApplicationDocumentInput => structuredClone(exampleApplicationDocument);
const paths = (r: { success: boolean; error?: z.ZodError }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('applicationDocumentSchema', () => {
  it('accepts the example document', () => {
    expect(applicationDocumentSchema.safeParse(doc()).success).toBe(true);
  });

  it('rejects unknown keys at the root and nested', () => {
    const d = doc() as Record<string, unknown> & ApplicationDocumentInput;
    d.extra = 1;
    (d.lead as Record<string, unknown>).nickname = 'x';
    (d.members[0].contribution as Record<string, unknown>).gold = 1;
    const r = applicationDocumentSchema.safeParse(d);
    expect(r.success).toBe(false);
    expect(
      r.error?.issues.filter((i) => i.code === 'unrecognized_keys').map((i) => i.path.join('.')),
    ).toEqual(['lead', 'members.0.contribution', '']);
  });

  it('rejects a justification for a rule that is not soft', () => {
    const d = doc();
    (d as { justifications: Record<string, string> }).justifications = { '2.3b': 'please' };
    expect(applicationDocumentSchema.safeParse(d).success).toBe(false);
    (d as { justifications: Record<string, string> }).justifications = { '5.3': 'please' };
    expect(applicationDocumentSchema.safeParse(d).success).toBe(false);
  });

  it('accepts justifications for soft rules', () => {
    const d = doc();
    d.justifications = { '2.1a': 'w', '2.1b': 'x', '2.3a': 'y' };
    d.leadInfluence = '本市白酒行业龙头企业';
    expect(applicationDocumentSchema.safeParse(d).success).toBe(true);
  });

  it('rejects dates that do not exist and instants without offset', () => {
    const d = doc();
    d.goals.plan.milestones[0].dueOn = '2025-02-29';
    d.commitment.attestedAt = '2025-03-01T10:00:00';
    expect(paths(applicationDocumentSchema.safeParse(d))).toEqual([
      'goals.plan.milestones.0.dueOn',
      'commitment.attestedAt',
    ]);
  });

  it('rejects fractional or negative fen and invalid USCCs', () => {
    const d = doc();
    d.goals.funding.totalFen = 1.5;
    d.members[2].contribution.fundsFen = -1;
    d.members[3].uscc = '91510521MA6EXAMP30';
    expect(paths(applicationDocumentSchema.safeParse(d)).sort()).toEqual(
      ['goals.funding.totalFen', 'members.2.contribution.fundsFen', 'members.3.uscc'].sort(),
    );
  });

  it('rejects over-long text and unknown jurisdictions', () => {
    const d = doc();
    d.name = '长'.repeat(201);
    (d as { jurisdictionCode: string }).jurisdictionCode = '510101';
    expect(paths(applicationDocumentSchema.safeParse(d))).toEqual(['name', 'jurisdictionCode']);
  });

  it('can be rendered as JSON Schema for the OpenAPI document', () => {
    const schema = z.toJSONSchema(applicationDocumentSchema, { io: 'input' }) as {
      additionalProperties?: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('callSchema', () => {
  const call = {
    year: 2025,
    title: '2025年度创新联合体申报',
    opensAt: '2025-03-01T09:00:00+08:00',
    closesAt: '2025-04-01T18:00:00+08:00',
    policyVersion: 'lz-2024-draft',
  };

  it('accepts a call and tells when it is open', () => {
    const parsed = callSchema.parse(call);
    expect(isCallOpen(parsed, new Date('2025-03-01T01:00:00Z'))).toBe(true);
    expect(isCallOpen(parsed, new Date('2025-04-01T10:00:00Z'))).toBe(false);
  });

  it('rejects a call closing before it opens, an unknown policy version and unknown keys', () => {
    expect(paths(callSchema.safeParse({ ...call, closesAt: '2025-02-01T00:00:00+08:00' }))).toEqual([
      'closesAt',
    ]);
    expect(paths(callSchema.safeParse({ ...call, policyVersion: 'lz-1999' }))).toEqual(['policyVersion']);
    expect(callSchema.safeParse({ ...call, quota: 10 }).success).toBe(false);
  });
});

describe('application status transitions', () => {
  it('allows the documented path and refuses shortcuts', () => {
    expect(canTransition('SUBMITTED', 'RETURNED')).toBe(true);
    expect(canTransition('RETURNED', 'SUBMITTED')).toBe(true);
    expect(canTransition('CLEARED', 'FILED')).toBe(true);
    expect(canTransition('IN_PUBLICITY', 'FILED')).toBe(false);
    expect(canTransition('DRAFT', 'PRELIM_RECOMMENDED')).toBe(false);
  });
});

describe('applicationDraftSchema', () => {
  const callId = exampleApplicationDocument.callId;

  it('accepts a draft with only its call, and parts partly filled', () => {
    expect(applicationDraftSchema.safeParse({ callId }).success).toBe(true);
    const partial = {
      callId,
      lead: { name: '某公司', contact: { phone: '0830-1234567' } },
      members: [{ name: '某大学' }, { contribution: { talent: '团队' } }],
      goals: { plan: { milestones: [{ title: '中试' }] }, funding: { sources: [{ amountFen: 100 }] } },
      governance: { council: true },
      commitment: { attestedBy: '张三' },
    };
    expect(applicationDraftSchema.parse(partial)).toEqual(partial);
    expect(applicationDraftSchema.safeParse(doc()).success).toBe(true);
  });

  it('needs the call, and still applies the structural rules to what is present', () => {
    expect(paths(applicationDraftSchema.safeParse({}))).toEqual(['callId']);
    const r = applicationDraftSchema.safeParse({
      callId,
      lead: { uscc: '91510500MA62X0000X' },
      members: [{ contribution: { fundsFen: 1.5 } }],
      goals: { plan: { startsOn: '2026-02-30' } },
      commitment: { attestedAt: 'yesterday' },
      extra: true,
    });
    expect(paths(r)).toEqual([
      'lead.uscc',
      'members.0.contribution.fundsFen',
      'goals.plan.startsOn',
      'commitment.attestedAt',
      '',
    ]);
  });
});
