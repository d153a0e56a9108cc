/**
 * The one HTTP client of the portal: the generated, typed client of libs/api-client (openapi-fetch over
 * the services' and the gateway's OpenAPI documents) on this origin — the gateway routes each
 * `/api/v1` path to its owner. Cookies only (the browser never holds a bearer token), the CSRF token on
 * every write, problem+json errors as {@link ApiError}. Every call of the portal lives in this folder.
 */
import { createApiClient, type ApiPaths, type Problem } from '@lz/api-client';

export { newIdempotencyKey } from '@lz/api-client';
export type { Problem };
export type ProblemError = Problem['errors'][number];

export const CSRF_COOKIE = 'lz_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const PROBLEM_PREFIX = 'urn:lz:problem:';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** The catalogue code of the problem (`auth.session_expired`), or null. */
  get code(): string | null {
    const type = this.problem?.type;
    return type?.startsWith(PROBLEM_PREFIX) ? type.slice(PROBLEM_PREFIX.length) : null;
  }
}

/** 404, or a 400 about the path's id alone (a malformed id names no object either). */
export function isNotFound(err: unknown): boolean {
  if (!(err instanceof ApiError)) return false;
  if (err.status === 404) return true;
  const errors = err.problem?.errors ?? [];
  return err.status === 400 && errors.length > 0 && errors.every((e) => e.path.startsWith('params.'));
}

export function isSessionExpired(err: unknown): boolean {
  return err instanceof ApiError && err.status === 401 && err.code === 'auth.session_expired';
}

let onSessionExpired: (() => void) | null = null;

/** The app decides what an expired session does (send the person to sign in, keeping the page). */
export function setSessionExpiredHandler(handler: (() => void) | null): void {
  onSessionExpired = handler;
}

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const c = part.trim();
    if (c.startsWith(prefix)) return decodeURIComponent(c.slice(prefix.length));
  }
  return undefined;
}

/** This origin's API, typed path by path. */
export const api = createApiClient<ApiPaths>({ baseUrl: '' });

/** The double-submit token: the `lz_csrf` cookie, or the one `GET /session` hands out (and sets). */
export async function csrfToken(): Promise<string> {
  const cookie = readCookie(CSRF_COOKIE);
  if (cookie) return cookie;
  return (await call(api.GET('/api/v1/session'))).csrfToken;
}

api.use({
  async onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      request.headers.set(CSRF_HEADER, await csrfToken());
    }
    return request;
  },
});

export function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'type' in body && 'status' in body;
}

/**
 * The 2xx body of a call of {@link api}, or an {@link ApiError} with the problem+json body; an expired
 * session also tells the app (which sends the person to sign in): `call(api.GET('/api/v1/calls'))`.
 */
export async function call<T>(
  answer: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await answer;
  if (response.ok && error === undefined) return data as T;
  throw apiError(response.status, error);
}

/** The {@link ApiError} of a failed answer (an expired session also tells the app). */
export function apiError(status: number, body: unknown): ApiError {
  const err = new ApiError(status, isProblem(body) ? body : null);
  if (isSessionExpired(err)) onSessionExpired?.();
  return err;
}

type GetPath = { [P in keyof ApiPaths]: ApiPaths[P] extends { get: object } ? P : never }[keyof ApiPaths];

/** The query parameters of a GET path as the OpenAPI document types them. */
export type QueryOf<P extends GetPath> = ApiPaths[P] extends {
  get: { parameters: { query?: infer Q } };
}
  ? NonNullable<Q>
  : never;
