import { Logger, type LoggerService } from '@nestjs/common';
import { BaseRpcContext, Server, type CustomTransportStrategy } from '@nestjs/microservices';
import type { Channel, ChannelModel, ConsumeMessage, Options } from 'amqplib';
import { isObservable, lastValueFrom } from 'rxjs';
import { AmqpConnection, type ReconnectOptions } from './amqp-connection.service';
import { ConfirmingChannel } from './confirming-channel.service';
import type { EventContracts } from '@lz/policy';
import { parseEvent, type WireEnvelope } from './envelope.schema';
import { runInEventContext } from './event-context.service';
import { republishProperties } from './republish';
import {
  BROKER_DEATH_HEADERS,
  DEAD_LETTER_EXCHANGE,
  DEFAULT_PREFETCH,
  DEFAULT_RETRY_DELAYS_MS,
  HEADER_ATTEMPTS,
  HEADER_DEAD_LETTERED_AT,
  HEADER_ERROR,
  HEADER_PUBLISH_ID,
} from './messaging.constants';
import {
  afterCommit,
  isInfrastructureFailure,
  type AfterCommitHook,
  type SqlClient,
  type TransactionRunner,
} from '@lz/persistence';
import { assertTopology, type ServiceQueues } from './topology.service';

export interface RabbitMqTransportOptions {
  url: string;
  /** Consuming service; its queue is `<service>.events` and its inbox rows use it as `consumer`. */
  service: string;
  /** Keys to bind. Default: the patterns of the registered `@EventPattern` handlers. */
  bindings?: readonly string[];
  /**
   * Refuse to start unless `bindings` and the registered handlers name exactly the same event types
   * (the platform sets this: a service's declared `consumes` must match its `@OnEvent` handlers).
   */
  exactBindings?: boolean;
  contracts: EventContracts;
  transactionRunner: TransactionRunner;
  /** Unacked deliveries in flight (processed concurrently). Default 20. */
  prefetch?: number;
  /** Delay before each retry; attempts = delays + 1. Default 1 s, 5 s, 30 s. */
  retryDelaysMs?: readonly number[];
  /** Broker-side delivery limit of the quorum queue (crash loops). Default 10. */
  deliveryLimit?: number;
  reconnect?: ReconnectOptions;
  /**
   * How long start-up waits for the first connection to the broker before the service goes on
   * without it (it keeps connecting, and subscribes when it gets through). Default 10 s. Without this
   * bound a service started while RabbitMQ is away would never listen on HTTP, although its outbox and
   * its database can serve requests meanwhile (docs/ARCHITECTURE.md "Outages").
   */
  firstConnectWaitMs?: number;
  /**
   * A handler that has not returned after this long fails its attempt (a hang counts like a throw).
   * Default 60 s.
   */
  handlerTimeoutMs?: number;
  /**
   * A redelivered message that has started this many times without its handler returning (it
   * crashed the process each time) is dead-lettered unrun. Default 3.
   */
  poisonStarts?: number;
  /**
   * Crash-loop isolation (redelivered messages one at a time, their starts recorded). Default on;
   * tests switch it off to show what it protects.
   */
  crashIsolation?: boolean;
  /**
   * Whether a failure is the infrastructure's (the database not answering) rather than the
   * handler's: such a delivery is put back without spending an attempt and the consumer pauses until
   * `probe` succeeds. Default `isInfrastructureFailure` (libs/persistence). Tests replace it to show
   * what happens without the distinction.
   */
  isInfrastructureFailure?: (err: unknown) => boolean;
  /** Answers when the database does again. Default: `SELECT 1` through `transactionRunner`. */
  probe?: () => Promise<unknown>;
  /** Back-off of the probe while paused: first delay and cap, ms. Default 500 and 10 000. */
  probeBackoffMs?: { first: number; max: number };
  logger?: LoggerService;
  /** Diagnostics/tests: runs after the handler's transaction committed, before the ack. */
  afterCommit?: (envelope: WireEnvelope, outcome: 'processed' | 'duplicate') => Promise<void> | void;
}

/**
 * Second argument of every handler. `Tx` is the type of the delivery's transaction client — the
 * service's `PrismaTx` for handlers declared with its `@OnEvent` (event-handler.decorator.ts).
 */
export class EventContext<Tx = SqlClient> extends BaseRpcContext<[WireEnvelope, Tx, ConsumeMessage, number]> {
  get envelope(): WireEnvelope {
    return this.args[0];
  }
  /** The transaction of this delivery: write the handler's effects through it. */
  get tx(): Tx {
    return this.args[1];
  }
  get message(): ConsumeMessage {
    return this.args[2];
  }
  /** 1 for the first attempt, 2 after one failed attempt, … */
  get attempt(): number {
    return this.args[3];
  }
  /**
   * Runs `hook` after this delivery's transaction commits, before the ack (the transaction's
   * after-commit hook, libs/persistence). The outbox writer and the deadline scheduler register
   * there on their own; a handler needs this only for other follow-up work.
   */
  afterCommit(hook: AfterCommitHook): void {
    afterCommit(this.tx as object, hook);
  }
}

// A type alias (not an interface) so it satisfies Server's `Record<string, Function>` constraint.
type TransportEvents = { connected: () => void; disconnected: () => void };
type TransportEvent = keyof TransportEvents;

const STRIPPED_HEADERS = new Set([...BROKER_DEATH_HEADERS, HEADER_PUBLISH_ID]);
const DEFAULT_HANDLER_TIMEOUT_MS = 60_000;
const DEFAULT_FIRST_CONNECT_WAIT_MS = 10_000;
const DEFAULT_POISON_STARTS = 3;

/** Where the consumer is with respect to its database (ARCHITECTURE.md "Outages"). */
export type ConsumerState = 'consuming' | 'paused' | 'stopped';

/** The subscription of one connection: its channels, and whether it is subscribed right now. */
interface Subscription {
  channel: Channel;
  publisher: ConfirmingChannel;
  tag: string | null;
}

/**
 * Nest custom transport consuming `<service>.events`: handlers are plain `@EventPattern(type)`
 * methods receiving `(envelope, ctx: EventContext)`. Per delivery: parse + validate (invalid → DLQ,
 * ack) → transaction { inbox insert ON CONFLICT DO NOTHING (duplicate → skip), handler } → commit →
 * ack. A failing handler rolls back; the message is republished to the next retry queue (or to the
 * DLQ after the last attempt) and the original acked only after that publish is confirmed.
 */
export class RabbitMqTransport extends Server<TransportEvents> implements CustomTransportStrategy {
  override readonly propagatesEventHandlerErrors = true;
  private readonly connection: AmqpConnection;
  private readonly queues: ServiceQueues;
  private readonly retryDelays: readonly number[];
  private readonly log: LoggerService;
  private readonly listeners = new Map<string, Array<() => void>>();
  private readonly inFlight = new Set<Promise<void>>();
  private subscription: Subscription | null = null;
  /** Set while the database does not answer: the subscription is cancelled and a probe runs. */
  private pause: Promise<void> | null = null;
  private stopping = false;
  /** Redelivered messages are handled one at a time (crash-loop isolation). */
  private redeliveries: Promise<unknown> = Promise.resolve();
  private readonly isInfrastructure: (err: unknown) => boolean;

  constructor(private readonly options: RabbitMqTransportOptions) {
    super();
    this.retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.log = options.logger ?? new Logger(`RabbitMqTransport:${options.service}`);
    this.isInfrastructure = options.isInfrastructureFailure ?? isInfrastructureFailure;
    this.queues = { main: '', dlq: '', retry: [] };
    this.connection = new AmqpConnection({
      url: options.url,
      name: `${options.service}-consumer`,
      reconnect: options.reconnect,
      logger: this.log,
      setup: (model) => this.setup(model),
    });
  }

  get maxAttempts(): number {
    return this.retryDelays.length + 1;
  }

  get connected(): boolean {
    return this.connection.connected;
  }

  /** `paused` while the database is unavailable (deliveries are put back, none is attempted). */
  get state(): ConsumerState {
    if (this.stopping) return 'stopped';
    return this.pause ? 'paused' : 'consuming';
  }

  listen(callback: (...optionalParams: unknown[]) => unknown): void {
    if (this.options.exactBindings) {
      const mismatch = bindingMismatch(this.options.service, this.options.bindings ?? [], [
        ...this.messageHandlers.keys(),
      ]);
      if (mismatch) {
        callback(new Error(mismatch));
        return;
      }
    }
    let answered = false;
    const answer = (err?: unknown) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      callback(err);
    };
    const waitMs = this.options.firstConnectWaitMs ?? DEFAULT_FIRST_CONNECT_WAIT_MS;
    const timer = setTimeout(() => {
      this.log.warn(
        `RabbitMQ did not answer within ${waitMs} ms of start-up; going on without it: the consumer of ` +
          `${this.options.service} subscribes as soon as it connects (${this.connection.lastErrorMessage ?? 'no answer'})`,
      );
      answer();
    }, waitMs);
    timer.unref();
    this.connection.start().then(
      () => answer(),
      (err: unknown) => answer(err),
    );
  }

  async close(): Promise<void> {
    this.stopping = true;
    await this.unsubscribe();
    await Promise.allSettled([...this.inFlight, this.pause]);
    await this.connection.stop();
    this.notify('disconnected');
  }

  /** Listen to `connected` / `disconnected`. */
  on<EventKey extends keyof TransportEvents = keyof TransportEvents>(
    event: EventKey,
    callback: TransportEvents[EventKey],
  ): void {
    const list = this.listeners.get(event) ?? [];
    list.push(callback);
    this.listeners.set(event, list);
  }

  unwrap<T>(): T {
    const model = this.connection.current;
    if (!model) throw new Error('RabbitMqTransport is not connected');
    return model as T;
  }

  private notify(event: TransportEvent): void {
    for (const cb of this.listeners.get(event) ?? []) cb();
  }

  private async setup(model: ChannelModel): Promise<void> {
    const publishChannel = await model.createConfirmChannel();
    this.connection.watch(model, publishChannel);
    const bindings = this.options.bindings ?? [...this.messageHandlers.keys()];
    const queues = await assertTopology(publishChannel, {
      service: this.options.service,
      bindings,
      retryDelaysMs: this.retryDelays,
      deliveryLimit: this.options.deliveryLimit,
    });
    Object.assign(this.queues, queues);
    const publisher = new ConfirmingChannel(publishChannel);

    const channel = await model.createChannel();
    this.connection.watch(model, channel);
    await channel.prefetch(this.options.prefetch ?? DEFAULT_PREFETCH);
    this.subscription = { channel, publisher, tag: null };
    // While paused (database down) a reconnect does not subscribe: the probe does when it answers.
    if (!this.pause) await this.subscribe(model);
    model.on('close', () => this.notify('disconnected'));
    this._status$.next('connected');
    this.notify('connected');
  }

  private async subscribe(model = this.connection.current): Promise<void> {
    const sub = this.subscription;
    if (!sub || sub.tag !== null || this.stopping) return;
    const { channel, publisher } = sub;
    const { consumerTag } = await channel.consume(
      this.queues.main,
      (msg) => {
        if (!msg) {
          this.log.warn(`consumer of ${this.queues.main} cancelled by the broker; reconnecting`);
          model?.close().catch(() => undefined);
          return;
        }
        const work = this.dispatch(channel, publisher, msg).catch((err: Error) =>
          this.log.error(`delivery ${msg.properties.messageId ?? '?'} left unacked: ${err.message}`),
        );
        this.inFlight.add(work);
        void work.finally(() => this.inFlight.delete(work));
      },
      { noAck: false },
    );
    sub.tag = consumerTag;
  }

  private async unsubscribe(): Promise<void> {
    const sub = this.subscription;
    if (!sub || sub.tag === null) return;
    const tag = sub.tag;
    sub.tag = null;
    await sub.channel.cancel(tag).catch(() => undefined);
  }

  /**
   * The database did not answer: take no more deliveries, probe it with back-off, subscribe again
   * when it answers. Idempotent: every delivery that meets the outage joins the same pause.
   */
  private pauseUntilDatabaseAnswers(reason: string): Promise<void> {
    if (this.pause) return this.pause;
    this.log.warn(
      `database unavailable (${reason}); ${this.queues.main} paused until it answers — no attempt is spent`,
    );
    const cancelled = this.unsubscribe();
    const probe =
      this.options.probe ??
      (() => this.options.transactionRunner.transaction((tx) => tx.$executeRawUnsafe('SELECT 1')));
    const { first, max } = this.options.probeBackoffMs ?? { first: 500, max: 10_000 };
    const started = Date.now();
    this.pause = (async () => {
      await cancelled;
      for (let delay = first; !this.stopping; delay = Math.min(delay * 2, max)) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        try {
          await probe();
          break;
        } catch {
          // still down
        }
      }
      if (this.stopping) return;
      this.log.log(`database answers again after ${Math.round((Date.now() - started) / 1000)} s; resuming`);
      this.pause = null;
      await this.subscribe().catch((err: Error) =>
        // The channel died meanwhile: the reconnect's setup subscribes.
        this.log.warn(`resubscribing ${this.queues.main} failed: ${err.message}`),
      );
    })().finally(() => {
      this.pause = null;
    });
    return cancelled;
  }

  /**
   * Puts a delivery back on this service's own queue with the attempt count it arrived with (a
   * confirmed publish, then the ack). Never `nack(requeue)`: quorum queues count those toward their
   * delivery limit, and an outage must not bring a message closer to the DLQ.
   */
  private async putBack(
    channel: Channel,
    publisher: ConfirmingChannel,
    msg: ConsumeMessage,
    reason: string,
    arrivedWithAttempts: number,
  ): Promise<void> {
    await publisher.publish(
      '',
      this.queues.main,
      msg.content,
      this.republishOptions(msg, `put back, not attempted: ${reason}`, arrivedWithAttempts),
    );
    ack(channel, msg);
  }

  private dispatch(channel: Channel, publisher: ConfirmingChannel, msg: ConsumeMessage): Promise<void> {
    if (!this.isolating(msg)) return this.handleDelivery(channel, publisher, msg);
    // A redelivery comes back from a channel that died with it unacked — often a process that
    // crashed. One at a time, so that a message that kills the process is the only one whose
    // recorded starts grow.
    const run = this.redeliveries.then(() => this.handleDelivery(channel, publisher, msg));
    this.redeliveries = run.catch(() => undefined);
    return run;
  }

  private async handleDelivery(
    channel: Channel,
    publisher: ConfirmingChannel,
    msg: ConsumeMessage,
  ): Promise<void> {
    const previous = Number(msg.properties.headers?.[HEADER_ATTEMPTS] ?? 0);
    const attempt = (Number.isFinite(previous) ? previous : 0) + 1;
    if (this.pause) {
      return this.putBack(channel, publisher, msg, 'the consumer is paused', attempt - 1);
    }
    const parsed = parseEvent(msg.content, this.options.contracts);
    if (!parsed.ok) {
      return this.deadLetter(channel, publisher, msg, parsed.reason, attempt - 1);
    }
    const envelope = parsed.envelope;
    const handler = this.getHandlerByPattern(envelope.type);
    if (!handler) {
      return this.deadLetter(
        channel,
        publisher,
        msg,
        `no handler for ${envelope.type} in ${this.options.service}`,
        attempt - 1,
      );
    }

    let outcome: 'processed' | 'duplicate';
    const started = process.hrtime.bigint();
    const tracked = this.isolating(msg);
    try {
      if (tracked) {
        const starts = await this.recordStart(envelope.id);
        const limit = this.options.poisonStarts ?? DEFAULT_POISON_STARTS;
        if (starts > limit) {
          await this.deadLetter(
            channel,
            publisher,
            msg,
            `started ${starts - 1} time(s) without returning (it crashed the process or never returned); not run again`,
            attempt,
          );
          await this.forgetStarts(envelope.id);
          return;
        }
      }
      outcome = await this.options.transactionRunner.transaction(async (tx) => {
        if (tracked) await this.forgetStarts(envelope.id, tx);
        const inserted = await tx.$executeRawUnsafe(
          'INSERT INTO inbox_event (consumer, event_id, type) VALUES ($1, $2::uuid, $3) ON CONFLICT DO NOTHING',
          this.options.service,
          envelope.id,
          envelope.type,
        );
        if (inserted === 0) return 'duplicate' as const;
        await runInEventContext({ envelope, tx, consumer: this.options.service, attempt }, async () => {
          const ctx = new EventContext([envelope, tx, msg, attempt]);
          await withTimeout(
            (async () => {
              const result: unknown = await handler(envelope, ctx);
              if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
            })(),
            this.options.handlerTimeoutMs ?? DEFAULT_HANDLER_TIMEOUT_MS,
            `the handler of ${envelope.type} did not return`,
          );
        });
        return 'processed' as const;
      });
    } catch (err) {
      const reason = describeError(err);
      if (this.isInfrastructure(err)) {
        // Not the handler's failure: wait for the database without spending this attempt.
        await this.pauseUntilDatabaseAnswers(reason);
        return this.putBack(channel, publisher, msg, reason, attempt - 1);
      }
      if (tracked) await this.forgetStarts(envelope.id).catch(() => undefined);
      if (attempt >= this.maxAttempts) {
        return this.deadLetter(
          channel,
          publisher,
          msg,
          `handler failed ${attempt} time(s): ${reason}`,
          attempt,
        );
      }
      const retryQueue = this.queues.retry[Math.min(attempt, this.queues.retry.length) - 1];
      this.log.warn(
        `${envelope.type} ${envelope.id} failed attempt ${attempt}/${this.maxAttempts}: ${reason}`,
      );
      await publisher.publish('', retryQueue, msg.content, this.republishOptions(msg, reason, attempt));
      ack(channel, msg);
      return;
    }
    if (this.options.afterCommit) await this.options.afterCommit(envelope, outcome);
    ack(channel, msg);
    // One structured line per event, carrying the correlation id across services (ARCHITECTURE.md).
    this.log.log({
      msg: 'event',
      type: envelope.type,
      eventId: envelope.id,
      correlationId: envelope.correlationId,
      causationId: envelope.causationId,
      outcome,
      attempt,
      ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
    });
  }

  private isolating(msg: ConsumeMessage): boolean {
    return msg.fields.redelivered && this.options.crashIsolation !== false;
  }

  /** Commits one more start of a redelivered event before its handler runs; returns the count. */
  private async recordStart(eventId: string): Promise<number> {
    const rows = await this.options.transactionRunner.transaction((tx) =>
      tx.$queryRawUnsafe<Array<{ starts: number }>>(
        `INSERT INTO delivery_attempt (consumer, event_id) VALUES ($1, $2::uuid)
         ON CONFLICT (consumer, event_id)
         DO UPDATE SET starts = delivery_attempt.starts + 1, last_started_at = now()
         RETURNING starts`,
        this.options.service,
        eventId,
      ),
    );
    return Number(rows[0]?.starts ?? 1);
  }

  /** The handler returned (inside its transaction when it committed, else on its own). */
  private async forgetStarts(eventId: string, tx?: SqlClient): Promise<void> {
    const sql = 'DELETE FROM delivery_attempt WHERE consumer = $1 AND event_id = $2::uuid';
    if (tx) await tx.$executeRawUnsafe(sql, this.options.service, eventId);
    else
      await this.options.transactionRunner.transaction((t) =>
        t.$executeRawUnsafe(sql, this.options.service, eventId),
      );
  }

  private async deadLetter(
    channel: Channel,
    publisher: ConfirmingChannel,
    msg: ConsumeMessage,
    reason: string,
    attempts: number,
  ): Promise<void> {
    this.log.error(
      `dead-lettering ${msg.properties.messageId ?? '(no id)'} (${msg.fields.routingKey}): ${reason}`,
    );
    const options = this.republishOptions(msg, reason, attempts);
    options.headers = { ...options.headers, [HEADER_DEAD_LETTERED_AT]: new Date().toISOString() };
    await publisher.publish(DEAD_LETTER_EXCHANGE, this.queues.dlq, msg.content, options);
    ack(channel, msg);
  }

  private republishOptions(msg: ConsumeMessage, reason: string, attempts: number): Options.Publish {
    return republishProperties(msg, STRIPPED_HEADERS, {
      [HEADER_ERROR]: reason.slice(0, 4_000),
      [HEADER_ATTEMPTS]: attempts,
      'x-lz-original-routing-key': msg.fields.routingKey,
    });
  }
}

/**
 * Why a service's declared bindings (`consumes`) and its handlers disagree, or null when they name
 * the same event types — the message says what to add where.
 */
export function bindingMismatch(
  service: string,
  bindings: readonly string[],
  handlers: readonly string[],
): string | null {
  const bound = new Set(bindings);
  const handled = new Set(handlers);
  const problems: string[] = [];
  const noHandler = [...bound].filter((t) => !handled.has(t));
  const undeclared = [...handled].filter((t) => !bound.has(t));
  if (noHandler.length > 0) {
    problems.push(
      `it consumes ${noHandler.join(', ')} but has no handler: add an @OnEvent(<type>) method to one of its ` +
        `consumers, or remove the type from \`consumes\` in its service definition`,
    );
  }
  if (undeclared.length > 0) {
    problems.push(
      `it has handlers for ${undeclared.join(', ')} that it does not consume: add the type to \`consumes\` ` +
        `in its service definition, or remove the handler`,
    );
  }
  return problems.length > 0 ? `service "${service}" cannot start: ${problems.join('; ')}` : null;
}

/** Ack on a channel that may have died meanwhile: then the broker redelivers and the inbox dedups. */
function ack(channel: Channel, msg: ConsumeMessage): void {
  try {
    channel.ack(msg);
  } catch {
    // channel closed: the delivery returns to the queue; a redelivery finds the inbox row.
  }
}

/** `work`, or a rejection after `ms` (the work itself goes on; its transaction is rolled back). */
function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Nest's exception layer turns a thrown Error into `{status, message}`; keep whatever text there is. */
function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err && typeof err === 'object' && 'message' in err)
    return String((err as { message: unknown }).message);
  return String(err);
}
