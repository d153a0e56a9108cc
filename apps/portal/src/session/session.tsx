import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { setSessionExpiredHandler } from '../api/http';
import { loginUrl, sessionQuery, signOut, type Role, type SessionView } from '../api/session';
import { useI18n } from '../i18n/i18n';

export { SESSION_QUERY_KEY } from '../api/session';

/** Who is signed in (the gateway's session), shared by every component through the query cache. */
export function useSession() {
  return useQuery(sessionQuery);
}

/** The page being looked at, as a returnTo path (pathname + search). */
export function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** Sends the browser to the gateway's sign-in, coming back to `returnTo`. */
export function goSignIn(returnTo: string = currentPath()): void {
  window.location.assign(loginUrl(returnTo));
}

/** An expired session (401 auth.session_expired) goes back through sign-in to the same page. */
export function SessionExpiryWatcher() {
  useEffect(() => {
    setSessionExpiredHandler(() => goSignIn());
    return () => setSessionExpiredHandler(null);
  }, []);
  return null;
}

/**
 * The 登录 button: the gateway's OIDC sign-in with the page asked for as returnTo; from the home
 * page it lands on the person's workspace (their role's home).
 */
export function SignInButton() {
  const { t } = useI18n();
  const location = useLocation();
  const returnTo = location.pathname === '/' ? '/workspace' : `${location.pathname}${location.search}`;
  return (
    <Button type="primary" href={loginUrl(returnTo)}>
      {t('session.signIn')}
    </Button>
  );
}

export function SignOutButton() {
  const { t } = useI18n();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: signOut,
    // RP-initiated logout: the issuer may end its own session too, then sends the browser home.
    onSuccess: (out) => {
      client.clear();
      window.location.assign(out.endSessionUrl ?? '/');
    },
  });
  return (
    <Button onClick={() => mutation.mutate()} loading={mutation.isPending}>
      {mutation.isPending ? t('session.signingOut') : t('session.signOut')}
    </Button>
  );
}

/**
 * A page for signed-in people (optionally of some roles): signed out, it goes to sign-in with this
 * page as returnTo; of another role, to the person's own workspace.
 */
export function RequireSession({
  roles,
  children,
}: {
  roles?: Role[];
  children: (s: SessionView) => ReactNode;
}) {
  const session = useSession();
  const location = useLocation();
  const signedOut = session.data !== undefined && !session.data.authenticated;
  useEffect(() => {
    if (signedOut) goSignIn(`${location.pathname}${location.search}`);
  }, [signedOut, location.pathname, location.search]);
  if (!session.data || !session.data.authenticated) return null;
  if (roles && (!session.data.role || !roles.includes(session.data.role)))
    return <Navigate to="/workspace" replace />;
  return <>{children(session.data)}</>;
}
