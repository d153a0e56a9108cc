import { request } from './http';

export type Role = 'applicant' | 'reviewer' | 'officer' | 'expert' | 'evaluator';

/** `GET /api/v1/session` of the gateway (apps/gateway/src/session/session.routes.ts). */
export interface SessionView {
  authenticated: boolean;
  csrfToken: string;
  user: { sub: string; name: string | null; orgName: string | null } | null;
  role: Role | null;
  jurisdiction?: string;
  uscc?: string;
  org?: string;
  expertId?: string;
  expired?: boolean;
}

export const getSession = () => request<SessionView>('GET', '/session');

/** Ends the session at the gateway; the issuer's end-session page, when it has one. */
export const signOut = () =>
  request<{ signedOut: boolean; endSessionUrl: string | null }>('POST', '/logout', {
    base: '/auth',
    body: {},
  });

/** The gateway's OIDC sign-in, coming back to `returnTo` (a path of this site). */
export function loginUrl(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}
