import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { envelopeSchema, type EventContracts, type RawEnvelope } from '@lz/policy';
import { InvalidEventError } from './messaging.exception';

// One envelope contract: the strict `envelopeSchema` of libs/policy (ARCHITECTURE.md "Events"),
// checked when an event is built for the outbox and when a delivery arrives; `data` is checked by
// type against the contracts (`eventContracts` of libs/policy in the services).

/** Routing key = event type: `<service>.<entity>.<past-verb>.v<n>` (STYLE.md "Contracts and events"). */
export const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+\.v[0-9]+$/;

/** An envelope as built and carried by this lib, `data` typed by the caller (by event type). */
export type WireEnvelope<T extends string = string, D = unknown> = Omit<RawEnvelope, 'type' | 'data'> & {
  type: T;
  data: D;
};

export interface BuildEnvelopeInput<T extends string = string, D = unknown> {
  type: T;
  data: D;
  source: string;
  policyVersion: string;
  correlationId?: string;
  causationId?: string | null;
  id?: string;
  occurredAt?: Date;
}

/**
 * Validates `data` against the contract of `type` and builds a complete envelope, checked against
 * the strict envelope schema. Throws InvalidEventError when the type has no contract, or the data or
 * the envelope does not satisfy it. The stored `data` is the caller's (validated) input, so what is
 * published is exactly what was checked.
 */
export function buildEnvelope<T extends string, D>(
  contracts: EventContracts,
  input: BuildEnvelopeInput<T, D>,
): WireEnvelope<T, D> {
  if (!EVENT_TYPE_PATTERN.test(input.type)) {
    throw new InvalidEventError(input.type, 'type must look like <service>.<entity>.<verb>.v<n>');
  }
  const schema = contracts.schemaFor(input.type);
  if (!schema) {
    throw new InvalidEventError(input.type, `no contract for event type "${input.type}"`);
  }
  const checked = schema.safeParse(input.data);
  if (!checked.success) {
    throw new InvalidEventError(input.type, z.prettifyError(checked.error));
  }
  const id = input.id ?? randomUUID();
  const envelope: WireEnvelope<T, D> = {
    id,
    type: input.type,
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    source: input.source,
    correlationId: input.correlationId ?? id,
    causationId: input.causationId ?? null,
    policyVersion: input.policyVersion,
    data: input.data,
  };
  const shape = envelopeSchema.safeParse(envelope);
  if (!shape.success) {
    throw new InvalidEventError(input.type, z.prettifyError(shape.error));
  }
  return envelope;
}

export type ParsedEvent = { ok: true; envelope: WireEnvelope } | { ok: false; reason: string };

/**
 * Parses a message body as consumers must, with the strict envelope schema (bad JSON, bad envelope,
 * data failing its contract are all reported as a reason, never thrown). On success `envelope.data`
 * is the schema's parsed output.
 */
export function parseEvent(body: Buffer | string, contracts: EventContracts): ParsedEvent {
  let raw: unknown;
  try {
    raw = JSON.parse(typeof body === 'string' ? body : body.toString('utf8'));
  } catch (err) {
    return { ok: false, reason: `bad JSON: ${(err as Error).message}` };
  }
  const shape = envelopeSchema.safeParse(raw);
  if (!shape.success) {
    return { ok: false, reason: `bad envelope: ${z.prettifyError(shape.error)}` };
  }
  const envelope = shape.data;
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
