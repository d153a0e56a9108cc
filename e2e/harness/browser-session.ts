import { DEV_DIRECTORY_PASSWORD } from '@lz/dev-directory';

interface StoredCookie {
  name: string;
  value: string;
  path: string;
  httpOnly: boolean;
}

/**
 * What a browser keeps for one host: cookies by name and path (ports share cookies, as in a
 * browser — the development issuer and the gateway both live on 127.0.0.1).
 */
export class CookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  store(setCookies: string[], requestPath: string): void {
    for (const line of setCookies) {
      const [pair, ...attrs] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = requestPath.replace(/\/[^/]*$/, '') || '/';
      let expired = false;
      let httpOnly = false;
      for (const a of attrs) {
        const [k, v = ''] = a.split('=');
        const key = k.toLowerCase();
        if (key === 'path') path = v || '/';
        if (key === 'max-age' && Number(v) <= 0) expired = true;
        if (key === 'expires' && Date.parse(v) <= Date.now()) expired = true;
        if (key === 'httponly') httpOnly = true;
      }
      const id = `${name}\u0000${path}`;
      if (expired || value === '') this.cookies.delete(id);
      else this.cookies.set(id, { name, value, path, httpOnly });
    }
  }

  header(path: string): string {
    return [...this.cookies.values()]
      .filter((c) => path === c.path || path.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  get(name: string): string | undefined {
    return [...this.cookies.values()].find((c) => c.name === name)?.value;
  }

  /** Whether page script could read it (not HttpOnly). */
  readableByScript(name: string): boolean {
    const c = [...this.cookies.values()].find((x) => x.name === name);
    return c !== undefined && !c.httpOnly;
  }

  delete(name: string): void {
    for (const [id, c] of this.cookies) if (c.name === name) this.cookies.delete(id);
  }
}

export interface GatewayResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * A browser-like client of the gateway: a cookie jar, manual redirects, and the CSRF header on
 * writes, the way the portal sends it. `signIn` goes through the real OIDC flow (gateway → issuer's
 * login form → code + PKCE → gateway callback) with a seeded username of libs/dev-directory.
 */
export class BrowserSession {
  readonly jar = new CookieJar();
  csrfToken: string | undefined;

  constructor(readonly gatewayUrl: string) {}

  /** One request with this browser's cookies; stores what it sets; never follows redirects. */
  async raw(url: string, init: RequestInit = {}): Promise<Response> {
    const u = new URL(url, this.gatewayUrl);
    const headers = new Headers(init.headers);
    const cookie = this.jar.header(u.pathname);
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(u, { ...init, headers, redirect: 'manual' });
    this.jar.store(res.headers.getSetCookie(), u.pathname);
    return res;
  }

  /** Follows redirects (GET) from `url` until a non-redirect answer or a gateway page; returns the last. */
  async navigate(url: string, stopAtGateway = true): Promise<{ res: Response; url: string }> {
    let current = new URL(url, this.gatewayUrl).toString();
    for (let hop = 0; hop < 15; hop++) {
      const res = await this.raw(current);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { res, url: current };
      const next = new URL(location, current);
      const gw = new URL(this.gatewayUrl);
      if (stopAtGateway && next.origin === gw.origin && !next.pathname.startsWith('/auth/')) {
        return { res, url: next.toString() };
      }
      current = next.toString();
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /**
   * Signs in as `username` through the issuer's login form. Returns where the gateway sent the
   * browser afterwards (the returnTo path).
   */
  async signIn(username: string, options: { password?: string; returnTo?: string } = {}): Promise<string> {
    const returnTo = options.returnTo ?? '/';
    const start = await this.navigate(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    const html = await start.res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (start.res.status !== 200 || !action) {
      throw new Error(`no login form at ${start.url} (${start.res.status}): ${html.slice(0, 300)}`);
    }
    const posted = await this.raw(new URL(action, start.url).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        username,
        password: options.password ?? DEV_DIRECTORY_PASSWORD,
      }).toString(),
    });
    const location = posted.headers.get('location');
    if (!location) throw new Error(`sign-in of ${username} refused (${posted.status})`);
    const done = await this.navigate(new URL(location, start.url).toString());
    if (done.res.status !== 303 && done.res.status !== 302) {
      throw new Error(`the gateway callback answered ${done.res.status}: ${await done.res.text()}`);
    }
    await this.session();
    return new URL(done.url).pathname + new URL(done.url).search;
  }

  /** `GET /api/v1/session`, keeping its CSRF token for later writes. */
  async session(): Promise<GatewayResponse<SessionView>> {
    const r = await this.request<SessionView>('GET', '/api/v1/session');
    if (r.status === 200) this.csrfToken = r.body.csrfToken;
    return r;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<GatewayResponse<T>> {
    const h: Record<string, string> = { accept: 'application/json', ...headers };
    if (method !== 'GET' && method !== 'HEAD' && this.csrfToken && !('x-csrf-token' in headers)) {
      h['x-csrf-token'] = this.csrfToken;
    }
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await this.raw(path, {
      method,
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }

  async signOut(): Promise<GatewayResponse<{ signedOut: boolean; endSessionUrl: string | null }>> {
    return this.request('POST', '/auth/logout', {});
  }
}

export interface SessionView {
  authenticated: boolean;
  csrfToken: string;
  user: { sub: string; name: string | null; orgName: string | null } | null;
  role: 'applicant' | 'reviewer' | 'officer' | 'expert' | 'evaluator' | null;
  jurisdiction?: string;
  uscc?: string;
  org?: string;
  expertId?: string;
  expired?: boolean;
}
