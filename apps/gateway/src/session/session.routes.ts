import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Principal } from '@lz/auth';
import type { GatewayConfig } from '../gateway.config';
import { problem } from '../infra/problem';
import { parseOr400 } from '../infra/validation';
import type { SessionIdentity } from '../access/platform-principal';
import { CSRF_COOKIE, clearSessionCookies, setSessionCookies, type CookieSettings } from './session.hooks';
import type { OidcClient } from './oidc.client';
import { randomToken, type SessionStore, LOGIN_ATTEMPT_TTL_SECONDS } from './session.store';

const LOGIN_COOKIE = 'lz_login';

/** A same-origin path only (`/notices/1?x`), never `//evil`, `/\evil` or an absolute URL. */
const returnToSchema = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])[^\s]*$/, { error: 'returnTo must be a path on this site' })
  .default('/');

const loginQuerySchema = z.object({ returnTo: returnToSchema });
const callbackQuerySchema = z.object({
  state: z.string().min(1).max(200),
  code: z.string().min(1).max(4000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
  iss: z.string().optional(),
});

function identityOf(claims: Record<string, unknown>, usccClaim: string): SessionIdentity {
  const str = (k: string) => (typeof claims[k] === 'string' ? (claims[k] as string) : undefined);
  const sub = str('sub');
  if (!sub) throw problem('auth.unauthenticated', 'The issuer returned no subject');
  return { sub, name: str('name'), orgName: str('org_name'), uscc: str(usccClaim) };
}

export interface SessionRouteDeps {
  config: GatewayConfig;
  store: SessionStore;
  oidc: OidcClient;
  cookies: CookieSettings;
  /** The caller's platform role (reads the active grant). */
  principalOf: (request: FastifyRequest) => Promise<Principal | null>;
}

/** Sign-in (OIDC code + PKCE), sign-out, and "who am I". */
export function registerSessionRoutes(app: FastifyInstance, deps: SessionRouteDeps): void {
  const { config, store, oidc, cookies } = deps;

  app.get('/auth/login', async (request, reply) => {
    const { returnTo } = parseOr400(loginQuerySchema, request.query, 'query');
    let start;
    try {
      start = await oidc.start();
    } catch (err) {
      request.log.warn({ err: (err as Error).message }, 'identity provider unreachable');
      throw problem('unavailable', 'The identity provider cannot be reached; try again shortly');
    }
    await store.saveLogin(start.state, { codeVerifier: start.codeVerifier, nonce: start.nonce, returnTo });
    reply.setCookie(LOGIN_COOKIE, start.state, {
      path: '/auth',
      httpOnly: true,
      sameSite: 'lax',
      secure: cookies.secure,
      maxAge: LOGIN_ATTEMPT_TTL_SECONDS,
    });
    return reply.redirect(start.url, 302);
  });

  app.get('/auth/callback', async (request, reply) => {
    const query = parseOr400(callbackQuerySchema, request.query, 'query');
    // The state must be the one this browser started with (login CSRF), and is used once.
    if (request.cookies[LOGIN_COOKIE] !== query.state) {
      throw problem('input.invalid', 'This sign-in was not started in this browser; start again', [
        {
          rule: 'oidc.state',
          path: 'query.state',
          message: 'state does not match',
          messageZh: '登录状态不匹配，请重新登录',
        },
      ]);
    }
    const attempt = await store.takeLogin(query.state);
    reply.clearCookie(LOGIN_COOKIE, { path: '/auth' });
    if (!attempt) throw problem('input.invalid', 'The sign-in expired or was already used; start again');
    if (query.error || !query.code) {
      throw problem(
        'auth.unauthenticated',
        `The identity provider refused the sign-in (${query.error ?? 'no code'})`,
      );
    }
    const callbackUrl = new URL(request.url, config.PUBLIC_URL);
    let result;
    try {
      result = await oidc.finish(callbackUrl, {
        state: query.state,
        codeVerifier: attempt.codeVerifier,
        nonce: attempt.nonce,
      });
    } catch (err) {
      request.log.warn({ err: (err as Error).message }, 'code exchange failed');
      throw problem('auth.unauthenticated', 'The sign-in could not be completed; start again');
    }
    const csrf = randomToken();
    // A new session id at every sign-in (no fixation); any earlier one of this browser ends.
    if (request.gw.sessionId) await store.destroy(request.gw.sessionId);
    const sessionId = await store.create({
      identity: identityOf(result.claims, config.OIDC_USCC_CLAIM),
      csrf,
      tokens: {
        idToken: result.idToken,
        accessToken: result.accessToken,
        refreshToken: result.refreshToken,
        expiresAt: result.expiresAt,
      },
      createdAt: new Date().toISOString(),
    });
    setSessionCookies(reply, cookies, sessionId, csrf);
    return reply.redirect(attempt.returnTo, 303);
  });

  app.post('/auth/logout', async (request, reply) => {
    const session = request.gw.session;
    if (request.gw.sessionId) await store.destroy(request.gw.sessionId);
    clearSessionCookies(reply, cookies);
    const endSessionUrl = session ? await oidc.endSessionUrl(session.tokens.idToken) : null;
    return { signedOut: true, endSessionUrl };
  });

  app.get('/api/v1/session', async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    const session = request.gw.session;
    if (!session) {
      const csrfToken = request.cookies[CSRF_COOKIE] ?? randomToken();
      reply.setCookie(CSRF_COOKIE, csrfToken, {
        path: '/',
        httpOnly: false,
        sameSite: 'strict',
        secure: cookies.secure,
      });
      return { authenticated: false, csrfToken, user: null, role: null, expired: request.gw.expired };
    }
    const principal = await deps.principalOf(request);
    return {
      authenticated: true,
      csrfToken: session.csrf,
      user: {
        sub: session.identity.sub,
        name: session.identity.name ?? null,
        orgName: session.identity.orgName ?? null,
      },
      role: principal?.role ?? null,
      ...(principal && 'jurisdiction' in principal ? { jurisdiction: principal.jurisdiction } : {}),
      ...(principal && 'uscc' in principal ? { uscc: principal.uscc } : {}),
      ...(principal && 'org' in principal ? { org: principal.org } : {}),
      ...(principal?.role === 'expert' ? { expertId: principal.sub } : {}),
      idleTimeoutSeconds: cookies.sessionTtlSeconds,
    };
  });
}
