import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import proxy from '@fastify/http-proxy';
import { CORRELATION_HEADER } from '@lz/http';
import type { Principal } from '@lz/auth';
import { problem } from '../infra/problem';
import type { RateLimiter } from '../security/rate-limit';
import type { PlatformTokens } from '../tokens/platform-token.service';
import {
  API_PREFIX,
  API_ROUTES,
  isUploadPath,
  PUBLIC_WRITE_PATTERNS,
  type UpstreamService,
} from './api-routes.constants';

declare module 'fastify' {
  interface FastifyRequest {
    platformToken?: string;
  }
}

export interface ApiProxyDeps {
  upstreams: Record<UpstreamService, string>;
  tokens: PlatformTokens;
  objections: RateLimiter;
  principalOf: (request: FastifyRequest) => Promise<Principal | null>;
  bodyLimit: number;
  uploadLimit: number;
  upstreamTimeoutMs?: number;
}

export const UPSTREAM_HEADER = 'x-lz-upstream';
/** Never forwarded: the browser's cookies and CSRF token stay here; only the gateway sets Authorization. */
const DROPPED_REQUEST_HEADERS = ['cookie', 'authorization', 'x-csrf-token'];

/**
 * `/api/v1/<resource>/...` → the owning service, one registration per row of API_ROUTES. Before each
 * proxied request: the body size (Content-Length required), the rate limit of public writes, and the
 * caller's platform token (minted from the grant read now, so a revocation counts from the next request).
 */
export async function registerApiProxy(app: FastifyInstance, deps: ApiProxyDeps): Promise<void> {
  async function preHandler(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const path = request.url.split('?', 1)[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const length = request.headers['content-length'];
      if (length === undefined && request.headers['transfer-encoding'] !== undefined) {
        throw problem('http.length_required', 'Send the body with a Content-Length');
      }
      const limit = isUploadPath(path) ? deps.uploadLimit : deps.bodyLimit;
      if (Number(length ?? 0) > limit) {
        throw problem('http.payload_too_large', `The body may be at most ${limit} bytes`);
      }
      if (request.method === 'POST' && PUBLIC_WRITE_PATTERNS.some((re) => re.test(path))) {
        const verdict = await deps.objections.hit('objections', request.ip);
        reply.header('ratelimit-limit', String(deps.objections.max));
        reply.header('ratelimit-remaining', String(verdict.remaining));
        if (!verdict.allowed) {
          const retryAfter = Math.ceil(verdict.resetMs / 1000);
          reply.header('retry-after', String(retryAfter));
          throw problem(
            'http.too_many_requests',
            `Too many objections from this address; retry in ${retryAfter} s`,
            [
              {
                rule: 'rate_limit.objections',
                path: '',
                message: `At most ${deps.objections.max} objections per window; retry in ${retryAfter} s`,
                messageZh: `提交过于频繁，请 ${retryAfter} 秒后再试`,
              },
            ],
          );
        }
      }
    }
    const principal = await deps.principalOf(request);
    if (principal) request.platformToken = await deps.tokens.mint(principal);
  }

  for (const route of API_ROUTES) {
    const prefix = `${API_PREFIX}/${route.resource}`;
    await app.register(proxy, {
      upstream: deps.upstreams[route.service],
      prefix,
      rewritePrefix: prefix,
      preHandler,
      http: { requestOptions: { timeout: deps.upstreamTimeoutMs ?? 30_000 } },
      replyOptions: {
        // The owning service is down or slow: 502/504 problem+json naming it, never a 500.
        onError: (reply, { error }) => {
          const timeout = /timeout/i.test(error.name) || /timeout/i.test(error.message);
          reply.send(
            problem(
              timeout ? 'http.timeout' : 'http.bad_gateway',
              `The ${route.service} service did not answer${timeout ? ' in time' : ''}; try again shortly`,
            ),
          );
        },
        // Which service answered (operators' debugging, and the routing test's evidence).
        rewriteHeaders: (headers) => ({ ...headers, [UPSTREAM_HEADER]: route.service }),
        rewriteRequestHeaders: (request, headers) => {
          const out: Record<string, string | string[] | undefined> = { ...headers };
          for (const h of DROPPED_REQUEST_HEADERS) delete out[h];
          const req = request as FastifyRequest;
          if (req.platformToken) out.authorization = `Bearer ${req.platformToken}`;
          const correlationId = req.headers[CORRELATION_HEADER];
          if (typeof correlationId === 'string') out[CORRELATION_HEADER] = correlationId;
          // A request whose socket is already gone has no address: leave the header out rather than
          // send "undefined" (the proxy refused the whole request for it).
          if (req.ip) out['x-forwarded-for'] = req.ip;
          out['x-forwarded-proto'] = req.protocol;
          return out;
        },
      },
    });
  }
}
