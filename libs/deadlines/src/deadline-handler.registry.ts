import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { DEADLINE_HANDLER_METADATA } from './deadline-handler.decorator';
import type { DeadlineHandlerFn } from './deadline.types';
import { DEADLINES_OPTIONS, type DeadlinesModuleOptions } from './deadlines.constants';

export interface FoundDeadlineHandler {
  kind: string;
  /** `Class.method`, for messages. */
  owner: string;
  fn: DeadlineHandlerFn;
}

/**
 * Checks declared kinds against discovered handlers; throws one error listing everything to fix:
 * a kind with no handler, a kind with two, a handler for a kind nobody declared.
 */
export function buildHandlerMap(
  service: string,
  kinds: readonly string[],
  found: readonly FoundDeadlineHandler[],
): Map<string, DeadlineHandlerFn> {
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
  const map = new Map<string, DeadlineHandlerFn>();
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
      map.set(kind, hs[0].fn);
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
  private handlers = new Map<string, DeadlineHandlerFn>();

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
        found.push({
          kind,
          owner: `${instance.constructor.name}.${method}`,
          fn: (deadline, tx) => (fn as DeadlineHandlerFn).call(instance, deadline, tx),
        });
      }
    }
    this.handlers = buildHandlerMap(this.options.service, this.options.kinds, found);
  }

  get(kind: string): DeadlineHandlerFn | undefined {
    return this.handlers.get(kind);
  }
}
