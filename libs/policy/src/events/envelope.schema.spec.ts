import { z } from 'zod';
import { eventExamples } from './event-examples';
import { EVENT_TYPES, eventCatalogue, eventContracts } from './event-catalogue';
import { createEnvelope, InvalidEnvelopeError, parseEnvelope, safeParseEnvelope } from './envelope.schema';

const envelope = (type: string, data: unknown) => ({
  id: '0b5e0b4e-3c1c-4d5e-9f8a-1b2c3d4e5f60',
  type,
  occurredAt: '2025-03-01T10:05:00+08:00',
  source: 'intake',
  correlationId: 'corr-1',
  causationId: null,
  policyVersion: 'lz-2024-draft',
  data,
});

describe('event contracts', () => {
  it('covers every event of docs/ARCHITECTURE.md', () => {
    expect([...EVENT_TYPES].sort()).toEqual(
      [
        'intake.application.submitted.v1',
        'review.preliminary.decided.v1',
        'review.city.decided.v1',
        'publicity.notice.published.v1',
        'publicity.objection.filed.v1',
        'publicity.item.cleared.v1',
        'publicity.item.contested.v1',
        'review.consortium.registered.v1',
        'evaluation.window.opened.v1',
        'evaluation.evaluator.assigned.v1',
        'evaluation.report.reminded.v1',
        'evaluation.report.overdue.v1',
        'evaluation.result.recorded.v1',
        'evaluation.delisting.decided.v1',
        'review.consortium.delisted.v1',
        'subsidy.claim.decided.v1',
        'intake.credit-finding.recorded.v1',
        'intake.credit-finding.ended.v1',
      ].sort(),
    );
  });

  it.each(EVENT_TYPES)('parses the example of %s', (type) => {
    const env = parseEnvelope(envelope(type, eventExamples[type]));
    expect(env.type).toBe(type);
    expect(env.data).toEqual(eventExamples[type]);
  });

  it.each(EVENT_TYPES)('rejects unknown keys in the data of %s', (type) => {
    const result = safeParseEnvelope(envelope(type, { ...eventExamples[type], surprise: true }));
    expect(result.success).toBe(false);
  });

  it.each(EVENT_TYPES)('renders the data schema of %s as JSON Schema (for the docs)', (type) => {
    const schema = z.toJSONSchema(eventCatalogue[type], { io: 'input' }) as {
      additionalProperties?: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
  });

  it('rejects an unknown event type', () => {
    expect(() => parseEnvelope(envelope('intake.application.exploded.v1', {}))).toThrow(/unknown event type/);
  });

  it('rejects bad data with the path of the problem', () => {
    const data = { ...eventExamples['review.preliminary.decided.v1'], decision: 'MAYBE' };
    const result = safeParseEnvelope(envelope('review.preliminary.decided.v1', data));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(InvalidEnvelopeError);
      expect(result.error.issues.map((i) => i.path)).toEqual(['data.decision']);
    }
  });

  it('rejects a bad envelope: unknown key, non-uuid id, instant without offset, unknown policy version', () => {
    const good = envelope('publicity.item.cleared.v1', eventExamples['publicity.item.cleared.v1']);
    expect(safeParseEnvelope(good).success).toBe(true);
    expect(safeParseEnvelope({ ...good, extra: 1 }).success).toBe(false);
    expect(safeParseEnvelope({ ...good, id: 'not-a-uuid' }).success).toBe(false);
    expect(safeParseEnvelope({ ...good, occurredAt: '2025-03-01T10:05:00' }).success).toBe(false);
    expect(safeParseEnvelope({ ...good, policyVersion: 'lz-1999' }).success).toBe(false);
    expect(safeParseEnvelope(null).success).toBe(false);
  });

  it('rejects a rejected claim that grants money', () => {
    const data = { ...eventExamples['subsidy.claim.decided.v1'], decision: 'REJECT' };
    expect(safeParseEnvelope(envelope('subsidy.claim.decided.v1', data)).success).toBe(false);
  });

  it('eventContracts.schemaFor returns the data schema or undefined', () => {
    expect(eventContracts.schemaFor('review.city.decided.v1')).toBe(eventCatalogue['review.city.decided.v1']);
    expect(eventContracts.schemaFor('nope.v1')).toBeUndefined();
    expect(eventContracts.schemaFor('toString')).toBeUndefined();
  });

  it('createEnvelope fills id, occurredAt and causationId and validates', () => {
    const env = createEnvelope({
      type: 'publicity.item.cleared.v1',
      data: eventExamples['publicity.item.cleared.v1'],
      source: 'publicity',
      correlationId: 'corr-2',
      policyVersion: 'lz-2024-draft',
    });
    expect(env).toMatchObject({ type: 'publicity.item.cleared.v1', causationId: null, source: 'publicity' });
    expect(() =>
      createEnvelope({
        type: 'publicity.item.cleared.v1',
        data: { ...eventExamples['publicity.item.cleared.v1'], dismissedObjections: -1 },
        source: 'publicity',
        correlationId: 'corr-2',
        policyVersion: 'lz-2024-draft',
      }),
    ).toThrow(InvalidEnvelopeError);
  });
});
