import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { DEADLINE_BATCH_HANDLER_METADATA, DEADLINE_HANDLER_METADATA } from './deadline-handler.decorator';
import type { DeadlineBatchHandlerFn, DeadlineHandlerFn } from './deadline.types';
import { DEADLINES_OPTIONS, type DeadlinesModuleOptions } from './deadlines.constants';

export interface FoundDeadlineHandler {
  kind: string;
  /** `Class.method`, for messages. */
  owner: string;
  fn: DeadlineHandlerFn;
  /** Set for an `@OnDeadlines` batch handler (then `fn` hands it one row). */
  batch?: DeadlineBatchHandlerFn;
}

/** The handler of one kind, as the worker calls it. */
export interface KindHandler {
  /** One row, in the transaction that marked it FIRED. */
  one: DeadlineHandlerFn;
  /** Many rows at once, when the kind's handler is a batch handler. */
  batch?: DeadlineBatchHandlerFn;
}

/**
 * Checks declared kinds against discovered handlers; throws one error listing everything to fix:
 * a kind with no handler, a kind with two, a handler for a kind nobody declared.
 */
export function buildHandlerMap(
  service: string,
  kinds: readonly string[],
  found: readonly FoundDeadlineHandler[],
): Map<string, KindHandler> {
  const problems: string[] = [];
  const declared = new Set(kinds);
  const byKind = new Map<string, FoundDeadlineHandler[]>();
  for (const h of found) {
    if (!declared.has(h.kind)) {
      problems.push(
        `${h.owner} handles deadline kind "${h.kind}", which is not declared: add it to the kinds passed to DeadlinesModule.forRoot({ service: '${service}', kinds }) or fix the name.`,
      );
      continue;
    }
    byKind.set(h.kind, [...(byKind.get(h.kind) ?? []), h]);
  }
  const map = new Map<string, KindHandler>();
  for (const kind of kinds) {
    const hs = byKind.get(kind) ?? [];
    if (hs.length === 0) {
      problems.push(
        `Deadline kind "${kind}" has no handler: add a provider method decorated with @DeadlineHandler('${kind}') (deadline: DeadlineRow, tx: SqlClient) => Promise<void>.`,
      );
    } else if (hs.length > 1) {
      problems.push(
        `Deadline kind "${kind}" has ${hs.length} handlers (${hs.map((h) => h.owner).join(', ')}): keep exactly one @DeadlineHandler('${kind}').`,
      );
    } else {
      map.set(kind, { one: hs[0].fn, batch: hs[0].batch });
    }
  }
  if (problems.length > 0) {
    throw new Error(`Deadlines of service "${service}" are misconfigured:\n- ${problems.join('\n- ')}`);
  }
  return map;
}

/** Finds @DeadlineHandler methods on every provider at module init; boot fails on a mismatch. */
@Injectable()
export class DeadlineHandlerRegistry implements OnModuleInit {
  private handlers = new Map<string, KindHandler>();

  constructor(
    @Inject(DEADLINES_OPTIONS) private readonly options: DeadlinesModuleOptions,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const found: FoundDeadlineHandler[] = [];
    const seen = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
      seen.add(instance);
      const prototype = Object.getPrototypeOf(instance) as object | null;
      if (!prototype) continue;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = (instance as Record<string, unknown>)[method];
        if (typeof fn !== 'function') continue;
        const kind: unknown = Reflect.getMetadata(DEADLINE_HANDLER_METADATA, fn);
        if (typeof kind !== 'string') continue;
        const owner = `${instance.constructor.name}.${method}`;
        if (Reflect.getMetadata(DEADLINE_BATCH_HANDLER_METADATA, fn) === true) {
          const batch: DeadlineBatchHandlerFn = (deadlines, tx) =>
            (fn as DeadlineBatchHandlerFn).call(instance, deadlines, tx);
          found.push({ kind, owner, batch, fn: (deadline, tx) => batch([deadline], tx) });
        } else {
          found.push({
            kind,
            owner,
            fn: (deadline, tx) => (fn as DeadlineHandlerFn).call(instance, deadline, tx),
          });
        }
      }
    }
    this.handlers = buildHandlerMap(this.options.service, this.options.kinds, found);
  }

  get(kind: string): KindHandler | undefined {
    return this.handlers.get(kind);
  }
}
