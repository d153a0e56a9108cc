import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { PRINCIPAL_REQUEST_KEY, PUBLIC_METADATA, ROLES, ROLES_METADATA, type Role } from './auth.constants';
import type { Principal } from './principal.schema';

/** Only callers with one of these roles (any valid token otherwise → 403). */
export function Roles(...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator {
  for (const r of roles) {
    if (!ROLES.includes(r)) throw new Error(`@Roles: unknown role '${r}' (one of ${ROLES.join(', ')})`);
  }
  return SetMetadata(ROLES_METADATA, roles);
}

/** Any verified caller, whatever the role. */
export function Authenticated(): MethodDecorator & ClassDecorator {
  return SetMetadata(ROLES_METADATA, [...ROLES]);
}

/** No login needed (publicity notices, the registry, objections, health). */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(PUBLIC_METADATA, true);
}

/** Injects the verified principal (undefined on a @Public route called without a token). */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Principal | undefined => {
    const req = ctx.switchToHttp().getRequest<Record<string, unknown>>();
    return req[PRINCIPAL_REQUEST_KEY] as Principal | undefined;
  },
);
