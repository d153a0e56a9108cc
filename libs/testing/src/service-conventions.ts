import type { TestService } from './service';

/**
 * The conventions every service answers the same way (ARCHITECTURE.md "HTTP conventions"), checked
 * over real HTTP against a running test service. Returns what it saw, for the caller's assertions.
 */
export async function probeServiceConventions(svc: TestService) {
  const ready = await svc.request('GET', '/health/ready');
  const live = await svc.request('GET', '/health/live');
  const docs = await svc.request('GET', '/docs-json');
  const metrics = await fetch(`${svc.baseUrl}/metrics`).then((r) => r.text());
  const unknown = await svc.request('GET', '/api/v1/no-such-route');
  return { ready, live, docs, metrics, unknown };
}
