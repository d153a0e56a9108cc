import { openApiConventionProblems } from './openapi-conventions';
import type { TestService } from './service';

/**
 * Asserts the conventions every service answers the same way (docs/ARCHITECTURE.md "HTTP conventions"),
 * over real HTTP against a running test service: live, ready with Postgres/RabbitMQ/Redis and the
 * dead letters checked, the OpenAPI document (every operation with its summary in Chinese and English,
 * roles and problem+json errors) and its Swagger UI at /docs, Prometheus metrics with the DLQ depth,
 * and a problem+json 404 for an unknown route.
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
