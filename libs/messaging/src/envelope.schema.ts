import { randomUUID } from 'node:crypto';
import { z, type ZodType } from 'zod';
import { InvalidEventError } from './messaging.exception';

/**
 * What this library needs from the contracts lib (`@lz/policy`'s `eventContracts` satisfies it):
 * the zod schema of an event type's `data`, and optionally the policy version stamped on envelopes.
 */
export interface EventContracts {
  schemaFor(type: string): ZodType | undefined;
  policyVersion?: string;
}

/** Routing key = event type: `<service>.<entity>.<past-verb>.v<n>` (STYLE.md "Contracts and events"). */
export const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+\.v[0-9]+$/;

/** The envelope of ARCHITECTURE.md "Events". `data` is checked separately, against the contracts. */
export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(EVENT_TYPE_PATTERN, { error: 'type must look like <service>.<entity>.<verb>.v<n>' }),
  occurredAt: z.iso.datetime({ offset: true }),
  source: z.string().min(1),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  policyVersion: z.string().min(1),
  data: z.unknown(),
});

export interface EventEnvelope<TData = unknown> {
  id: string;
  type: string;
  occurredAt: string;
  source: string;
  correlationId: string;
  causationId: string | null;
  policyVersion: string;
  data: TData;
}

export interface BuildEnvelopeInput {
  type: string;
  data: unknown;
  source: string;
  policyVersion: string;
  correlationId?: string;
  causationId?: string | null;
  id?: string;
  occurredAt?: Date;
}

/**
 * Validates `data` against the contract of `type` and builds a complete envelope.
 * Throws InvalidEventError when the type has no contract or the data does not satisfy it.
 * The stored `data` is the caller's (validated) input, so what is published is exactly what was checked.
 */
export function buildEnvelope(contracts: EventContracts, input: BuildEnvelopeInput): EventEnvelope {
  const schema = contracts.schemaFor(input.type);
  if (!schema) {
    throw new InvalidEventError(input.type, `no contract for event type "${input.type}"`);
  }
  const checked = schema.safeParse(input.data);
  if (!checked.success) {
    throw new InvalidEventError(input.type, z.prettifyError(checked.error));
  }
  const id = input.id ?? randomUUID();
  const envelope: EventEnvelope = {
    id,
    type: input.type,
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    source: input.source,
    correlationId: input.correlationId ?? id,
    causationId: input.causationId ?? null,
    policyVersion: input.policyVersion,
    data: input.data,
  };
  const shape = eventEnvelopeSchema.safeParse(envelope);
  if (!shape.success) {
    throw new InvalidEventError(input.type, z.prettifyError(shape.error));
  }
  return envelope;
}

export type ParsedEvent = { ok: true; envelope: EventEnvelope } | { ok: false; reason: string };

/**
 * Parses a message body as consumers must (bad JSON, bad envelope, data failing its contract are all
 * reported as a reason, never thrown). On success `envelope.data` is the schema's parsed output.
 */
export function parseEvent(body: Buffer | string, contracts: EventContracts): ParsedEvent {
  let raw: unknown;
  try {
    raw = JSON.parse(typeof body === 'string' ? body : body.toString('utf8'));
  } catch (err) {
    return { ok: false, reason: `bad JSON: ${(err as Error).message}` };
  }
  const shape = eventEnvelopeSchema.safeParse(raw);
  if (!shape.success) {
    return { ok: false, reason: `bad envelope: ${z.prettifyError(shape.error)}` };
  }
  const envelope = shape.data as EventEnvelope;
  const schema = contracts.schemaFor(envelope.type);
  if (!schema) {
    return { ok: false, reason: `no contract for event type "${envelope.type}"` };
  }
  const data = schema.safeParse(envelope.data);
  if (!data.success) {
    return {
      ok: false,
      reason: `data of ${envelope.type} fails its contract: ${z.prettifyError(data.error)}`,
    };
  }
  return { ok: true, envelope: { ...envelope, data: data.data } };
}
