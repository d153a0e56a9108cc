import { PUBLIC_METADATA, ROLES_METADATA, type Role } from './auth.constants';

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: Role[] };

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Target = Function;

function own(target: Target): AccessRule | undefined {
  if (Reflect.getMetadata(PUBLIC_METADATA, target) === true) return { kind: 'public' };
  const roles = Reflect.getMetadata(ROLES_METADATA, target) as Role[] | undefined;
  return roles ? { kind: 'roles', roles } : undefined;
}

/**
 * The rule of a route: the method's own decorator wins over its controller's (so `@Roles` on one
 * method of a `@Public()` controller restricts that method), and no rule at all means deny.
 */
export function accessRuleOf(handler: Target, controller: Target): AccessRule | undefined {
  return own(handler) ?? own(controller);
}
