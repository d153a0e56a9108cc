import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { accessRuleOf } from './access-rule';
import { PRINCIPAL_REQUEST_KEY } from './auth.constants';
import { InvalidTokenException, JwtVerifier } from './jwt-verifier.service';

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  [PRINCIPAL_REQUEST_KEY]?: unknown;
}

/**
 * The global guard. Default deny: a route needs @Public() or @Roles(...) (the boot check makes a
 * route with neither fail at start-up; here it is refused as a second line of defence).
 * A @Public route still reads a valid token when one is sent (so handlers can tell who called);
 * an invalid token on a public route is ignored rather than failing an anonymous read.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly verifier: JwtVerifier) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true; // RabbitMQ/BullMQ handlers are not HTTP callers
    const rule = accessRuleOf(ctx.getHandler(), ctx.getClass());
    const req = ctx.switchToHttp().getRequest<RequestLike>();
    const token = JwtVerifier.bearer(req.headers.authorization);

    if (rule?.kind === 'public') {
      if (token) {
        req[PRINCIPAL_REQUEST_KEY] = await this.verifier.verify(token).catch(() => undefined);
      }
      return true;
    }
    if (!rule) throw new ForbiddenException('This route declares no access rule');
    if (!token) throw new InvalidTokenException('missing bearer token');
    const principal = await this.verifier.verify(token);
    req[PRINCIPAL_REQUEST_KEY] = principal;
    if (!rule.roles.includes(principal.role)) {
      throw new ForbiddenException(`Role '${principal.role}' may not call this route`);
    }
    return true;
  }
}
