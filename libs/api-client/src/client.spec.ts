import { ApiError, createApiClient, createServiceClient, multipart, newIdempotencyKey, ok } from './index';

/** A fetch that answers from a function and records what it was asked (no network). */
function fakeFetch(answer: (req: Request) => Response) {
  const seen: Request[] = [];
  return {
    seen,
    fetch: async (req: Request) => {
      seen.push(req.clone());
      return answer(req);
    },
  };
}
const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('createServiceClient', () => {
  it('calls the typed path with the bearer token and the Idempotency-Key, and returns the body', async () => {
    const f = fakeFetch(() => json(201, { id: 'c1', title: 't' }));
    const intake = createServiceClient('intake', { baseUrl: 'http://svc', token: 'T', fetch: f.fetch });
    const key = newIdempotencyKey();
    const body = await ok(
      intake.POST('/api/v1/calls', {
        params: { header: { 'Idempotency-Key': key } },
        body: {
          year: 2027,
          title: '申报通知',
          opensAt: '2027-01-01T09:00:00+08:00',
          closesAt: '2027-02-01T09:00:00+08:00',
          policyVersion: 'lz-2024-draft',
        },
      }),
    );
    expect(body).toEqual({ id: 'c1', title: 't' });
    const [req] = f.seen;
    expect(req.url).toBe('http://svc/api/v1/calls');
    expect(req.headers.get('authorization')).toBe('Bearer T');
    expect(req.headers.get('idempotency-key')).toBe(key);
  });

  it('turns a problem+json answer into an ApiError with the status and the problem', async () => {
    const problem = { type: 'urn:lz:problem:http.not_found', title: 'Not found', status: 404, errors: [] };
    const f = fakeFetch(() => json(404, problem, 'application/problem+json'));
    const review = createServiceClient('review', { baseUrl: 'http://svc', fetch: f.fetch });
    const err = await ok(
      review.GET('/api/v1/registry/{consortiumId}', { params: { path: { consortiumId: 'x' } } }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 404, method: 'GET', problem });
    expect((err as Error).message).toContain('GET http://svc/api/v1/registry/x → 404');
  });

  it('sends an upload as multipart/form-data, the fields before the file', async () => {
    const f = fakeFetch(() => json(201, { id: 'a1' }));
    const intake = createServiceClient('intake', { baseUrl: 'http://svc', fetch: f.fetch });
    await ok(
      intake.POST('/api/v1/applications/{id}/attachments', {
        params: { path: { id: 'app' } },
        ...multipart(
          { category: 'COMMITMENT' },
          {
            bytes: new TextEncoder().encode('%PDF-1.4'),
            filename: '承诺书.pdf',
            mediaType: 'application/pdf',
          },
        ),
      }),
    );
    const form = await f.seen[0].formData();
    expect([...form.keys()]).toEqual(['category', 'file']);
    expect(form.get('category')).toBe('COMMITMENT');
    expect((form.get('file') as File).name).toBe('承诺书.pdf');
  });

  it('types the one origin with the gateway’s own routes and every service’s (the portal’s client)', async () => {
    const f = fakeFetch((req) =>
      req.url.endsWith('/session')
        ? json(200, { authenticated: false, csrfToken: 'c', user: null, role: null })
        : json(200, { items: [], total: 0, page: 1, pageSize: 20 }),
    );
    const api = createApiClient({ baseUrl: 'http://portal', fetch: f.fetch });
    const session = await ok(api.GET('/api/v1/session'));
    expect(session.csrfToken).toBe('c');
    const notices = await ok(api.GET('/api/v1/notices', { params: { query: { pageSize: 20 } } }));
    expect(notices.total).toBe(0);
    expect(f.seen.map((r) => new URL(r.url).pathname)).toEqual(['/api/v1/session', '/api/v1/notices']);
  });
});
