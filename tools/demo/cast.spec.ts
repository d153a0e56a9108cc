import {
  applicationDocumentSchema,
  checkEligibility,
  isValidUscc,
  getPolicy,
  type ApplicationDocumentInput,
} from '@lz/policy';
import {
  APPLICATIONS,
  EXPERTS,
  INSTITUTIONS,
  MATERIALS_OUTSIDE_MEMBER,
  applicationDocument,
  demoUscc,
  institutionUscc,
  leadUsccOf,
  type InstitutionKey,
} from './cast';

const ctx = {
  attachments: [
    { id: 'att-agreement', category: 'AGREEMENT' as const },
    { id: 'att-commitment', category: 'COMMITMENT' as const },
  ],
  callOpen: true,
  otherOpenApplicationForLead: false,
};
const docOf = (key: string, extraMembers = [] as (typeof MATERIALS_OUTSIDE_MEMBER)[]) =>
  applicationDocument(
    APPLICATIONS.find((a) => a.key === key)!,
    {
      tag: 'spec',
      callId: 'call-2026',
      commitmentAttachmentId: 'att-commitment',
      attestedAt: '2026-11-27T10:00:00+08:00',
      extraMembers,
    },
  ) as ApplicationDocumentInput;
const errorsOf = (doc: ApplicationDocumentInput) =>
  checkEligibility(doc, ctx, getPolicy('lz-2024-draft'))
    .findings.filter((f) => f.blocking)
    .map((f) => f.rule);

describe('demo cast', () => {
  it('gives every unit a valid USCC, distinct per unit and per run for the fictional enterprises', () => {
    const codes = Object.keys(INSTITUTIONS).map((k) => institutionUscc(k as InstitutionKey));
    expect(codes.every(isValidUscc)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(leadUsccOf(APPLICATIONS[0]!, 'a')).not.toBe(leadUsccOf(APPLICATIONS[0]!, 'b'));
    expect(isValidUscc(demoUscc('91', '510502', 'x'))).toBe(true);
  });

  it('writes documents that the application contract accepts', () => {
    for (const spec of APPLICATIONS)
      expect(applicationDocumentSchema.safeParse(docOf(spec.key)).success).toBe(true);
  });

  it('makes every application eligible except the one missing its outside member (2.3b) until it adds one', () => {
    for (const spec of APPLICATIONS.filter((a) => a.key !== 'materials'))
      expect([spec.key, errorsOf(docOf(spec.key))]).toEqual([spec.key, []]);
    expect(errorsOf(docOf('materials'))).toEqual(['2.3b']);
    expect(errorsOf(docOf('materials', [MATERIALS_OUTSIDE_MEMBER]))).toEqual([]);
  });

  it('justifies the medicine consortium’s four linked units (soft rule 2.3a)', () => {
    const findings = checkEligibility(docOf('medicine'), ctx, getPolicy('lz-2024-draft')).findings;
    expect(findings).toEqual([expect.objectContaining({ rule: '2.3a', severity: 'flag', blocking: false })]);
  });

  it('leaves exactly one expert of the pool conflicted with the liquor consortium, and three per field after exclusion', () => {
    const liquor = docOf('liquor');
    const memberCodes = new Set([liquor.lead.uscc, ...liquor.members.map((m) => m.uscc)]);
    const conflicted = EXPERTS.filter((e) => memberCodes.has(institutionUscc(e.org)));
    expect(conflicted.map((e) => e.key)).toEqual(['li']);
    // distillers never reaches the city review (not recommended), so its panel does not matter
    for (const spec of APPLICATIONS.filter((a) => a.key !== 'distillers')) {
      const doc = docOf(spec.key, spec.key === 'materials' ? [MATERIALS_OUTSIDE_MEMBER] : []);
      const codes = new Set([doc.lead.uscc, ...doc.members.map((m) => m.uscc)]);
      const eligible = EXPERTS.filter(
        (e) => e.fields.includes(spec.field) && !codes.has(institutionUscc(e.org)),
      );
      expect([spec.key, eligible.length]).toEqual([spec.key, 3]);
    }
  });
});
