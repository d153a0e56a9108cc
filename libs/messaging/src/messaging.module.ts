import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OptionalFactoryDependency,
  type Provider,
} from '@nestjs/common';
import type { ReconnectOptions } from './amqp-connection.service';
import type { EventContracts } from '@lz/policy';
import { Publisher } from './event-publisher.service';
import { MESSAGING_OPTIONS } from './messaging.constants';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay.service';
import { OutboxWriter } from './outbox-writer.service';
import type { TransactionRunner } from '@lz/persistence';

export interface MessagingModuleOptions {
  url: string;
  /** This service's name: envelope `source`, connection names, queue names. */
  service: string;
  /** Keys the service consumes (passed on to RabbitMqTransport by the app; informational here). */
  bindings?: readonly string[];
  contracts: EventContracts;
  transactionRunner: TransactionRunner;
  /** Runs on shutdown once the relay has stopped: closes a pool that only the relay uses. */
  afterRelayStopped?: () => Promise<void>;
  /** Stamped on envelopes when the writer's caller gives none (else `contracts.policyVersion`). */
  policyVersion?: string;
  /** Correlation id of the surrounding work outside event handlers (e.g. the HTTP request's). */
  ambientCorrelationId?: () => string | undefined;
  relay?: OutboxRelayOptions & { enabled?: boolean };
  reconnect?: ReconnectOptions;
}

export interface MessagingHealth {
  ok: boolean;
  detail: {
    publisherConnected: boolean;
    relayRunning: boolean;
    unsent?: number;
    unroutable?: number;
    oldestUnsentAt?: string | null;
    error?: string;
  };
}

/** Health of this service's messaging: broker connection, relay loop, outbox backlog. */
@Injectable()
export class MessagingHealthIndicator {
  constructor(
    private readonly publisher: Publisher,
    private readonly relay: OutboxRelay,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
  ) {}

  async messagingHealth(): Promise<MessagingHealth> {
    const relayRunning = this.relay.isRunning;
    const relayWanted = this.options.relay?.enabled ?? true;
    const detail: MessagingHealth['detail'] = { publisherConnected: this.publisher.ready, relayRunning };
    try {
      const report = await this.relay.unsentReport(1);
      detail.unsent = report.unsent;
      detail.unroutable = report.unroutable;
      detail.oldestUnsentAt = report.oldestCreatedAt;
    } catch (err) {
      detail.error = `outbox unreadable: ${(err as Error).message}`;
      return { ok: false, detail };
    }
    if (!this.publisher.ready && this.publisher.lastConnectionError)
      detail.error = this.publisher.lastConnectionError;
    return { ok: this.publisher.ready && (relayRunning || !relayWanted), detail };
  }
}

@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly publisher: Publisher,
    private readonly relay: OutboxRelay,
    private readonly writer: OutboxWriter,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Not awaited: a service boots while the broker is away and publishes once it is back.
    void this.publisher.start();
    if (this.options.relay?.enabled ?? true) {
      this.writer.onWrite(() => this.relay.nudge());
      this.relay.start();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.writer.onWrite(null);
    await this.relay.stop();
    await this.options.afterRelayStopped?.();
    await this.publisher.stop();
  }
}

/**
 * Outbox writer, relay (started on bootstrap, stopped on shutdown), publisher and health for one
 * service. The consuming side is `RabbitMqTransport`, connected by the app as a microservice.
 */
export interface MessagingModuleAsyncOptions {
  imports?: ModuleMetadata['imports'];
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  useFactory: (...args: never[]) => MessagingModuleOptions | Promise<MessagingModuleOptions>;
}

const PROVIDERS: Provider[] = [
  {
    provide: Publisher,
    inject: [MESSAGING_OPTIONS],
    useFactory: (options: MessagingModuleOptions) =>
      new Publisher({ url: options.url, name: `${options.service}-publisher`, reconnect: options.reconnect }),
  },
  {
    provide: OutboxWriter,
    inject: [MESSAGING_OPTIONS],
    useFactory: (options: MessagingModuleOptions) =>
      new OutboxWriter(options.contracts, {
        source: options.service,
        policyVersion: options.policyVersion,
        ambientCorrelationId: options.ambientCorrelationId,
      }),
  },
  {
    provide: OutboxRelay,
    inject: [MESSAGING_OPTIONS, Publisher],
    useFactory: (options: MessagingModuleOptions, publisher: Publisher) =>
      new OutboxRelay(options.transactionRunner, publisher, options.relay),
  },
  MessagingHealthIndicator,
  MessagingLifecycle,
];
const EXPORTS = [Publisher, OutboxWriter, OutboxRelay, MessagingHealthIndicator, MESSAGING_OPTIONS];

/**
 * Outbox writer, relay (started on bootstrap, stopped on shutdown), publisher and health for one
 * service. The consuming side is `RabbitMqTransport`, connected by the app as a microservice.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [{ provide: MESSAGING_OPTIONS, useValue: options }, ...PROVIDERS],
      exports: EXPORTS,
    };
  }

  /** Same, with options built from injected providers (e.g. the app's Prisma transaction runner). */
  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        { provide: MESSAGING_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        ...PROVIDERS,
      ],
      exports: EXPORTS,
    };
  }
}
