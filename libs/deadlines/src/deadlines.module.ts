import {
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OptionalFactoryDependency,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { systemClock } from './clock';
import { DeadlineHandlerRegistry } from './deadline-handler.registry';
import { DeadlineProcessor } from './deadline.processor';
import { DeadlineQueue } from './deadline.queue';
import { DeadlineReconciler } from './deadline-reconciler.service';
import { DeadlineScheduler } from './deadline-scheduler.service';
import { DeadlinesHealthIndicator } from './deadlines-health.service';
import { DEADLINES_CLOCK, DEADLINES_OPTIONS, type DeadlinesModuleOptions } from './deadlines.constants';

export interface DeadlinesModuleAsyncOptions {
  imports?: ModuleMetadata['imports'];
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  useFactory: (...args: never[]) => DeadlinesModuleOptions | Promise<DeadlinesModuleOptions>;
}

const PROVIDERS = [
  DeadlineQueue,
  DeadlineHandlerRegistry,
  DeadlineScheduler,
  DeadlineProcessor,
  DeadlineReconciler,
  DeadlinesHealthIndicator,
  {
    provide: DEADLINES_CLOCK,
    inject: [DEADLINES_OPTIONS],
    useFactory: (o: DeadlinesModuleOptions) => o.clock ?? systemClock,
  },
];
const EXPORTS = [DeadlineScheduler, DeadlineReconciler, DeadlinesHealthIndicator, DEADLINES_CLOCK];

/**
 * Deadlines of one service: rows in its `deadline` table, a BullMQ queue `<service>.deadlines`, a
 * worker and a reconciler started on application bootstrap, stopped on shutdown. Boot fails when a
 * declared kind has no @DeadlineHandler, or two, or a handler names an undeclared kind.
 */
@Module({})
export class DeadlinesModule {
  static forRoot(options: DeadlinesModuleOptions): DynamicModule {
    return {
      module: DeadlinesModule,
      imports: [DiscoveryModule],
      providers: [{ provide: DEADLINES_OPTIONS, useValue: options }, ...PROVIDERS],
      exports: EXPORTS,
    };
  }

  /** Same, with options built from injected providers (e.g. the app's Prisma transaction runner). */
  static forRootAsync(options: DeadlinesModuleAsyncOptions): DynamicModule {
    return {
      module: DeadlinesModule,
      imports: [DiscoveryModule, ...(options.imports ?? [])],
      providers: [
        { provide: DEADLINES_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        ...PROVIDERS,
      ],
      exports: EXPORTS,
    };
  }
}
