/**
 * The one HTTP client of the portal: same-origin `/api/v1` through the gateway, cookies only (the
 * browser never holds a bearer token), the CSRF token on every write, problem+json errors as
 * `ApiError`. Every call of the portal lives in this folder so that the generated client of
 * libs/api-client can replace it file by file.
 */
export const API_BASE = '/api/v1';
export const CSRF_COOKIE = 'lz_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const PROBLEM_PREFIX = 'urn:lz:problem:';

export interface ProblemError {
  rule: string;
  path: string;
  message: string;
  messageZh: string;
}

export interface Problem {
  type: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: ProblemError[];
  correlationId?: string;
}

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

/** The double-submit token: the `lz_csrf` cookie, or the one `GET /session` hands out (and sets). */
async function csrfToken(): Promise<string> {
  const cookie = readCookie(CSRF_COOKIE);
  if (cookie) return cookie;
  const res = await fetch(`${API_BASE}/session`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  const body = (await res.json()) as { csrfToken: string };
  return body.csrfToken;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function parse(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: { query?: Query; body?: unknown; signal?: AbortSignal; base?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers[CSRF_HEADER] = await csrfToken();
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(withQuery(`${options.base ?? API_BASE}${path}`, options.query), {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  const body = await parse(res);
  if (res.ok) return body as T;
  const problem = body && typeof body === 'object' && 'type' in body ? (body as Problem) : null;
  const err = new ApiError(res.status, problem);
  if (isSessionExpired(err)) onSessionExpired?.();
  throw err;
}

export const get = <T>(path: string, query?: Query, signal?: AbortSignal) =>
  request<T>('GET', path, { query, signal });
export const post = <T>(path: string, body: unknown) => request<T>('POST', path, { body });
