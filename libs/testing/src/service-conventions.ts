import { openApiConventionProblems } from './openapi-conventions';
import type { TestService } from './service';

/**
 * Asserts the conventions every service answers the same way (docs/ARCHITECTURE.md "HTTP conventions"),
 * over real HTTP against a running test service: live, ready with Postgres/RabbitMQ/Redis and the
 * dead letters checked, the OpenAPI document (every operation with its summary in Chinese and English,
 * roles and problem+json errors; every list by the list convention) and its Swagger UI at /docs,
 * Prometheus metrics with the DLQ depth, and a problem+json 404 for an unknown route.
 */
export async function expectServiceConventions(svc: TestService, serviceName: string): Promise<void> {
  const live = await svc.request('GET', '/health/live');
  expect(live).toMatchObject({ status: 200, body: { status: 'ok', service: serviceName } });

  const ready = await svc.request('GET', '/health/ready');
  expect(ready).toMatchObject({
    status: 200,
    body: {
      status: 'ok',
      degraded: [],
      checks: {
        postgres: { ok: true },
        rabbitmq: { ok: true },
        redis: { ok: true },
        deadLetters: { ok: true },
      },
    },
  });

  const docs = await svc.request('GET', '/docs-json');
  expect(docs.body).toMatchObject({ openapi: expect.any(String), info: { title: serviceName } });
  expect(openApiConventionProblems(docs.body)).toEqual([]);
  await expectSwaggerUi(svc.baseUrl, '/docs', '/docs-json');
  // Every list of the service by the one convention (docs/API.md "Conventions").
  expect(listConventionBreaches(docs.body as OpenApiDocument)).toEqual([]);

  const metrics = await fetch(`${svc.baseUrl}/metrics`).then((r) => r.text());
  expect(metrics).toContain('http_request');
  // The depth of the service's dead-letter queue (README "Operating notes").
  expect(metrics).toContain(`lz_dead_letters{service="${serviceName}",queue="${serviceName}.events.dlq"} 0`);

  const unknown = await svc.request('GET', '/api/v1/no-such-route');
  expect(unknown.status).toBe(404);
  expect(unknown.headers.get('content-type')).toContain('application/problem+json');
}

/**
 * The docs page at `pagePath` is Swagger UI from the npm package: no inline script, its files served
 * (`<pagePath>/<file>`), pointing at `specUrl`. Used for each service's /docs and the gateway's /api/docs.
 */
export async function expectSwaggerUi(baseUrl: string, pagePath: string, specUrl: string): Promise<void> {
  const page = await fetch(`${baseUrl}${pagePath}`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toContain('text/html');
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  const html = await page.text();
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  expect(html).toContain(`data-spec-url="${specUrl}"`);
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css)[^"]*)"/g)].map((m) => m[1]);
  expect(files.map((f) => f.split('?')[0]).sort()).toEqual(
    [`${pagePath}/docs-init.js`, `${pagePath}/swagger-ui-bundle.js`, `${pagePath}/swagger-ui.css`].sort(),
  );
  for (const file of files) {
    const res = await fetch(`${baseUrl}${file}`);
    expect({ file, status: res.status }).toEqual({ file, status: 200 });
    expect(res.headers.get('content-type')).toMatch(file.includes('.css') ? /text\/css/ : /javascript/);
    await res.arrayBuffer();
  }
}

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}
interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ name: string; in: string }>;
        responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
      }
    >
  >;
}

const PAGE_FIELDS = ['items', 'total', 'page', 'pageSize'];

/**
 * The list convention read off a service's OpenAPI document (docs/API.md "Conventions"): no GET
 * answers a bare array; a GET that answers many (`items` + `total`, or takes `page`) takes
 * page/pageSize/sort and answers exactly `{items, total, page, pageSize}`. One line per breach.
 */
export function listConventionBreaches(doc: OpenApiDocument): string[] {
  const breaches: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    const get = ops.get;
    if (!get || !path.startsWith('/api/')) continue;
    const schema = get.responses?.['200']?.content?.['application/json']?.schema;
    const query = new Set((get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
    if (schema?.type === 'array') breaches.push(`GET ${path} answers a bare array`);
    const props = Object.keys(schema?.properties ?? {});
    const isList = query.has('page') || (props.includes('items') && props.includes('total'));
    if (!isList) continue;
    for (const p of ['page', 'pageSize', 'sort']) {
      if (!query.has(p)) breaches.push(`GET ${path} lists without the ${p} parameter`);
    }
    const required = [...(schema?.required ?? [])].sort();
    if (JSON.stringify(required) !== JSON.stringify([...PAGE_FIELDS].sort()) || props.length !== 4) {
      breaches.push(`GET ${path} answers {${props.join(', ')}}, not {${PAGE_FIELDS.join(', ')}}`);
    }
  }
  return breaches;
}

/**
 * One list endpoint over HTTP: the page envelope with its defaults, pageSize honoured, and the 400
 * problems naming `query.page`, `query.pageSize`, `query.sort` and an unknown parameter by rule.
 */
export async function expectListEndpoint(
  svc: TestService,
  path: string,
  token?: string,
): Promise<{ items: unknown[]; total: number }> {
  const sep = path.includes('?') ? '&' : '?';
  const first = await svc.request('GET', path, { token });
  expect(first).toMatchObject({
    status: 200,
    body: { items: expect.any(Array), total: expect.any(Number), page: 1, pageSize: 20 },
  });
  const one = await svc.request('GET', `${path}${sep}pageSize=1&page=1`, { token });
  expect(one).toMatchObject({ status: 200, body: { page: 1, pageSize: 1 } });
  expect((one.body as { items: unknown[] }).items.length).toBeLessThanOrEqual(1);
  for (const [param, value, rule] of [
    ['page', '0', 'list.page'],
    ['pageSize', '101', 'list.page_size'],
    ['sort', 'noSuchField', 'list.sort'],
    ['noSuchParameter', '1', 'input.unrecognized_keys'],
  ]) {
    const bad = await svc.request('GET', `${path}${sep}${param}=${value}`, { token });
    expect({ param, status: bad.status, type: bad.headers.get('content-type') }).toEqual({
      param,
      status: 400,
      type: expect.stringContaining('application/problem+json'),
    });
    expect((bad.body as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({
        rule,
        path: `query.${param}`,
        message: expect.any(String),
        messageZh: expect.any(String),
      }),
    ]);
  }
  return first.body as { items: unknown[]; total: number };
}
