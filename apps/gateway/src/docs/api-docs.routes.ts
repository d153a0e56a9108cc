import type { FastifyInstance } from 'fastify';
import { docsAsset, docsPage, type OpenApiDocument } from '@lz/http';
import { problem } from '../infra/problem';
import { UPSTREAM_SERVICES, type UpstreamService } from '../routing/api-routes.constants';
import { mergeApiDocuments, type ServiceDocument } from './api-docs.merge';

export interface ApiDocsDeps {
  upstreams: Record<UpstreamService, string>;
  /** How long a merged document is served before the services are asked again (default 30 s). */
  cacheMs?: number;
  /** How long one service may take to answer `/docs-json` (default 3 s). */
  upstreamTimeoutMs?: number;
}

/**
 * The one origin's API documentation: `/api/docs` is the same Swagger UI the services serve (files
 * under `/api/docs/<file>`, no inline script, so it runs under the gateway's CSP), reading
 * `/api/docs-json` — the six services' documents fetched from their `/docs-json`, merged under
 * `/api/v1` (api-docs.merge.ts) and kept briefly. A document missing a service (it did not answer)
 * is kept for a few seconds only, so the next reader gets the whole one once the service is back.
 */
export function registerApiDocs(app: FastifyInstance, deps: ApiDocsDeps): void {
  const cacheMs = deps.cacheMs ?? 30_000;
  const timeoutMs = deps.upstreamTimeoutMs ?? 3_000;
  let cached: { doc: OpenApiDocument; until: number } | undefined;
  let building: Promise<OpenApiDocument> | undefined;

  async function fetchDocument(service: UpstreamService): Promise<ServiceDocument | undefined> {
    try {
      const res = await fetch(new URL('/docs-json', deps.upstreams[service]), {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) return undefined;
      const doc = (await res.json()) as OpenApiDocument;
      return doc && typeof doc.paths === 'object' ? { service, doc } : undefined;
    } catch {
      return undefined;
    }
  }

  async function build(): Promise<OpenApiDocument> {
    const answers = await Promise.all(UPSTREAM_SERVICES.map(fetchDocument));
    const docs = answers.filter((a): a is ServiceDocument => a !== undefined);
    const unavailable = UPSTREAM_SERVICES.filter((_, i) => answers[i] === undefined);
    const doc = mergeApiDocuments(docs, unavailable);
    cached = { doc, until: Date.now() + (unavailable.length ? Math.min(cacheMs, 5_000) : cacheMs) };
    return doc;
  }

  async function merged(): Promise<OpenApiDocument> {
    if (cached && cached.until > Date.now()) return cached.doc;
    // One build at a time: readers arriving meanwhile share it.
    building ??= build().finally(() => (building = undefined));
    return building;
  }

  app.get('/api/docs-json', async (_request, reply) => {
    void reply.header('cache-control', 'no-cache');
    return merged();
  });

  app.get('/api/docs', async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(
        docsPage({
          title: '泸州市创新联合体管理平台',
          assetsBase: '/api/docs',
          specUrl: '/api/docs-json',
        }),
      ),
  );

  app.get<{ Params: { asset: string } }>('/api/docs/:asset', async (request, reply) => {
    const file = docsAsset(request.params.asset, request.headers['accept-encoding']);
    if (!file) throw problem('http.not_found', `No documentation file ${request.params.asset}`);
    return reply.headers(file.headers).send(file.body);
  });
}
