import type { EventContracts, EventDataInput, EventType } from '@lz/policy';
import { buildEnvelope, type WireEnvelope } from './envelope.schema';
import { currentEventContext } from './event-context.service';
import { afterCommit, type SqlClient } from '@lz/persistence';

/**
 * Event type → the `data` its producer passes. The default is the catalogue of libs/policy, so
 * `outbox.add(tx, { type: CLAIM_DECIDED_V1, data })` checks `data` against that type at compile time
 * (as Immich types its jobs by name); tests of this lib pass their own map.
 */
export type EventDataMap = { [T in EventType]: EventDataInput<T> };

export interface OutboxEventInput<T extends string = string, D = unknown> {
  type: T;
  data: D;
  /** The event's id; defaults to a new UUID (pass one when rows written beside the event name it). */
  id?: string;
  /** Defaults to the handled event's correlationId inside a handler, else to the new event's id. */
  correlationId?: string;
  /** Defaults to the handled event's id inside a handler, else null. */
  causationId?: string | null;
  /** Defaults to the writer's source (the service name). */
  source?: string;
  /** Defaults to the writer's policyVersion, then `contracts.policyVersion`. */
  policyVersion?: string;
}

/** One event of any type of `M`, its `data` typed by its `type` (what `addMany` takes). */
export type OutboxEventOf<M extends object = EventDataMap> = {
  [T in keyof M & string]: OutboxEventInput<T, M[T]>;
}[keyof M & string];

/** Rows per INSERT statement of `addMany` (a few MB of parameters at most). */
export const ADD_MANY_CHUNK = 1_000;

export interface OutboxWriterOptions {
  source: string;
  policyVersion?: string;
  /**
   * The correlation id of the work in progress outside an event handler — e.g. the HTTP request's
   * (`x-correlation-id`), so a request and every event it causes share one id across services.
   */
  ambientCorrelationId?: () => string | undefined;
}

/** Fired after the commit of a transaction that wrote outbox rows; the relay publishes them then. */
export type OutboxListener = () => void;

/**
 * Writes an event (`add`), or many in one statement (`addMany`), into `outbox_event` inside the
 * caller's transaction, after validating its data against the contracts. The envelope is stored as
 * the JSON text built here (`::json`, not parsed into jsonb), which is what the relay publishes. The row becomes visible to the relay only when that transaction commits;
 * the writer registers on the transaction's after-commit hook (libs/persistence) to nudge the relay
 * then — once per transaction, whatever number of rows it wrote.
 */
export class OutboxWriter<M extends object = EventDataMap> {
  private listener: OutboxListener | null = null;

  constructor(
    private readonly contracts: EventContracts,
    private readonly options: OutboxWriterOptions,
  ) {}

  /** Called by the relay to be nudged after commits (it also polls, so missing a nudge loses nothing). */
  onWrite(listener: OutboxListener | null): void {
    this.listener = listener;
  }

  async add<T extends keyof M & string>(
    tx: SqlClient,
    input: OutboxEventInput<T, M[T]>,
  ): Promise<WireEnvelope<T, M[T]>> {
    const envelope = this.envelope(input);
    await tx.$executeRawUnsafe(
      'INSERT INTO outbox_event (id, type, envelope) VALUES ($1::uuid, $2, $3::json)',
      envelope.id,
      envelope.type,
      JSON.stringify(envelope),
    );
    afterCommit(tx, () => this.listener?.(), 'outbox-relay-nudge');
    return envelope;
  }

  /**
   * `add` for many events of one transaction in one multi-row INSERT (`ADD_MANY_CHUNK` rows per
   * statement): each envelope is built and checked exactly as `add` builds it — same defaults from
   * the handled event and the writer, same stored bytes (`JSON.stringify` of the returned envelope) —
   * and the rows commit or roll back with the caller's transaction, so the guarantees are `add`'s.
   * Rows are inserted in the order given (they share the transaction's `created_at`, as a loop of
   * `add` calls does). An invalid event throws before anything is written. Returns the envelopes
   * in the order given.
   */
  async addMany(tx: SqlClient, inputs: ReadonlyArray<OutboxEventOf<M>>): Promise<WireEnvelope[]> {
    const envelopes: WireEnvelope[] = inputs.map((input) => this.envelope(input));
    for (let i = 0; i < envelopes.length; i += ADD_MANY_CHUNK) {
      const chunk = envelopes.slice(i, i + ADD_MANY_CHUNK);
      await tx.$executeRawUnsafe(
        `INSERT INTO outbox_event (id, type, envelope)
         SELECT id, type, envelope FROM unnest($1::uuid[], $2::text[], $3::json[]) AS e(id, type, envelope)`,
        chunk.map((e) => e.id),
        chunk.map((e) => e.type),
        chunk.map((e) => JSON.stringify(e)),
      );
    }
    if (envelopes.length > 0) afterCommit(tx, () => this.listener?.(), 'outbox-relay-nudge');
    return envelopes;
  }

  /** The envelope of one event: its data checked against the contracts, the defaults filled in. */
  private envelope<T extends string, D>(input: OutboxEventInput<T, D>): WireEnvelope<T, D> {
    const handling = currentEventContext();
    const policyVersion = input.policyVersion ?? this.options.policyVersion ?? this.contracts.policyVersion;
    if (!policyVersion) {
      throw new Error(
        'OutboxWriter: no policyVersion (pass one, or set it in the writer options or the contracts)',
      );
    }
    return buildEnvelope(this.contracts, {
      id: input.id,
      type: input.type,
      data: input.data,
      source: input.source ?? this.options.source,
      policyVersion,
      correlationId:
        input.correlationId ?? handling?.envelope.correlationId ?? this.options.ambientCorrelationId?.(),
      causationId: input.causationId !== undefined ? input.causationId : (handling?.envelope.id ?? null),
    });
  }
}
