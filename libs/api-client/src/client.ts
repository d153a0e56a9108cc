import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths as EvaluationPaths } from './generated/evaluation';
import type { paths as GatewayPaths } from './generated/gateway';
import type { components, paths as IntakePaths } from './generated/intake';
import type { paths as NotificationsPaths } from './generated/notifications';
import type { paths as PublicityPaths } from './generated/publicity';
import type { paths as ReviewPaths } from './generated/review';
import type { paths as SubsidyPaths } from './generated/subsidy';

export type {
  EvaluationPaths,
  GatewayPaths,
  IntakePaths,
  NotificationsPaths,
  PublicityPaths,
  ReviewPaths,
  SubsidyPaths,
};

/** Each service's paths, by service name (a client of one service is typed with its own). */
export interface ServicePaths {
  intake: IntakePaths;
  review: ReviewPaths;
  publicity: PublicityPaths;
  subsidy: SubsidyPaths;
  evaluation: EvaluationPaths;
  notifications: NotificationsPaths;
}
export type ServiceName = keyof ServicePaths;
/** The typed client of one service. */
/**
 * The client asks for JSON (`accept: application/json`), so its `data` is typed by the JSON answers
 * only: a list that also downloads as xlsx/csv/pdf (`format=`) documents those media types too, and
 * they would otherwise widen every list's `data` to `string | page`. Downloads go through links.
 */
export type JsonMedia = 'application/json' | 'application/problem+json';
export type JsonClient<P extends object> = Client<P, JsonMedia>;
export type ServiceClient<S extends ServiceName> = JsonClient<ServicePaths[S]>;

type ApiOnly<P> = {
  [K in keyof P as K extends `/api/v1/${string}` | `/auth/${string}` ? K : never]: P[K];
};

/**
 * Every `/api/v1` path of the one origin: the six services' (the gateway routes each to its owner,
 * docs/API.md) and the gateway's own session, sign-out and access routes — e.g. the portal's
 * `createApiClient({ baseUrl: '' })`. The resources do not overlap.
 */
export type ApiPaths = ApiOnly<GatewayPaths> &
  ApiOnly<IntakePaths> &
  ApiOnly<ReviewPaths> &
  ApiOnly<PublicityPaths> &
  ApiOnly<SubsidyPaths> &
  ApiOnly<EvaluationPaths> &
  ApiOnly<NotificationsPaths>;

/** The problem+json body of every error (docs/ARCHITECTURE.md "HTTP conventions"). */
export type Problem = components['schemas']['Problem'];

export interface ApiClientOptions extends Omit<ClientOptions, 'headers'> {
  /** The origin (and any path prefix) the paths are under: a service's `http://host:port`, or `''` for this origin. */
  baseUrl: string;
  /** A bearer token for scripts and services (the browser holds none: the gateway's session cookie). */
  token?: string;
  headers?: Record<string, string>;
}

/**
 * A typed client (openapi-fetch over the generated types): `client.GET('/api/v1/calls/{id}', { params:
 * { path: { id } } })` answers `{ data, error, response }` typed by the OpenAPI document — `data` the
 * 2xx body, `error` the problem+json. {@link ok} turns a non-2xx answer into an {@link ApiError}.
 */
export function createApiClient<P extends object = ApiPaths>(options: ApiClientOptions): JsonClient<P> {
  const { token, headers, ...rest } = options;
  const client = createClient<P, JsonMedia>({
    ...rest,
    headers: {
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
  });
  client.use({
    onResponse: ({ request, response }) => {
      requests.set(response, { method: request.method, url: request.url });
    },
  });
  return client;
}

/** The request each response answers, for the message of an {@link ApiError}. */
const requests = new WeakMap<Response, { method: string; url: string }>();

/** A client of one service, typed with that service's paths. */
export function createServiceClient<S extends ServiceName>(
  _service: S,
  options: ApiClientOptions,
): ServiceClient<S> {
  return createApiClient<ServicePaths[S]>(options);
}

/** A fresh value for the `Idempotency-Key` header (reuse it when retrying the same request). */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** A non-2xx answer, carrying the problem+json body the services send. */
export class ApiError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`${method} ${url} → ${status} ${typeof problem === 'string' ? problem : JSON.stringify(problem)}`);
    this.name = 'ApiError';
  }
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The 2xx body of a call, or an {@link ApiError} naming the request and carrying the problem body:
 * `const call = await ok(intake.POST('/api/v1/calls', { body }))`.
 */
export async function ok<T>(call: Promise<Answer<T>>): Promise<NonNullable<T>> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) {
    const request = requests.get(response);
    throw new ApiError(request?.method ?? 'HTTP', request?.url ?? response.url, response.status, error);
  }
  return data as NonNullable<T>;
}
