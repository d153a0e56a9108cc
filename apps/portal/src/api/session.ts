import { api, call } from './http';

/** `GET /api/v1/session` of the gateway (apps/gateway/src/session/session.routes.ts). */
export type SessionView = Awaited<ReturnType<typeof getSession>>;
export type Role = NonNullable<SessionView['role']>;

export const getSession = () => call(api.GET('/api/v1/session'));

export const SESSION_QUERY_KEY = ['session'] as const;

/** Who is signed in: asked by every page (its header), so the entry asks it first (app/routes.ts). */
export const sessionQuery = { queryKey: SESSION_QUERY_KEY, queryFn: getSession, staleTime: 60_000 };

/** Ends the session at the gateway; the issuer's end-session page, when it has one. */
export const signOut = () => call(api.POST('/auth/logout'));

/** The gateway's OIDC sign-in, coming back to `returnTo` (a path of this site). */
export function loginUrl(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}
