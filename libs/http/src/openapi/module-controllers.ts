import type { DynamicModule, ForwardReference, Type } from '@nestjs/common';

type ModuleLike = Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference;

/**
 * The controllers a Nest module tree declares, found from the modules' metadata alone (no provider is
 * created, nothing connects): what Nest's DiscoveryService would list once the app booted. Lets a
 * service's OpenAPI document be built without the service running (`npm run api:generate`).
 */
export async function controllersOf(root: ModuleLike): Promise<Array<Type<unknown>>> {
  const found: Array<Type<unknown>> = [];
  const seen = new Set<unknown>();
  const visit = async (entry: ModuleLike | undefined): Promise<void> => {
    if (!entry) return;
    const resolved = await entry;
    const m =
      typeof (resolved as ForwardReference).forwardRef === 'function'
        ? ((resolved as ForwardReference).forwardRef() as ModuleLike)
        : resolved;
    if (seen.has(m)) return;
    seen.add(m);
    const dynamic = typeof m === 'object' && m !== null && 'module' in m ? (m as DynamicModule) : undefined;
    const type = (dynamic ? dynamic.module : m) as Type<unknown>;
    const controllers = [
      ...((Reflect.getMetadata('controllers', type) as Array<Type<unknown>> | undefined) ?? []),
      ...(dynamic?.controllers ?? []),
    ];
    for (const c of controllers) if (!found.includes(c)) found.push(c);
    const imports = [
      ...((Reflect.getMetadata('imports', type) as ModuleLike[] | undefined) ?? []),
      ...((dynamic?.imports as ModuleLike[] | undefined) ?? []),
    ];
    for (const i of imports) await visit(i);
  };
  await visit(root);
  return found;
}
