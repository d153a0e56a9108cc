import {
  applicationDocumentSchema,
  checkEligibility,
  EVENT_TYPES,
  getPolicy,
  parseEnvelope,
  safeParseEnvelope,
  validateUscc,
} from '@lz/policy';
import {
  makeApplicationDocument,
  makeAttachments,
  makeEligibilityContext,
  makeMember,
} from './application.factory';
import { makeEnvelope, makeEventData, submittedEventData } from './envelope.factory';
import { deepMerge, makeUuid } from './seed';
import { makeUscc } from './uscc.factory';

const policy = getPolicy('lz-2024-draft');

describe(makeUscc.name, () => {
  it('makes valid codes, the same for the same seed and different for different seeds', () => {
    expect(validateUscc(makeUscc('a')).ok).toBe(true);
    expect(makeUscc('a')).toBe(makeUscc('a'));
    expect(makeUscc(1)).not.toBe(makeUscc(2));
    expect(makeUscc()).not.toBe(makeUscc());
  });

  it('honours organisation type and division', () => {
    const code = makeUscc({ seed: 's', orgType: '12', division: '110000' });
    expect(validateUscc(code)).toMatchObject({
      ok: true,
      orgType: '12',
      issuingDivision: '110000',
      isLuzhouIssued: false,
    });
    expect(validateUscc(makeUscc('x'))).toMatchObject({
      orgType: '91',
      issuingDivision: '510502',
      isLuzhouIssued: true,
    });
  });

  it('makes valid codes for many seeds', () => {
    for (let i = 0; i < 500; i++) expect(validateUscc(makeUscc({ seed: i, orgType: '52' })).ok).toBe(true);
  });
});

describe(makeApplicationDocument.name, () => {
  it('makes a schema-valid, eligible document with the matching attachments', () => {
    const doc = makeApplicationDocument();
    expect(applicationDocumentSchema.safeParse(doc).success).toBe(true);
    expect(checkEligibility(doc, makeEligibilityContext(), policy)).toEqual({ eligible: true, findings: [] });
    expect(makeAttachments().map((a) => a.id)).toContain(doc.commitment.attachmentId);
  });

  it('varies every USCC with the seed and stays eligible', () => {
    const a = makeApplicationDocument({}, { seed: 'a' });
    const b = makeApplicationDocument({}, { seed: 'b' });
    expect(a.lead.uscc).not.toBe(b.lead.uscc);
    expect(checkEligibility(b, makeEligibilityContext(), policy).eligible).toBe(true);
  });

  it('moves the lead funding source along with a lead USCC override', () => {
    const uscc = makeUscc('caller');
    for (const doc of [
      makeApplicationDocument({ lead: { uscc } }),
      makeApplicationDocument({}, { leadUscc: uscc }),
    ]) {
      expect(doc.lead.uscc).toBe(uscc);
      expect(doc.lead.name).toBe('泸州示范酒业股份有限公司');
      expect(checkEligibility(doc, makeEligibilityContext(), policy).eligible).toBe(true);
    }
  });

  it('applies overrides so a test can break one rule', () => {
    const doc = makeApplicationDocument({
      lead: { districtCode: '510104' },
      justifications: { '2.3a': 'x' },
    });
    const result = checkEligibility(doc, makeEligibilityContext(), policy);
    expect(result.findings.map((f) => f.rule)).toEqual(['2.1a']);
    expect(doc.justifications).toEqual({ '2.3a': 'x' });
  });

  it('makeMember builds a valid member that can replace one', () => {
    const doc = makeApplicationDocument();
    doc.members[4] = makeMember({ contribution: { fundsFen: 0, premises: '厂房' } }, 'm-x');
    doc.goals.funding.sources = doc.goals.funding.sources.slice(0, 3);
    doc.goals.funding.totalFen = doc.goals.funding.sources.reduce(
      (s, x) => s + x.amountFen,
      0,
    ) as typeof doc.goals.funding.totalFen;
    expect(checkEligibility(doc, makeEligibilityContext(), policy).eligible).toBe(true);
  });
});

describe(makeEnvelope.name, () => {
  it.each(EVENT_TYPES)('makes a valid envelope for %s', (type) => {
    const env = makeEnvelope(type);
    expect(parseEnvelope(env).type).toBe(type);
    expect(env.source).toBe(type.split('.')[0]);
  });

  it('merges data overrides and meta', () => {
    const env = makeEnvelope('review.city.decided.v1', { decision: 'REJECT' }, { correlationId: 'c-1' });
    expect(parseEnvelope(env)).toMatchObject({
      correlationId: 'c-1',
      data: { decision: 'REJECT', revision: 1 },
    });
    expect(makeEnvelope('review.city.decided.v1').id).not.toBe(env.id);
  });

  it('can build invalid data on purpose', () => {
    const env = makeEnvelope('publicity.item.cleared.v1', { dismissedObjections: -1 });
    expect(safeParseEnvelope(env).success).toBe(false);
  });

  it('submittedEventData derives a valid submission from a document', () => {
    const doc = makeApplicationDocument({}, { seed: 'sub' });
    const data = submittedEventData(doc, { revision: 2 });
    const env = parseEnvelope(makeEnvelope('intake.application.submitted.v1', data));
    expect(env.data).toMatchObject({ leadUscc: doc.lead.uscc, revision: 2, members: expect.any(Array) });
    expect(makeEventData('review.preliminary.decided.v1', { decision: 'RETURN' }).decision).toBe('RETURN');
  });
});

describe('seed helpers', () => {
  it('makeUuid is deterministic per seed and a valid v4 shape', () => {
    expect(makeUuid('x')).toBe(makeUuid('x'));
    expect(makeUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('deepMerge replaces arrays and removes keys set to undefined', () => {
    expect(deepMerge({ a: [1, 2], b: { c: 1, d: 2 } }, { a: [3], b: { d: undefined } })).toEqual({
      a: [3],
      b: { c: 1 },
    });
  });
});
