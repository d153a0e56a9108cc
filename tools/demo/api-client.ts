import { randomUUID } from 'node:crypto';

/** One HTTP answer: status, parsed JSON body (or text), headers. */
export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Sends `Idempotency-Key` (a fresh UUID when `true`). */
  idempotencyKey?: string | boolean;
  /** Abort after this many ms (default 30 s). */
  timeoutMs?: number;
}

/** An HTTP error with the problem+json body the services answer with. */
export class ApiError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${url} → ${status} ${typeof body === 'string' ? body : JSON.stringify(body)}`);
  }
}

/**
 * A small fetch client for one service's `/api/v1` (docs/API.md), shared by `npm run demo` and the
 * end-to-end tests. `request` returns whatever came back; `get/post/put` insist on a 2xx (or the
 * statuses given) and throw an `ApiError` carrying the problem body otherwise.
 */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  /** The same service as another caller. */
  as(token: string | undefined): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (options.idempotencyKey)
      headers['idempotency-key'] = options.idempotencyKey === true ? randomUUID() : options.idempotencyKey;
    let payload: string | FormData | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: payload,
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  async expect<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    options: RequestOptions & { status?: number | number[] } = {},
  ): Promise<T> {
    const res = await this.request<T>(method, path, body, options);
    const wanted = options.status === undefined ? null : ([] as number[]).concat(options.status);
    const ok = wanted ? wanted.includes(res.status) : res.status >= 200 && res.status < 300;
    if (!ok) throw new ApiError(method, `${this.baseUrl}${path}`, res.status, res.body);
    return res.body;
  }

  get<T = unknown>(path: string, options?: RequestOptions & { status?: number | number[] }): Promise<T> {
    return this.expect<T>('GET', path, undefined, options);
  }

  post<T = unknown>(
    path: string,
    body?: unknown,
    options?: RequestOptions & { status?: number | number[] },
  ): Promise<T> {
    return this.expect<T>('POST', path, body ?? {}, options);
  }

  put<T = unknown>(
    path: string,
    body?: unknown,
    options?: RequestOptions & { status?: number | number[] },
  ): Promise<T> {
    return this.expect<T>('PUT', path, body ?? {}, options);
  }

  /** multipart/form-data upload: one file plus text fields (docs/API.md attachments). */
  upload<T = unknown>(
    path: string,
    file: { bytes: Uint8Array; filename: string; mediaType: string },
    fields: Record<string, string> = {},
    options?: RequestOptions & { status?: number | number[] },
  ): Promise<T> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([file.bytes], { type: file.mediaType }), file.filename);
    return this.expect<T>('POST', path, form, options);
  }
}

/** Polls `fn` until it returns a value other than `undefined` (or throws after `timeoutMs`). */
export async function eventually<T>(
  what: string,
  fn: () => Promise<T | undefined>,
  { timeoutMs = 20_000, everyMs = 150 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > until)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}` +
          (lastError ? ` (last error: ${(lastError as Error).message})` : ''),
      );
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
