import type { TestService } from './service';

/**
 * Asserts the conventions every service answers the same way (docs/ARCHITECTURE.md "HTTP conventions"),
 * over real HTTP against a running test service: live, ready with Postgres/RabbitMQ/Redis and the
 * dead letters checked, OpenAPI document, Prometheus metrics with the DLQ depth, and a problem+json
 * 404 for an unknown route.
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

  const metrics = await fetch(`${svc.baseUrl}/metrics`).then((r) => r.text());
  expect(metrics).toContain('http_request');
  // The depth of the service's dead-letter queue (README "Operating notes").
  expect(metrics).toContain(`lz_dead_letters{service="${serviceName}",queue="${serviceName}.events.dlq"} 0`);

  const unknown = await svc.request('GET', '/api/v1/no-such-route');
  expect(unknown.status).toBe(404);
  expect(unknown.headers.get('content-type')).toContain('application/problem+json');
}
