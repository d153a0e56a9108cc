import { api, call } from './http';

/** `GET /api/v1/session` of the gateway (apps/gateway/src/session/session.routes.ts). */
export type SessionView = Awaited<ReturnType<typeof getSession>>;
export type Role = NonNullable<SessionView['role']>;

export const getSession = () => call(api.GET('/api/v1/session'));

/** Ends the session at the gateway; the issuer's end-session page, when it has one. */
export const signOut = () => call(api.POST('/auth/logout'));

/** The gateway's OIDC sign-in, coming back to `returnTo` (a path of this site). */
export function loginUrl(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}
