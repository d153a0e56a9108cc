import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '@lz/auth';
import { problem } from '../infra/problem';
import type { SessionRecord, SessionStore } from './session.store';

export const SESSION_COOKIE = 'lz_session';
export const CSRF_COOKIE = 'lz_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** What the gateway knows about the caller of this request. */
export interface GatewayRequestState {
  sessionId?: string;
  session?: SessionRecord;
  /** A session cookie came but its session is gone (expired or signed out elsewhere). */
  expired: boolean;
  /** Resolved once per request from the session and the active grant. */
  principal?: Principal | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    gw: GatewayRequestState;
  }
}

export interface CookieSettings {
  secure: boolean;
  sessionTtlSeconds: number;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function setSessionCookies(
  reply: FastifyReply,
  settings: CookieSettings,
  sessionId: string,
  csrf: string,
): void {
  const common = { path: '/', secure: settings.secure, maxAge: settings.sessionTtlSeconds };
  reply.setCookie(SESSION_COOKIE, sessionId, { ...common, httpOnly: true, sameSite: 'lax' });
  // Readable by the portal's script (double submit): it echoes it in x-csrf-token.
  reply.setCookie(CSRF_COOKIE, csrf, { ...common, httpOnly: false, sameSite: 'strict' });
}

export function clearSessionCookies(reply: FastifyReply, settings: CookieSettings): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', secure: settings.secure, httpOnly: true, sameSite: 'lax' });
}

/**
 * On every `/api/*` and `/auth/*` request: load the session named by the cookie (Redis); refuse an
 * expired one with 401 `auth.session_expired` (the portal then sends the person to sign in with
 * returnTo); then, for writes, the CSRF check — the request's Origin (when sent) must be ours and
 * `x-csrf-token` must equal the session's token (or, without a session, the `lz_csrf` cookie).
 */
export function installSessionHooks(
  app: FastifyInstance,
  store: SessionStore,
  settings: CookieSettings,
  publicOrigin: string,
): void {
  app.decorateRequest('gw', null as unknown as GatewayRequestState);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.gw = { expired: false };
    const path = request.url.split('?', 1)[0];
    if (!path.startsWith('/api/') && !path.startsWith('/auth/')) return;
    const sessionId = request.cookies[SESSION_COOKIE];
    if (sessionId) {
      const session = await store.get(sessionId);
      if (session) request.gw = { sessionId, session, expired: false };
      else request.gw = { expired: true };
    }
    if (request.gw.expired) {
      clearSessionCookies(reply, settings);
      // Asking who am I, signing in or out, or reading the docs needs no live session.
      const exempt = path === '/api/v1/session' || path.startsWith('/auth/') || path.startsWith('/api/docs');
      if (!exempt) throw problem('auth.session_expired', 'The session has expired; sign in again');
    }
    if (!UNSAFE.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== publicOrigin) {
      throw problem('auth.csrf', `Cross-origin write refused (Origin ${origin})`, [
        {
          rule: 'csrf.origin',
          path: 'header.origin',
          message: 'Writes are accepted from the portal origin only',
          messageZh: '仅接受来自本门户的写操作',
        },
      ]);
    }
    const header = request.headers[CSRF_HEADER];
    const sent = Array.isArray(header) ? header[0] : header;
    const expected = request.gw.session ? request.gw.session.csrf : request.cookies[CSRF_COOKIE];
    if (!sameToken(sent, expected)) {
      throw problem('auth.csrf', 'Send the CSRF token of GET /api/v1/session in the x-csrf-token header', [
        {
          rule: 'csrf.token',
          path: `header.${CSRF_HEADER}`,
          message: 'Missing or wrong CSRF token',
          messageZh: '缺少或错误的防跨站请求令牌，请刷新页面后重试',
        },
      ]);
    }
  });
}
