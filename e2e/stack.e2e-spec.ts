import { serviceDocument } from '../tools/api-client/service-documents';
import { E2eStack, SERVICE_NAMES } from './harness';

/** The harness itself: the six services' processes up on their own databases, one vhost, one prefix. */
describe(E2eStack.name, () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await E2eStack.start({ label: 'e2e_smoke' });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('starts all six services as processes, each ready and describing its API', async () => {
    expect(SERVICE_NAMES).toHaveLength(6);
    for (const name of SERVICE_NAMES) {
      const ready = await fetch(`${stack.baseUrl(name)}/health/ready`);
      expect({ name, status: ready.status }).toEqual({ name, status: 200 });
      const body = (await ready.json()) as { service: string };
      expect(body.service).toBe(name);
      const docs = (await fetch(`${stack.baseUrl(name)}/docs-json`).then((r) => r.json())) as {
        openapi: string;
        paths: Record<string, unknown>;
      };
      expect(docs.openapi).toMatch(/^3\./);
      expect(typeof docs.paths).toBe('object');
    }
    expect(new Set(SERVICE_NAMES.map((n) => stack.baseUrl(n))).size).toBe(SERVICE_NAMES.length);
  });

  it('serves at /docs-json the very document libs/api-client is generated from', async () => {
    const built = await Promise.all(SERVICE_NAMES.map(serviceDocument));
    for (const [i, name] of SERVICE_NAMES.entries()) {
      const served: unknown = await fetch(`${stack.baseUrl(name)}/docs-json`).then((r) => r.json());
      expect({ name, doc: served }).toEqual({ name, doc: built[i] });
    }
  });

  it('restarts a service killed with SIGKILL on the same port', async () => {
    await stack.kill('evaluation', 'SIGKILL');
    expect(stack.isRunning('evaluation')).toBe(false);
    await expect(fetch(`${stack.baseUrl('evaluation')}/health/live`)).rejects.toThrow();
    await stack.restart('evaluation');
    expect((await fetch(`${stack.baseUrl('evaluation')}/health/ready`)).status).toBe(200);
    expect(stack.crashed()).toEqual([]);
  });
});
