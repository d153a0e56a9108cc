import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { accessRuleOf } from './access-rule';

// Nest's own route metadata key (@Get/@Post… set it on the handler).
const METHOD_METADATA = 'method';
const PATH_METADATA = 'path';

export class MissingAccessRuleError extends Error {
  override readonly name = 'MissingAccessRuleError';
}

/**
 * Default deny, checked at boot: every HTTP route must declare @Public() or @Roles(...) on the
 * method or its controller. A route with neither stops the service with the names and the fix.
 */
@Injectable()
export class AccessRulesCheck implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onApplicationBootstrap(): void {
    const missing = this.routesWithoutRule();
    if (missing.length > 0) {
      throw new MissingAccessRuleError(
        `${missing.length} route(s) declare no access rule (default deny):\n` +
          missing.map((m) => `  - ${m}`).join('\n') +
          `\nFix: add @Roles('officer', …) or @Public() from @lz/auth to the method or its controller.`,
      );
    }
  }

  routesWithoutRule(): string[] {
    const missing: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      const proto = type?.prototype as object | undefined;
      if (!type || !proto) continue;
      for (const name of this.scanner.getAllMethodNames(proto)) {
        const handler = (proto as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        if (!accessRuleOf(handler, type)) missing.push(`${type.name}.${name}`);
      }
    }
    return missing;
  }
}
