import { z } from 'zod';
import { CURRENT_POLICY_VERSION, envelopeSchema, type EventContracts } from '@lz/policy';
import { buildEnvelope, parseEvent } from './envelope.schema';
import { InvalidEventError } from './messaging.exception';

const submitted = z.strictObject({ applicationId: z.uuid(), amountFen: z.int().nonnegative() });
const contracts: EventContracts = {
  schemaFor: (type: string) => (type === 'intake.application.submitted.v1' ? submitted : undefined),
};
const data = { applicationId: '5f1c3c0e-8a34-4e9b-9d3c-6f3f5b0a2d11', amountFen: 1_500_000 };

describe('buildEnvelope', () => {
  it('builds a complete envelope whose id is a uuid and whose correlation defaults to itself', () => {
    const env = buildEnvelope(contracts, {
      type: 'intake.application.submitted.v1',
      data,
      source: 'intake',
      policyVersion: CURRENT_POLICY_VERSION,
      occurredAt: new Date('2026-11-27T02:00:00Z'),
    });
    expect(envelopeSchema.safeParse(env).success).toBe(true);
    expect(env).toMatchObject({
      type: 'intake.application.submitted.v1',
      occurredAt: '2026-11-27T02:00:00.000Z',
      source: 'intake',
      correlationId: env.id,
      causationId: null,
      policyVersion: CURRENT_POLICY_VERSION,
      data,
    });
  });

  it('keeps a given correlation and causation', () => {
    const env = buildEnvelope(contracts, {
      type: 'intake.application.submitted.v1',
      data,
      source: 'intake',
      policyVersion: CURRENT_POLICY_VERSION,
      correlationId: 'corr-1',
      causationId: '0b6f3c1e-2d4a-4f5b-8c6d-7e8f9a0b1c2d',
    });
    expect([env.correlationId, env.causationId]).toEqual(['corr-1', '0b6f3c1e-2d4a-4f5b-8c6d-7e8f9a0b1c2d']);
  });

  it('refuses data that fails the contract, naming the field', () => {
    const build = () =>
      buildEnvelope(contracts, {
        type: 'intake.application.submitted.v1',
        data: { ...data, amountFen: -1 },
        source: 'intake',
        policyVersion: CURRENT_POLICY_VERSION,
      });
    expect(build).toThrow(InvalidEventError);
    expect(build).toThrow(/amountFen/);
  });

  it('refuses a type that has no contract', () => {
    expect(() =>
      buildEnvelope(contracts, {
        type: 'intake.unknown.thing.v1',
        data: {},
        source: 'intake',
        policyVersion: CURRENT_POLICY_VERSION,
      }),
    ).toThrow(/no contract/);
  });
});

describe('parseEvent', () => {
  const good = buildEnvelope(contracts, {
    type: 'intake.application.submitted.v1',
    data,
    source: 'intake',
    policyVersion: CURRENT_POLICY_VERSION,
  });

  it('accepts a valid message', () => {
    const parsed = parseEvent(Buffer.from(JSON.stringify(good)), contracts);
    expect(parsed).toEqual({ ok: true, envelope: good });
  });

  it('reports bad JSON', () => {
    expect(parseEvent('{"id":', contracts)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^bad JSON/),
    });
  });

  it('reports an envelope without id or with a wrong occurredAt', () => {
    const { id: _id, ...noId } = good;
    expect(parseEvent(JSON.stringify(noId), contracts)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^bad envelope.*id/s),
    });
    expect(parseEvent(JSON.stringify({ ...good, occurredAt: 'yesterday' }), contracts)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/occurredAt/),
    });
  });

  it('validates with the strict envelope of libs/policy: no unknown field, a known policy version', () => {
    expect(parseEvent(JSON.stringify({ ...good, extra: 1 }), contracts)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^bad envelope/),
    });
    expect(parseEvent(JSON.stringify({ ...good, policyVersion: 'test-1' }), contracts)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^bad envelope.*policy version/s),
    });
    expect(parseEvent(JSON.stringify({ ...good, causationId: 'cause-1' }), contracts)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^bad envelope.*causationId/s),
    });
  });

  it('reports data failing its contract', () => {
    const bad = { ...good, data: { ...data, extra: true } };
    expect(parseEvent(JSON.stringify(bad), contracts)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/fails its contract/),
    });
  });
});
