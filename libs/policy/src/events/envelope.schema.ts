import { z } from 'zod';
import { isPolicyVersion } from '../policy/policy-registry';
import { instantSchema, uuidSchema } from '../shared/primitives.schema';
import {
  type EventData,
  type EventDataInput,
  type EventType,
  eventCatalogue,
  isEventType,
} from './event-catalogue';

/** The envelope of every message on `lz.events` (docs/ARCHITECTURE.md "Events"). `data` is checked by type. */
export const envelopeSchema = z.strictObject({
  id: uuidSchema,
  type: z.string().min(1).max(100),
  occurredAt: instantSchema,
  /** Producing service, e.g. `intake`. */
  source: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z][a-z0-9-]*$/, { error: 'must be a service name like "intake"' }),
  correlationId: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9._:-]+$/, { error: 'must be a token of letters, digits and ._:-' }),
  causationId: uuidSchema.nullable(),
  policyVersion: z.string().refine(isPolicyVersion, { error: 'must be a known policy version' }),
  data: z.unknown(),
});
export type RawEnvelope = z.infer<typeof envelopeSchema>;

export interface EventEnvelope<T extends EventType = EventType> {
  id: string;
  type: T;
  occurredAt: string;
  source: string;
  correlationId: string;
  causationId: string | null;
  policyVersion: string;
  data: EventData<T>;
}

/** Any known event, discriminated by `type`. */
export type AnyEventEnvelope = { [T in EventType]: EventEnvelope<T> }[EventType];

export interface EnvelopeIssue {
  path: string;
  message: string;
}

export class InvalidEnvelopeError extends Error {
  constructor(
    readonly reason: string,
    readonly issues: EnvelopeIssue[],
  ) {
    super(`${reason}: ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`);
    this.name = 'InvalidEnvelopeError';
  }
}

export type SafeEnvelopeResult =
  { success: true; envelope: AnyEventEnvelope } | { success: false; error: InvalidEnvelopeError };

function toIssues(error: z.ZodError, prefix: string): EnvelopeIssue[] {
  return error.issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'),
    message: i.message,
  }));
}

/** Validates the envelope and its `data` against the schema of its type. Never throws. */
export function safeParseEnvelope(raw: unknown): SafeEnvelopeResult {
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) {
    return { success: false, error: new InvalidEnvelopeError('invalid envelope', toIssues(env.error, '')) };
  }
  const { type } = env.data;
  if (!isEventType(type)) {
    return {
      success: false,
      error: new InvalidEnvelopeError('unknown event type', [
        { path: 'type', message: `unknown type "${type}"` },
      ]),
    };
  }
  const data = eventCatalogue[type].safeParse(env.data.data);
  if (!data.success) {
    return {
      success: false,
      error: new InvalidEnvelopeError(`invalid data for ${type}`, toIssues(data.error, 'data')),
    };
  }
  return { success: true, envelope: { ...env.data, type, data: data.data } as AnyEventEnvelope };
}

/** Like `safeParseEnvelope` but throws `InvalidEnvelopeError` (its `reason` is for the dead-letter queue). */
export function parseEnvelope(raw: unknown): AnyEventEnvelope {
  const result = safeParseEnvelope(raw);
  if (!result.success) throw result.error;
  return result.envelope;
}

/** Narrows a parsed envelope to one type. */
export function isEnvelopeOf<T extends EventType>(
  env: AnyEventEnvelope,
  type: T,
): env is EventEnvelope<T> & AnyEventEnvelope {
  return env.type === type;
}

export interface CreateEnvelopeInput<T extends EventType> {
  type: T;
  data: EventDataInput<T>;
  source: string;
  correlationId: string;
  causationId?: string | null;
  policyVersion: string;
  id?: string;
  occurredAt?: string;
}

/** Builds and validates an envelope for publishing (throws `InvalidEnvelopeError` on bad data). */
export function createEnvelope<T extends EventType>(input: CreateEnvelopeInput<T>): EventEnvelope<T> {
  const env = parseEnvelope({
    id: input.id ?? globalThis.crypto.randomUUID(),
    type: input.type,
    occurredAt: input.occurredAt ?? new Date().toISOString(),
    source: input.source,
    correlationId: input.correlationId,
    causationId: input.causationId ?? null,
    policyVersion: input.policyVersion,
    data: input.data,
  });
  return env as unknown as EventEnvelope<T>;
}
