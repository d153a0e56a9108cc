import { listConventionBreaches } from './service-conventions';

const page = {
  type: 'object',
  properties: { items: { type: 'array' }, total: {}, page: {}, pageSize: {} },
  required: ['items', 'total', 'page', 'pageSize'],
};
const params = ['page', 'pageSize', 'sort'].map((name) => ({ name, in: 'query' }));
const op = (schema: object, parameters: Array<{ name: string; in: string }> = []) => ({
  get: { parameters, responses: { 200: { content: { 'application/json': { schema } } } } },
});

describe(listConventionBreaches.name, () => {
  it('passes a page answer with its parameters, and a single object', () => {
    expect(
      listConventionBreaches({
        paths: {
          '/api/v1/things': op(page, params),
          '/api/v1/things/{id}': op({ type: 'object', properties: { items: { type: 'array' } } }),
          '/health/live': op({ type: 'array' }),
        },
      }),
    ).toEqual([]);
  });

  it('names a bare array, an old envelope and a page without its parameters', () => {
    expect(
      listConventionBreaches({
        paths: {
          '/api/v1/a': op({ type: 'array' }),
          '/api/v1/b': op({ type: 'object', properties: { claims: {}, items: {}, total: {}, limit: {} } }),
          '/api/v1/c': op(page, [{ name: 'page', in: 'query' }]),
        },
      }),
    ).toEqual([
      'GET /api/v1/a answers a bare array',
      'GET /api/v1/b lists without the page parameter',
      'GET /api/v1/b lists without the pageSize parameter',
      'GET /api/v1/b lists without the sort parameter',
      'GET /api/v1/b answers {claims, items, total, limit}, not {items, total, page, pageSize}',
      'GET /api/v1/c lists without the pageSize parameter',
      'GET /api/v1/c lists without the sort parameter',
    ]);
  });
});
